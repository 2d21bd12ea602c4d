/**
 * editorializing: comment adverbs and phrases in the writer's voice (clearly, obviously, of
 * course, sadly, interestingly…), only where they comment on the whole clause: at its start with a
 * comma ("Clearly, the plan failed"), between commas ("The plan, sadly, failed"), or, for words
 * that have no other sense (`data.anywhere`), anywhere ("The plan unfortunately failed"). Manner
 * and degree uses ("spoke clearly", "clearly visible", "sadly smiled") are never flagged.
 */
import type { Severity } from '../lexicon/schema.js'
import type { ProseModel, Span } from '../model/types.js'
import { articleOf, emit, levelFor, parseLoadedOptions, q, QUOTED_NOTE, ruleHits, startsHit, type Fix, type LoadedOptions } from './loaded-common.js'
import { nextSolid, prevSolid } from '../model/tokens.js'
import { article } from './fix-text.js'
import { clauseInitial, type TermHit } from './loaded-scan.js'
import type { Rule } from './types.js'

export type EditorializingOptions = LoadedOptions

/** Words that can open a clause after a comment adverb with no comma ("Clearly the plan failed"). */
const CLAUSE_STARTERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'not', 'nobody', 'none', 'some', 'many', 'most'])
/** Conjunctions after which a comment adverb still opens its clause ("But sadly, the talks failed"). */
const CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so', 'or', 'because', 'although', 'though', 'while', 'whereas'])
const CLOSERS = new Set(['.', '!', '?', ';', ':'])

type Position = 'initial' | 'parenthetical' | 'final' | 'bare-initial' | 'inside'

/** Where the hit sits in its clause, or null where it is not a comment on the clause. */
function positionOf(model: ProseModel, hit: TermHit): Position | null {
  const { tokens } = model
  const prev = prevSolid(tokens, hit.first)
  const next = nextSolid(tokens, hit.last - 1)
  const prevTok = prev >= 0 ? tokens[prev] : undefined
  const nextTok = next >= 0 ? tokens[next] : undefined
  const opens = clauseInitial(tokens, hit.first) || (prevTok !== undefined && CONJUNCTIONS.has(prevTok.norm) && clauseInitial(tokens, prev)) || (prevTok?.value === ';')
  if (opens && nextTok?.value === ',') return 'initial'
  if (prevTok?.value === ',' && nextTok?.value === ',') return 'parenthetical'
  if (prevTok?.value === ',' && (nextTok === undefined || CLOSERS.has(nextTok.value))) return 'final'
  if (opens && nextTok?.type === 'word' && CLAUSE_STARTERS.has(nextTok.norm)) return 'bare-initial'
  if (hit.entry.data.anywhere === true) {
    if (prevTok?.value === ',' && nextTok?.type === 'word') return null // "…, unfortunately for him": leave it
    return opens ? 'bare-initial' : 'inside'
  }
  return null
}

/** The deletion that leaves a clean sentence (DESIGN.md: place "Clearly, the", expected "The"). */
function fixFor(model: ProseModel, hit: TermHit, position: Position): Fix | null {
  const { tokens, text } = model
  const capital = /^\p{Lu}/u.test(tokens[hit.first].value)
  const wordAfter = (index: number): number => {
    const k = nextSolid(tokens, index)
    return k >= 0 && tokens[k].type === 'word' ? k : -1
  }
  const takeNext = (from: number): Fix | null => {
    const k = wordAfter(from)
    // The next word is flagged itself: one message per span, so no fix that reaches it.
    if (k < 0 || startsHit(model, k)) return null
    const word = tokens[k].value
    // "an incredibly difficult task" → "a difficult task": the article agrees with the next word.
    const a = articleOf(model, hit)
    if (a >= 0) {
      return { span: { start: tokens[a].start, end: tokens[k].end }, expected: [`${article(word, tokens[a].value)} ${word}`] }
    }
    return { span: { start: hit.start, end: tokens[k].end }, expected: [capital ? word.charAt(0).toUpperCase() + word.slice(1) : word] }
  }
  switch (position) {
    case 'initial':
      return takeNext(nextSolid(tokens, hit.last - 1))
    case 'bare-initial':
    case 'inside':
      return takeNext(hit.last - 1)
    case 'parenthetical':
    case 'final': {
      const comma = prevSolid(tokens, hit.first)
      const end = position === 'parenthetical' ? tokens[nextSolid(tokens, hit.last - 1)].end : hit.end
      const span: Span = { start: tokens[comma].start, end }
      // ", sadly," between words leaves one space; at the end the full stop follows.
      return text.slice(span.end, span.end + 1) === ' ' || position === 'final' ? { span, expected: [''] } : null
    }
  }
}

export const editorializing: Rule<EditorializingOptions> = {
  id: 'editorializing',
  plugin: 'retextLoadedTerms',
  summary: 'Comment adverbs in the writer’s voice: clearly, obviously, of course, interestingly, sadly…',
  defaultSeverity: 'info',
  docs: [
    'Flags comment adverbs and phrases that tell the reader what to think of the news: clearly, obviously, of course, needless to say, undoubtedly, interestingly, ironically, fortunately, unfortunately, sadly, tragically, surprisingly, arguably, it should be noted that… Wikipedia’s Words to watch: they presume the reader’s agreement or assert significance without attributing it.',
    '',
    'Only as comment adverbs: at the start of a clause with a comma (“Clearly, the plan failed”), between commas (“The plan, sadly, failed”) or at the end after a comma; words with no other sense (“unfortunately”, “needless to say”, “arguably”) anywhere. Never as manner or degree adverbs (“spoke clearly”, “clearly visible”, “smiled sadly”, “surprisingly strong”).',
    '',
    'Not flagged: quotes (option `quoted: \'info\'`) and attributed clauses.',
    '',
    'Fix: `expected` deletes the adverb and leaves a clean sentence: “Clearly, the plan failed” → place “Clearly, the”, expected “The”; “The plan, sadly, failed” → place “, sadly,”, expected “” (“The plan failed”).',
  ].join('\n'),
  parseOptions(raw, where) {
    return { quoted: parseLoadedOptions(raw, where).quoted }
  },
  check(model, report, severity, options) {
    for (const { hit, quoted } of ruleHits(model, 'editorializing', options)) {
      const position = positionOf(model, hit)
      if (!position) continue
      let level: Severity = levelFor(hit.entry.severity, severity)
      if (level === 'off') continue
      if (quoted) level = 'info'
      const words = model.text.slice(hit.start, hit.end)
      emit(
        report,
        {
          span: hit,
          severity: level,
          reason: `Editorializing: ${q(words)} comments on the news in the writer’s own voice.`,
          note: quoted ? `${QUOTED_NOTE} ${hit.entry.note}` : hit.entry.note,
          data: { entry: hit.entry.id, position, ...(quoted ? { quoted: true } : {}) },
        },
        quoted ? null : fixFor(model, hit, position),
      )
    }
  },
}
