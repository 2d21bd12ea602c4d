/**
 * Propaganda Techniques Corpus rows (SemEval-2020 Task 11, training split): the share of
 * retextLoadedTerms findings (their flagged words) that overlap a span annotated as
 * Loaded_Language, Name_Calling,Labeling, Exaggeration,Minimisation or Doubt. Spans are often long
 * phrases, so overlap (at least one shared character) is the measure. The naive seed list of the
 * research brief is given for scale.
 */
import { join } from 'node:path'
import { createLoadedAnalyzer, LOADED_RULES, type LoadedFinding, naiveFindings } from './babe.js'
import { readJsonl } from './corpus.js'
import { mergeSpans, overlapsUnion, type Span, type SpanUnion, Tally } from './metrics.js'
import type { PluginSet } from './plugins.js'
import { type ArticleError, countRow, type GroupResult, type MeasureRow, ratioRow } from './rows.js'

export const PTC = 'ptc_semeval2020'
export const PTC_SPLIT = 'train'
export const PTC_TECHNIQUES: readonly string[] = ['Loaded_Language', 'Name_Calling,Labeling', 'Exaggeration,Minimisation', 'Doubt']

export interface PtcArticle {
  id: string
  text: string
  spans: (Span & { type: string })[]
}

export function toPtcArticle(record: unknown, file: string): PtcArticle {
  const r = record as Record<string, unknown>
  if (typeof r !== 'object' || r === null || typeof r.text !== 'string' || !Array.isArray(r.spans)) {
    throw new Error(`${file}: unexpected record shape (need text and spans)`)
  }
  const spans = (r.spans as Record<string, unknown>[])
    .filter((span) => typeof span.start === 'number' && typeof span.end === 'number' && typeof span.type === 'string')
    .map((span) => ({ start: span.start as number, end: span.end as number, type: span.type as string }))
  return { id: String(r.id), text: r.text, spans }
}

export async function* readPtc(dir: string): AsyncGenerator<PtcArticle> {
  const file = join(dir, 'ptc_semeval2020', 'ptc_train_articles.jsonl')
  for await (const record of readJsonl(file)) yield toPtcArticle(record, file)
}

/** The union of an article's spans of the loaded-language techniques. */
export function techniqueUnion(article: PtcArticle): SpanUnion {
  return mergeSpans(article.spans.filter((span) => PTC_TECHNIQUES.includes(span.type)))
}

/** Overlap shares, overall and by rule. */
export class OverlapTally {
  readonly all = new Tally()
  readonly byRule = new Map<string, Tally>()

  add(findings: readonly LoadedFinding[], union: SpanUnion): void {
    for (const finding of findings) {
      const hit = overlapsUnion(finding, union)
      this.all.add(hit)
      let rule = this.byRule.get(finding.ruleId)
      if (!rule) this.byRule.set(finding.ruleId, (rule = new Tally()))
      rule.add(hit)
    }
  }
}

export interface PtcOptions {
  corporaDir: string
  plugins: PluginSet
}

export async function runPtc(options: PtcOptions): Promise<GroupResult> {
  const started = performance.now()
  const state = options.plugins.state('retextLoadedTerms')
  const na = options.plugins.unavailable('retextLoadedTerms')
  const analyze = state?.status === 'loaded' ? createLoadedAnalyzer(state.plugin) : null
  const ours = new OverlapTally()
  const naive = new OverlapTally()
  const errors: ArticleError[] = []
  let articles = 0
  let spans = 0
  for await (const article of readPtc(options.corporaDir)) {
    articles++
    const union = techniqueUnion(article)
    spans += article.spans.filter((span) => PTC_TECHNIQUES.includes(span.type)).length
    naive.add(naiveFindings(article.text), union)
    if (!analyze) continue
    try {
      ours.add(analyze(article.text), union)
    } catch (error) {
      errors.push({ id: article.id, message: (error as Error).stack ?? String(error) })
    }
  }
  const rows: MeasureRow[] = [
    countRow('articles', articles),
    countRow('technique-spans', spans, PTC_TECHNIQUES.join(', ')),
    ratioRow('loaded-overlap', ours.all.hits, ours.all.total, { na, note: 'loaded-terms findings overlapping a Loaded_Language, Name_Calling, Exaggeration or Doubt span' }),
  ]
  for (const rule of LOADED_RULES) {
    const tally = ours.byRule.get(rule) ?? new Tally()
    rows.push(ratioRow(`loaded-overlap:${rule}`, tally.hits, tally.total, { na }))
  }
  rows.push(ratioRow('naive-seeds-overlap', naive.all.hits, naive.all.total, { note: 'the research seed words matched anywhere' }))
  rows.push(countRow('article-errors', errors.length))
  return { corpus: PTC, split: PTC_SPLIT, rows, articles, seconds: (performance.now() - started) / 1000, errors }
}
