/**
 * BABE rows (Spinde et al. 2021): loaded-terms findings against expert bias labels on news
 * sentences. The reported split is SG2 (3,674 sentences, 5 experts); SG1 and MBIC are for tuning.
 *
 * Definitions (spans UTF-16, end exclusive; "overlap" = at least one shared character):
 * - a flagged word is a retextLoadedTerms finding, measured on the flagged words themselves
 *   (`data.flagged` where the message's place reaches further for its fix: "So-called experts");
 * - word precision: flagged words, in sentences labelled biased, overlapping a word the annotators
 *   marked (annotators mark words only in sentences they judge biased; the naive seed list scores
 *   0.45 this way on SG2, the figure issue 4 quotes); `word-precision-all-sentences` counts every
 *   sentence;
 * - sentence precision: flagged sentences labelled "biased"; recall: biased sentences flagged;
 * - held out: SG2 sentences whose text is not in SG1 (SG1's 1,700 sentences are all in SG2), so a
 *   reader can see the figure on sentences the lexicon was never tuned on;
 * - naive: the research brief's seed words (editorial-standards.md §10) matched anywhere, for scale.
 */
import { join } from 'node:path'
import retextEnglish from 'retext-english'
import { unified, type Pluggable } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { readJsonl } from './corpus.js'
import { overlaps, type Span, Tally } from './metrics.js'
import type { PluginSet } from './plugins.js'
import { type ArticleError, countRow, type GroupResult, type MeasureRow, ratioRow } from './rows.js'

export const BABE = 'babe'
export const BABE_SPLIT = 'sg2'
export const LOADED_RULES = ['contested-label', 'emotive-language', 'euphemism', 'puffery', 'editorializing', 'doubt-marker', 'framed-term', 'agentless-harm'] as const

export interface BabeSentence {
  id: string
  text: string
  /** "biased", "non-biased" or "no-agreement". */
  label: string
  /** Words the annotators marked as inducing bias. */
  biased: Span[]
}

export function toBabeSentence(record: unknown, file: string): BabeSentence {
  const r = record as Record<string, unknown>
  if (typeof r !== 'object' || r === null || typeof r.text !== 'string' || typeof r.label !== 'string') {
    throw new Error(`${file}: unexpected record shape (need text and label)`)
  }
  const spans = Array.isArray(r.spans) ? (r.spans as Record<string, unknown>[]) : []
  const biased = spans.filter((span) => typeof span.start === 'number' && typeof span.end === 'number').map((span) => ({ start: span.start as number, end: span.end as number }))
  return { id: String(r.id), text: r.text, label: r.label, biased }
}

export async function* readBabe(dir: string, split: 'sg1' | 'sg2' | 'mbic'): AsyncGenerator<BabeSentence> {
  const file = join(dir, 'babe', split === 'mbic' ? 'mbic.jsonl' : `babe_${split}.jsonl`)
  for await (const record of readJsonl(file)) yield toBabeSentence(record, file)
}

/** A loaded-terms finding: its rule and the flagged words. */
export interface LoadedFinding extends Span {
  ruleId: string
}

/** The flagged words of a message: `data.flagged` when the place reaches past them, else the place. */
export function flaggedSpan(message: VFileMessage): Span | null {
  const data = (message as { data?: { flagged?: Span } }).data
  if (data?.flagged) return data.flagged
  const place = message.place as { start?: { offset?: number }; end?: { offset?: number } } | undefined
  if (!place?.start || place.start.offset === undefined || place.end?.offset === undefined) return null
  return { start: place.start.offset, end: place.end.offset }
}

/** Run retextLoadedTerms alone over a text and return its findings (one frozen processor). */
export function createLoadedAnalyzer(plugin: Pluggable): (text: string) => LoadedFinding[] {
  const processor = unified().use(retextEnglish).use([plugin]).freeze()
  return (text) => {
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    const out: LoadedFinding[] = []
    for (const message of file.messages) {
      if (message.source !== 'copydesk' || !(LOADED_RULES as readonly string[]).includes(message.ruleId ?? '')) continue
      const span = flaggedSpan(message)
      if (span) out.push({ ...span, ruleId: message.ruleId ?? '' })
    }
    return out
  }
}

