/**
 * vague-source: claims hung on unnamed groups or impersonal constructions ("critics say", "it is
 * believed", "sources said", "according to reports", "studies show", "widely seen as").
 *
 * Reads the model's cues (their source phrase and `sourceKind`) and the tokens; the vocabulary
 * (which heads and constructions count, and what to tell the writer) is vague-sources.yml.
 */
import { entries as cueVerbEntries } from '../lexicon/generated/cue-verbs.js'
import { entries as sourceHeadEntries } from '../lexicon/generated/source-heads.js'
import { entries as vagueEntries } from '../lexicon/generated/vague-sources.js'
import { PhraseMatcher } from '../lexicon/matcher.js'
import type { LexiconEntry, Severity } from '../lexicon/schema.js'
import type { Cue, ProseModel, Span, Token } from '../model/types.js'
import { objectOptions } from '../plugins/options.js'
import { isStatistic } from './unsourced-figure.js'
import { prevSolid } from '../model/tokens.js'
import { coveringCues, cuesBySentence, entrySeverity, tokenAt, wordsIn } from './attribution-shared.js'
import { endsWithAny, wordsBefore } from './loaded-scan.js'
import type { Report, Rule } from './types.js'

// Vocabulary, compiled once per process.
const byRole = (role: string) => vagueEntries.filter((entry) => entry.data.role === role)
const headMatcher = new PhraseMatcher(byRole('head'))
const quantifiers = new PhraseMatcher(byRole('quantifier'))
/** Constructions matched on the tokens: "widely seen as", and the "it is said" forms where the model found no cue. */
const phraseMatcher = new PhraseMatcher([...byRole('phrase'), ...byRole('impersonal')])
const namingMatcher = new PhraseMatcher(byRole('naming'))
const impersonal = new Map<string, LexiconEntry>(byRole('impersonal').map((entry) => [String(entry.data.lemma), entry]))

/** A determiner or possessive that refers back to a source already introduced ("the officials"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"])
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'also', 'now', 'still', 'widely', 'generally', 'long', 'often', 'previously'])

interface Head {
  entry: LexiconEntry
  role: 'head' | 'quantifier'
}

/** The vocabulary entry for a source phrase: a head noun ("critics"), else an opening quantifier. */
function headOf(model: ProseModel, source: Span): Head | null {
  const { tokens } = model
  const first = tokenAt(tokens, source.start)
  let end = first
  while (end < tokens.length && tokens[end].start < source.end) end++
  for (let i = first; i < end; i++) {
    if (tokens[i].type !== 'word') continue
    const match = headMatcher.matchAt(tokens, i, end)
    if (match) return { entry: match.entry, role: 'head' }
  }
  const opening = tokens[first]
  const quantifier = opening && opening.type === 'word' ? quantifiers.matchAt(tokens, first, end) : null
  return quantifier ? { entry: quantifier.entry, role: 'quantifier' } : null
}

/** The words to flag for a cue with a source: "Critics say", "according to reports"; else the source alone. */
function sourceCueSpan(model: ProseModel, cue: Cue, source: Span): Span {
  const left = cue.start < source.start ? cue : source
  const right = cue.start < source.start ? source : cue
  let words = 0
  for (let i = tokenAt(model.tokens, left.end); i < model.tokens.length && model.tokens[i].start < right.start; i++) {
    const t = model.tokens[i]
    if (t.type === 'word') words++
    else if (t.type !== 'whitespace') return source
  }
  return words <= 3 ? { start: left.start, end: right.end } : source
}

/** "It is believed", "is thought", "reportedly": the impersonal construction around the cue word. */
function impersonalSpan(model: ProseModel, cue: Cue): Span {
  const { tokens } = model
  // An adverb stands alone: "is reportedly being led" flags "reportedly".
  if (cue.lemma === 'reportedly') return { start: cue.start, end: cue.end }
  let i = tokenAt(tokens, cue.start)
  let start = cue.start
  let sawBe = false
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]
    if (t.type === 'whitespace') continue
    if (t.type !== 'word' || t.sentence !== tokens[i].sentence) break
    if (BE.has(t.norm)) {
      sawBe = true
      start = t.start
      i = j
      continue
    }
    if (sawBe && t.norm === 'it') {
      start = t.start
      break
    }
    if (sawBe && AUXILIARIES.has(t.norm)) continue
    break
  }
  return { start, end: cue.end }
}

