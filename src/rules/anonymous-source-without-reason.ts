/**
 * anonymous-source-without-reason: an institution-level anonymous source ("a senior official",
 * "two State Department officials", "a person familiar with the matter") whose first reference
 * gives no reason for anonymity. Reads the model's cues (sourceKind 'anonymous'); the reasons are
 * anonymity-reasons.yml, looked for in the cue's sentence and the sentences next to it in the
 * paragraph. Later references to the same kind of source are not flagged again.
 */
import { entries as reasonEntries } from '../lexicon/generated/anonymity-reasons.js'
import { entries as sourceHeadEntries } from '../lexicon/generated/source-heads.js'
import { PhraseMatcher } from '../lexicon/matcher.js'
import type { ProseModel, Span } from '../model/types.js'
import { objectOptions } from '../plugins/options.js'
import { tokenAt, wordsIn } from './attribution-shared.js'
import type { Rule } from './types.js'

const reasonMatcher = new PhraseMatcher(reasonEntries)
const heads = new PhraseMatcher(sourceHeadEntries.filter((entry) => entry.data.kind === 'group' || entry.data.kind === 'person'))
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those'])

/** Sentences that give a reason for anonymity (one pass over the tokens). */
function reasonSentences(model: ProseModel): Set<number> {
  const found = new Set<number>()
  const { tokens } = model
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.type !== 'word' || !reasonMatcher.has(t.norm) || found.has(t.sentence)) continue
    if (reasonMatcher.matchAt(tokens, i, model.sentences[t.sentence].tokenEnd)) found.add(t.sentence)
  }
  return found
}

/** The source's description up to its first punctuation ("A senior official, who …" → "A senior official"). */
function description(model: ProseModel, source: Span): Span {
  const { tokens } = model
  let end = source.start
  for (let i = tokenAt(tokens, source.start); i < tokens.length && tokens[i].start < source.end; i++) {
    const t = tokens[i]
    if (t.type === 'punctuation' && !(t.value === '.' || t.value === "'" || t.value === '\u2019' || t.value === '-')) break
    if (t.type !== 'whitespace') end = t.end
  }
  return end > source.start ? { start: source.start, end } : source
}

export const anonymousSourceWithoutReason: Rule = {
  id: 'anonymous-source-without-reason',
  plugin: 'retextAttribution',
  summary: 'An institution-level anonymous source (“a senior official”) whose first reference in the article gives no reason for anonymity.',
  defaultSeverity: 'off',
  docs: [
    'Flags the first reference to an anonymous source described by institution or position (“a senior Israeli official”, “two State Department officials”, “a person familiar with the matter”, “Western diplomats”) when neither its sentence nor the sentence next to it in the paragraph says why the source is not named: “spoke on condition of anonymity because…”, “not authorized to speak publicly”, “asked not to be named”, “for fear of reprisals”, “to discuss deliberations that have not been made public”. Later references to the same kind of source (“the official said”, another “official”) are not flagged again. Vague sources (“officials said”, “a source said”) are `vague-source`’s.',
    '',
    'Off in `recommended`; info in `wire` and `conflict`; warning in `strict`. The reasons are `src/lexicon/data/anonymity-reasons.yml`. Fix (AP, Reuters): give the reason at first reference, or name the source.',
  ].join('\n'),
  parseOptions: (raw, where) => {
    objectOptions(raw, where, [])
    return {}
  },
  check(model, report, severity) {
    let reasons: Set<number> | null = null
    const seen = new Set<string>()
    for (const cue of model.cues) {
      if (!cue.source || cue.continues >= 0 || cue.sourceKind !== 'anonymous') continue
      const words = wordsIn(model, cue.source)
      if (words.length === 0) continue
      let key = ''
      for (const word of words) {
        const head = heads.lookup(word.norm)
        if (head) {
          key = head.id
          break
        }
      }
      key ||= words.map((w) => w.norm).join(' ')
      // "The official said": a later reference to a source already introduced.
      if (DEFINITE.has(words[0].norm) || seen.has(key)) {
        seen.add(key)
        continue
      }
      seen.add(key)
      reasons ??= reasonSentences(model)
      const sentence = model.sentences[cue.sentence]
      const near = [cue.sentence - 1, cue.sentence, cue.sentence + 1].filter((s) => s >= 0 && s < model.sentences.length && model.sentences[s].paragraph === sentence.paragraph)
      if (near.some((s) => reasons!.has(s))) continue
      const span = description(model, cue.source)
      report({
        span,
        severity,
        reason: `Anonymous source with no reason: “${model.text.slice(span.start, span.end)}” is not named, and the story does not say why.`,
        note: 'AP and Reuters: at first reference, say why an anonymous source is not named (“…, who spoke on condition of anonymity because they were not authorized to discuss the talks”), and describe the source as specifically as you can. Add the reason, or name the source.',
        data: { key },
      })
    }
  },
}