// ---------------------------------------------------------------------------------------------
// The naive baseline: the seed words of editorial-standards.md §10 (loaded/* rules), matched anywhere.

export const NAIVE_SEEDS: readonly string[] = [
  // label
  'terrorist', 'terrorism', 'terror attack', 'terror cell', 'extremist', 'radical', 'fanatic', 'fundamentalist', 'jihadist', 'islamist', 'freedom fighter', 'martyr', 'thug', 'mob', 'cult', 'sect', 'regime', 'junta', 'bigot', 'racist', 'sexist', 'homophobic', 'denialist', 'denier', 'neo-nazi', 'far-right', 'far-left', 'puppet', 'propaganda', 'controversial', 'scandal',
  // emotive
  'massacre', 'slaughter', 'bloodbath', 'carnage', 'butchered', 'rampage', 'onslaught', 'annihilate', 'decimated', 'horrific', 'horrifying', 'barbaric', 'brutal', 'vicious', 'savage', 'bloodthirsty', 'heinous', 'evil', 'cowardly', 'devastating', 'devastated', 'catastrophic', 'tragedy', 'tragic', 'nightmare', 'chaos', 'mayhem', 'terrorised', 'destitute', 'defenceless', 'pathetic', 'shocking', 'stunning',
  // euphemism
  'collateral damage', 'neutralize', 'neutralized', 'eliminated', 'took out', 'surgical strike', 'enhanced interrogation', 'officer-involved', 'use-of-force incident', 'passed away', 'lost their lives', 'gave his life', 'liberate', 'liberated', 'executed', 'court-martial', 'pacification', 'an issue', 'let go', 'right-sizing',
  // puffery
  'iconic', 'legendary', 'world-class', 'renowned', 'acclaimed', 'celebrated', 'visionary', 'groundbreaking', 'cutting-edge', 'revolutionary', 'innovative', 'pioneering', 'prestigious', 'state-of-the-art', 'game-changer', 'storied', 'beloved', 'phenomenal', 'extraordinary', 'brilliant', 'awesome', 'best-in-class', 'unrivalled', 'greatest',
  // editorializing
  'clearly', 'obviously', 'of course', 'naturally', 'needless to say', 'undoubtedly', 'without a doubt', 'it should be noted', 'it is worth noting', 'notably', 'interestingly', 'importantly', 'ironically', 'fortunately', 'unfortunately', 'sadly', 'tragically', 'surprisingly', 'remarkably', 'shockingly', 'incredibly', 'arguably', 'admittedly', 'essentially', 'basically',
  // doubt-marker
  'so-called', 'supposedly', 'supposed', 'purported', 'purportedly', 'self-proclaimed', 'self-styled', 'ostensible', 'ostensibly', 'would-be', 'alleged', 'apparent', 'claims',
  // framed-pair
  'pro-life', 'pro-choice', 'pro-abortion', 'abortionist', 'late-term abortion', 'fetal heartbeat', 'heartbeat bill', 'pregnancy resource center', 'crisis pregnancy center', 'illegal alien', 'illegal immigrant', 'illegals', 'alien', 'anchor baby', 'officer-involved shooting', 'forced busing',
]

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NAIVE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...NAIVE_SEEDS].sort((a, b) => b.length - a.length).map((seed) => escape(seed).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])`, 'giu')

/** Every occurrence of a seed word or phrase (case-insensitive, whole words). */
export function naiveFindings(text: string): LoadedFinding[] {
  return [...text.matchAll(NAIVE_PATTERN)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, ruleId: 'naive' }))
}

// ---------------------------------------------------------------------------------------------
// Measures

/** Word and sentence precision, sentence recall, for one set of findings over a set of sentences. */
export class BiasTally {
  /** Flagged words in sentences labelled biased. */
  readonly words = new Tally()
  /** Flagged words in every sentence (non-biased sentences have almost no marked words). */
  readonly allWords = new Tally()
  readonly sentences = new Tally()
  readonly recall = new Tally()
  readonly byRule = new Map<string, Tally>()
  biased = 0
  total = 0

  add(sentence: BabeSentence, findings: readonly LoadedFinding[]): void {
    this.total++
    const isBiased = sentence.label === 'biased'
    if (isBiased) this.biased++
    for (const finding of findings) {
      const hit = sentence.biased.some((span) => overlaps(span, finding))
      this.allWords.add(hit)
      // Annotators marked words only in sentences they judged biased: word precision is measured there.
      if (!isBiased) continue
      this.words.add(hit)
      let rule = this.byRule.get(finding.ruleId)
      if (!rule) this.byRule.set(finding.ruleId, (rule = new Tally()))
      rule.add(hit)
    }
    if (findings.length > 0) this.sentences.add(isBiased)
    if (isBiased) this.recall.add(findings.length > 0)
  }

  rows(prefix: string, na: string | null, rules: readonly string[] = []): MeasureRow[] {
    const rows = [
      ratioRow(`${prefix}word-precision`, this.words.hits, this.words.total, { na, note: 'flagged words in sentences labelled biased that the annotators marked' }),
      ratioRow(`${prefix}word-precision-all-sentences`, this.allWords.hits, this.allWords.total, { na, note: 'flagged words in every sentence that the annotators marked' }),
      ratioRow(`${prefix}sentence-precision`, this.sentences.hits, this.sentences.total, { na, note: `flagged sentences labelled biased; base rate ${(this.biased / Math.max(1, this.total)).toFixed(3)} (${this.biased}/${this.total})` }),
      ratioRow(`${prefix}sentence-recall`, this.recall.hits, this.recall.total, { na, note: 'biased sentences with a finding' }),
    ]
    for (const rule of rules) {
      const tally = this.byRule.get(rule) ?? new Tally()
      rows.push(ratioRow(`${prefix}word-precision:${rule}`, tally.hits, tally.total, { na }))
    }
    return rows
  }
}

export interface BabeOptions {
  corporaDir: string
  plugins: PluginSet
}

export async function runBabe(options: BabeOptions): Promise<GroupResult> {
  const started = performance.now()
  const state = options.plugins.state('retextLoadedTerms')
  const na = options.plugins.unavailable('retextLoadedTerms')
  const analyze = state?.status === 'loaded' ? createLoadedAnalyzer(state.plugin) : null
  const tuned = new Set<string>()
  for await (const sentence of readBabe(options.corporaDir, 'sg1')) tuned.add(sentence.text)
  const all = new BiasTally()
  const heldOut = new BiasTally()
  const naive = new BiasTally()
  const errors: ArticleError[] = []
  let sentences = 0
  let findings = 0
  for await (const sentence of readBabe(options.corporaDir, BABE_SPLIT)) {
    sentences++
    naive.add(sentence, naiveFindings(sentence.text))
    if (!analyze) continue
    let found: LoadedFinding[]
    try {
      found = analyze(sentence.text)
    } catch (error) {
      errors.push({ id: sentence.id, message: (error as Error).stack ?? String(error) })
      continue
    }
    findings += found.length
    all.add(sentence, found)
    if (!tuned.has(sentence.text)) heldOut.add(sentence, found)
  }
  const rows: MeasureRow[] = [
    countRow('sentences', sentences, `${all.biased} labelled biased`),
    countRow('loaded-findings', findings),
    ...all.rows('loaded-', na, LOADED_RULES),
    ...heldOut.rows('held-out-', na),
    countRow('held-out-sentences', heldOut.total, 'SG2 sentences not in SG1 (the tuning split)'),
    ...naive.rows('naive-seeds-', null),
    countRow('sentence-errors', errors.length),
  ]
  return { corpus: BABE, split: BABE_SPLIT, rows, articles: sentences, seconds: (performance.now() - started) / 1000, errors }
}