/** Verbs loaded-attribution-verb owns (one vocabulary with the model's cue verbs). */
const LOADED_VERBS = new Set(cueVerbEntries.filter((entry) => entry.rule === 'loaded-attribution-verb').map((entry) => entry.term))

/** The cue sits inside what a cue with a named or described source governs. */
function insideNamedReport(model: ProseModel, cue: Cue): boolean {
  for (const other of cuesBySentence(model).get(cue.sentence) ?? []) {
    if (other === cue || (other.sourceKind !== 'named' && other.sourceKind !== 'anonymous')) continue
    if (other.covers.some((c) => c.start <= cue.start && c.end >= cue.end)) return true
  }
  return false
}

/**
 * The clause names the source after all: "a report earlier this week from the British Retail
 * Consortium", or an appositive name ("figures gathered by industry watchdog, Ofcom, …").
 */
function namedAfter(model: ProseModel, source: Span): boolean {
  const { tokens } = model
  let words = 0
  const first = tokenAt(tokens, source.end)
  const comma = tokens[first]
  const name = tokens[first + 2]
  if (comma?.value === ',' && name?.type === 'word' && /^\p{Lu}/u.test(name.value) && tokens[first + 1]?.type === 'whitespace') return true
  for (let i = first; i < tokens.length && words < 6; i++) {
    const t = tokens[i]
    if (t.type === 'punctuation' && /^[,;:.!?]$/.test(t.value)) return false
    if (t.type !== 'word') continue
    words++
    if (t.norm === 'from' || t.norm === 'by') return namesAfter(model, i)
  }
  return false
}

const institutions = new PhraseMatcher(sourceHeadEntries.filter((entry) => entry.data.kind === 'institution'))

/**
 * "The government keeps the peg. Officials insist…": bare "officials" right after (or in the same
 * sentence as) a named institution are that institution's.
 */
function institutionNearby(model: ProseModel, cue: Cue): boolean {
  const { tokens, sentences } = model
  const sentence = sentences[cue.sentence]
  const from = cue.sentence > 0 && sentences[cue.sentence - 1].paragraph === sentence.paragraph ? sentences[cue.sentence - 1].tokenStart : sentence.tokenStart
  for (let i = from; i < sentence.tokenEnd; i++) {
    const t = tokens[i]
    if (t.type !== 'word' || t.quote >= 0 || (cue.source && t.start >= cue.source.start && t.end <= cue.source.end)) continue
    if (institutions.lookup(t.norm)) return true
  }
  return false
}

/** Sentences ahead in which the story may go on to name a source it first hung on "a report". */
const LOOKAHEAD_SENTENCES = 6
const NAMING_PREPOSITIONS = new Set(['by', 'from', 'at', 'of', 'for'])

/**
 * The story names the source a few sentences on: the same head again with a name before it ("The
 * Hefce report said…") or after it ("researchers at Oxford University"). BBC intros often say
 * "…, a report says." and name the report in the next paragraph.
 */
function namedLater(model: ProseModel, sentenceIndex: number, entry: LexiconEntry): boolean {
  const { tokens, sentences } = model
  const last = Math.min(sentences.length - 1, sentenceIndex + LOOKAHEAD_SENTENCES)
  for (let s = sentenceIndex + 1; s <= last; s++) {
    for (let i = sentences[s].tokenStart; i < sentences[s].tokenEnd; i++) {
      const t = tokens[i]
      if (t.type !== 'word' || t.quote >= 0 || !headMatcher.has(t.norm)) continue
      const match = headMatcher.matchAt(tokens, i, sentences[s].tokenEnd)
      if (!match || !(match.entry === entry || (entry.data.document === true && match.entry.data.document === true))) continue
      if (capitalisedAround(model, i, match.last, sentences[s].start)) return true
    }
  }
  return false
}

/** A capitalised word (not sentence-initial) among the three words before, or after "by/from/at X". */
function capitalisedAround(model: ProseModel, first: number, after: number, sentenceStart: number): boolean {
  const { tokens } = model
  let words = 0
  for (let j = first - 1; j >= 0 && words < 3; j--) {
    const t = tokens[j]
    if (t.type === 'whitespace') continue
    if (t.type !== 'word') {
      if (t.value === "'" || t.value === '\u2019' || t.value === '-' || t.value === '.') continue
      break
    }
    words++
    if (/^\p{Lu}/u.test(t.value) && (t.start !== sentenceStart || /^\p{Lu}{2,}/u.test(t.value)) && t.norm !== 'the') return true
  }
  let k = after
  while (k < tokens.length && tokens[k].type === 'whitespace') k++
  return tokens[k]?.type === 'word' && NAMING_PREPOSITIONS.has(tokens[k].norm) && namesAfter(model, k)
}

/** The word after the preposition at k (past "the") is a name: "by the Sutton Trust", "from Ofcom". */
function namesAfter(model: ProseModel, k: number): boolean {
  const { tokens } = model
  k++
  while (k < tokens.length && tokens[k].type === 'whitespace') k++
  if (tokens[k]?.type === 'word' && tokens[k].norm === 'the') {
    k++
    while (k < tokens.length && tokens[k].type === 'whitespace') k++
  }
  return tokens[k]?.type === 'word' && /^\p{Lu}/u.test(tokens[k].value)
}

/** The next sentence in the paragraph names the group ("Critics say … Among them is the Law Society."). */
function namedNext(model: ProseModel, sentenceIndex: number): boolean {
  const sentence = model.sentences[sentenceIndex]
  const next = model.sentences[sentenceIndex + 1]
  if (!next || next.paragraph !== sentence.paragraph) return false
  let i = next.tokenStart
  while (i < next.tokenEnd && model.tokens[i].type !== 'word') i++
  return i < next.tokenEnd && namingMatcher.matchAt(model.tokens, i, next.tokenEnd) !== null
}

const NO_CUES: readonly Cue[] = []

/** The most words a `notAfter` phrase has. */
const MAX_NOT_AFTER = 4

/** Some span overlaps `span`. (A function, not a closure in the scan: V8 would allocate a scope for every word.) */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  for (const other of spans) if (other.start < span.end && span.start < other.end) return true
  return false
}

function inQuote(model: ProseModel, span: Span): boolean {
  const token: Token | undefined = model.tokens[tokenAt(model.tokens, span.start)]
  return token !== undefined && token.quote >= 0
}

/** The cue covers a statistic: "it is estimated that 300 …" is estimate-without-estimator's. */
function coversStatistic(model: ProseModel, cue: Cue): boolean {
  return model.figures.some((figure) => figure.sentence === cue.sentence && isStatistic(figure) && cue.covers.some((c) => c.start <= figure.start && c.end >= figure.end))
}

function reportEntry(report: Report, model: ProseModel, span: Span, entry: LexiconEntry, severity: Exclude<Severity, 'off'>): void {
  const actual = model.text.slice(span.start, span.end)
  report({
    span,
    severity,
    reason: `Vague source: “${actual}” names no one the reader can check.`,
    note: entry.note,
    data: { entry: entry.id, role: entry.data.role },
  })
}

/**
 * An entry's conditions around the phrase: `notFollowedBy` (the next word or mark: "is considered
 * for the job" is a deliberation), `unlessAgent` (a "by"/"from" later in the clause names the
 * agent: "criticized by farmers"), `notAfter` (words right before it: "she pointed to reports
 * that…" cites the reports in her own voice) and `notAfterName` (a name right before it makes the
 * phrase a verb with a named subject: "The New York Post reports that…").
 */
function conditionsHold(model: ProseModel, entry: LexiconEntry, first: number, after: number): boolean {
  const { tokens } = model
  if (Array.isArray(entry.data.notAfter) || entry.data.notAfterName === true) {
    const p = prevSolid(tokens, first)
    const prev = p >= 0 ? tokens[p] : undefined
    if (prev && prev.type === 'word') {
      // A capital after the sentence's first word: a name as the verb's subject.
      if (entry.data.notAfterName === true && /^\p{Lu}/u.test(prev.value) && p > model.sentences[prev.sentence].tokenStart) return false
      if (endsWithAny(wordsBefore(tokens, first, MAX_NOT_AFTER), entry, 'notAfter')) return false
    }
  }
  let i = after
  while (i < tokens.length && tokens[i].type === 'whitespace') i++
  const next = tokens[i]
  const stop = entry.data.notFollowedBy
  if (Array.isArray(stop) && (next === undefined || stop.includes(next.type === 'word' ? next.norm : next.value))) return false
  if (entry.data.unlessAgent === true) {
    const sentence = next?.sentence
    for (let words = 0; i < tokens.length && tokens[i].sentence === sentence && words < 8; i++) {
      const t = tokens[i]
      if (t.type === 'punctuation' && /^[,;:.!?]$/.test(t.value)) break
      if (t.type !== 'word') continue
      if (t.norm === 'by' || t.norm === 'from') return false
      words++
    }
  }
  return true
}

export const vagueSource: Rule = {
  id: 'vague-source',
  plugin: 'retextAttribution',
  summary: 'Claims hung on unnamed groups or impersonal constructions: “critics say”, “it is believed”, “sources said”, “reportedly”, “studies show”, “widely seen as”.',
  defaultSeverity: 'warning',
  docs: [
    'Flags attribution to no one in particular: unnamed groups (“critics say”, “experts say”, “some argue”, “many Democrats believe”, “officials said” with no institution, “sources said”, “a source said”), unnamed research and reports (“studies show”, “research has shown”, “according to reports”), impersonal constructions (“it is believed”, “it is understood”, “is said to”, “it was reported”, “reportedly”) and “widely seen as” / “widely regarded as”.',
    '',
    'Not flagged: a named party or institution (“Republicans say”, “the ministry said”); a qualified anonymous source (“two State Department officials”, “analysts at Barclays”, “a person familiar with the matter”), which is `anonymous-source-without-reason`’s; a definite back-reference (“the officials said”, “the study found”) or a bare “officials” after the same kind of source was qualified earlier in the story; a group the next sentence names (“Critics say … Among them is the Law Society.”); words inside quotations; and an impersonal estimate that covers a figure (“it is estimated that 300…”), which is `estimate-without-estimator`’s.',
    '',
    'The vocabulary, with a note for each entry, is `src/lexicon/data/vague-sources.yml`. Fix: name the source, or describe it as specifically as you can and say why it is not named (AP, Reuters).',
  ].join('\n'),
  parseOptions: (raw, where) => {
    objectOptions(raw, where, [])
    return {}
  },
  check(model, report, severity) {
    const reported: Span[] = []
    /** Heads already introduced with a qualifier or a name: a later bare "officials" refers back. */
    const introduced = new Set<string>()
    for (const cue of model.cues) {
      if (cue.form === 'impersonal') {
        const entry = impersonal.get(cue.lemma)
        if (!entry || inQuote(model, cue) || insideNamedReport(model, cue)) continue
        if (cue.lemma === 'estimate' && coversStatistic(model, cue)) continue
        const level = entrySeverity(entry.severity, severity)
        if (level === 'off') continue
        const span = impersonalSpan(model, cue)
        reportEntry(report, model, span, entry, level)
        reported.push(span)
        continue
      }
      if (!cue.source || cue.continues >= 0) continue
      const head = headOf(model, cue.source)
      if (cue.sourceKind !== 'vague') {
        if (head && head.role === 'head') introduced.add(head.entry.id)
        continue
      }
      if (!head) continue
      const words = wordsIn(model, cue.source)
      if (words.length > 0 && DEFINITE.has(words[0].norm)) continue
      if (head.role === 'head' && introduced.has(head.entry.id)) continue
      if (namedNext(model, cue.sentence)) continue
      if (head.entry.data.institutional === true && institutionNearby(model, cue)) continue
      if (head.role === 'head' && (namedAfter(model, cue.source) || namedLater(model, cue.sentence, head.entry))) continue
      // "He said many firms admit …": the vague claim sits inside a named speaker's report.
      if (insideNamedReport(model, cue)) continue
      const level = entrySeverity(head.entry.severity, severity)
      if (level === 'off') continue
      // A judging verb ("a report claiming") is loaded-attribution-verb's: flag the source alone.
      const span = LOADED_VERBS.has(cue.lemma) ? cue.source : sourceCueSpan(model, cue, cue.source)
      reportEntry(report, model, span, head.entry, level)
      reported.push(span)
    }
    // Constructions the model does not read as cues: "widely seen as", "is regarded as".
    const bySentence = cuesBySentence(model)
    const { tokens } = model
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (t.type !== 'word' || !phraseMatcher.has(t.norm) || t.quote >= 0) continue
      const match = phraseMatcher.matchAt(tokens, i, model.sentences[t.sentence].tokenEnd)
      if (!match) continue
      const span = { start: t.start, end: tokens[match.last - 1].end }
      i = match.last - 1
      if (!conditionsHold(model, match.entry, match.first, match.last)) continue
      // Inside what a cue governs, the claim is attributed (or the cue is flagged already); an
      // impersonal construction the model read as a cue was judged above.
      if (coveringCues(model, t.sentence, span).length > 0 || overlapsAny(reported, span)) continue
      if (match.entry.data.role === 'impersonal' && overlapsAny(bySentence.get(t.sentence) ?? NO_CUES, span)) continue
      const level = entrySeverity(match.entry.severity, severity)
      if (level === 'off') continue
      reportEntry(report, model, span, match.entry, level)
    }
  },
}
