/**
 * PolNeAR rows: the prose model's attribution (cues and what they cover) against human
 * attribution relations, and false positives of rules on what humans attributed.
 *
 * Each measure is a small accumulator: `add` sees one article (gold relations, pre-merged) and its
 * analysis; `rows` turns the totals into rows. To add rows, add a measure to POLNEAR_MEASURES.
 *
 * Definitions (all spans UTF-16, end exclusive; "overlap" = at least one shared character):
 * - human cue: a relation's cue segments, deduplicated; "reporting" when its text contains a
 *   reporting expression from the frozen list (reporting-expressions.ts).
 * - attributed content: content segments of relations that have a source (any cue).
 * - reported content: content segments of relations that have a source AND a reporting cue.
 */
import type { ProseModel, StatisticKind } from '../../src/model/types.js'
import type { Analysis, Finding } from './analyze.js'
import { type PolnearArticle, type PolnearSplit, readPolnear } from './corpus.js'
import { clampSpan, containedInUnion, intersectionLength, mergeSpans, numberSpans, overlapsUnion, type Span, type SpanUnion, Tally, unionLength } from './metrics.js'
import type { PluginSet } from './plugins.js'
import { isReportingCue } from './reporting-expressions.js'
import { type ArticleError, countRow, type GroupResult, type MeasureRow, ratioRow } from './rows.js'

export const POLNEAR = 'polnear'

/** The parts of an analysis the PolNeAR measures read (tests build these by hand). */
export interface PolnearAnalysis {
  model: Pick<ProseModel, 'text' | 'cues' | 'quotes' | 'figures'>
  findings: readonly Finding[]
}

export interface GoldCue {
  spans: Span[]
  text: string
  reporting: boolean
}

export interface GoldRelation {
  id: string
  kind: string
  sourced: boolean
  cue: GoldCue | null
  content: Span[]
}

/** One article's human annotation, with the unions every measure needs computed once. */
export interface GoldArticle {
  id: string
  text: string
  relations: GoldRelation[]
  /** Distinct human cues (relations sharing a cue count it once). */
  cues: GoldCue[]
  cueUnion: SpanUnion
  /** Content of every relation, sourced or not. */
  contentUnion: SpanUnion
  /** Content of relations with a source (any cue). */
  attributedContent: SpanUnion
  /** Content of relations with a source and a reporting cue. */
  reportedContent: SpanUnion
}

export function goldOf(article: PolnearArticle): GoldArticle {
  const length = article.text.length
  const clampAll = (spans: Span[]): Span[] => spans.map((span) => clampSpan(span, length)).filter((span): span is Span => span !== null)
  const relations: GoldRelation[] = article.attributions.map((relation) => {
    const cueSpans = relation.cue ? clampAll(relation.cue.spans) : []
    const cueText = relation.cue?.text ?? ''
    return {
      id: relation.id,
      kind: relation.kind,
      sourced: relation.kind !== 'Attribution-no-source' && relation.source !== null && relation.source.spans.length > 0,
      cue: cueSpans.length > 0 ? { spans: cueSpans, text: cueText, reporting: isReportingCue(cueText) } : null,
      content: clampAll(relation.content.flatMap((part) => part.spans)),
    }
  })
  const cues = new Map<string, GoldCue>()
  for (const relation of relations) {
    if (!relation.cue) continue
    const key = relation.cue.spans.map((span) => `${span.start}-${span.end}`).join(',')
    if (!cues.has(key)) cues.set(key, relation.cue)
  }
  const contentOf = (keep: (relation: GoldRelation) => boolean): SpanUnion => mergeSpans(relations.filter(keep).flatMap((relation) => relation.content))
  return {
    id: article.id,
    text: article.text,
    relations,
    cues: [...cues.values()],
    cueUnion: mergeSpans([...cues.values()].flatMap((cue) => cue.spans)),
    contentUnion: contentOf(() => true),
    attributedContent: contentOf((relation) => relation.sourced),
    reportedContent: contentOf((relation) => relation.sourced && relation.cue !== null && relation.cue.reporting),
  }
}

export interface PolnearMeasure {
  add(gold: GoldArticle, analysis: PolnearAnalysis): void
  rows(plugins: PluginSet): MeasureRow[]
}

const findingUnion = (findings: readonly Finding[], ruleId: string): SpanUnion => mergeSpans(findings.filter((finding) => finding.ruleId === ruleId))

/** Counts that give the ratios their scale. */
export function countMeasure(): PolnearMeasure {
  let articles = 0
  let relations = 0
  let noSource = 0
  let humanCues = 0
  let reportingCues = 0
  let modelCues = 0
  return {
    add(gold, analysis) {
      articles++
      relations += gold.relations.length
      noSource += gold.relations.filter((relation) => !relation.sourced).length
      humanCues += gold.cues.length
      reportingCues += gold.cues.filter((cue) => cue.reporting).length
      modelCues += analysis.model.cues.length
    },
    rows: () => [
      countRow('articles', articles),
      countRow('relations', relations, `${noSource} without a source`),
      countRow('human-cues', humanCues, `${reportingCues} contain a reporting expression`),
      countRow('model-cues', modelCues),
    ],
  }
}

/** a. cue precision; b. reporting-cue recall and recall over all human cues. */
export function cueMeasure(): PolnearMeasure {
  const precision = new Tally()
  const reportingRecall = new Tally()
  const recall = new Tally()
  return {
    add(gold, analysis) {
      for (const cue of analysis.model.cues) precision.add(overlapsUnion(cue, gold.cueUnion))
      const modelCues = mergeSpans(analysis.model.cues)
      for (const cue of gold.cues) {
        const hit = cue.spans.some((span) => overlapsUnion(span, modelCues))
        recall.add(hit)
        if (cue.reporting) reportingRecall.add(hit)
      }
    },
    rows: () => [
      ratioRow('cue-precision', precision.hits, precision.total, { note: 'model cues overlapping any human cue' }),
      ratioRow('reporting-cue-recall', reportingRecall.hits, reportingRecall.total, { note: 'human cues with a reporting expression overlapped by a model cue' }),
      ratioRow('cue-recall', recall.hits, recall.total, { note: 'all human cues overlapped by a model cue' }),
    ],
  }
}

/** c. coverage recall on reported content; d. coverage precision against all human content. */
export function coverageMeasure(): PolnearMeasure {
  let reportedChars = 0
  let reportedCovered = 0
  let coverChars = 0
  let coverInContent = 0
  return {
    add(gold, analysis) {
      const covers = mergeSpans(analysis.model.cues.flatMap((cue) => cue.covers))
      reportedChars += unionLength(gold.reportedContent)
      reportedCovered += intersectionLength(gold.reportedContent, covers)
      coverChars += unionLength(covers)
      coverInContent += intersectionLength(covers, gold.contentUnion)
    },
    rows: () => [
      ratioRow('coverage-recall', reportedCovered, reportedChars, { note: 'characters of sourced, reporting-cue content inside model covers' }),
      ratioRow('coverage-precision', coverInContent, coverChars, { note: 'characters of model covers inside any human content' }),
    ],
  }
}

/** Figure kinds whose presence in attributed content the unsourced-figure rule must respect. */
export const ATTRIBUTED_FIGURE_KINDS: ReadonlySet<StatisticKind> = new Set<StatisticKind>(['harm', 'share', 'poll', 'crowd', 'estimate', 'money', 'count'])

/**
 * e. unsourced-figure findings on figures inside reported content. The items judged are the model's
 * statistic figures there plus every other number (a rule-independent digit run) there that no
 * model figure overlaps, so the denominator does not depend on the model alone.
 */
export function unsourcedFigureMeasure(): PolnearMeasure {
  const tally = new Tally()
  let modelFigures = 0
  let otherNumbers = 0
  return {
    add(gold, analysis) {
      if (gold.reportedContent.length === 0) return
      const flagged = findingUnion(analysis.findings, 'unsourced-figure')
      const items: Span[] = []
      for (const figure of analysis.model.figures) {
        const number = clampSpan(figure.number ?? figure, gold.text.length)
        if (!number || !containedInUnion(number, gold.reportedContent)) continue
        if (!ATTRIBUTED_FIGURE_KINDS.has(figure.kind as StatisticKind)) continue
        items.push(figure)
        modelFigures++
      }
      const allFigures = mergeSpans(analysis.model.figures)
      for (const span of gold.reportedContent) {
        for (const number of numberSpans(gold.text.slice(span.start, span.end), span.start)) {
          if (overlapsUnion(number, allFigures)) continue
          items.push(number)
          otherNumbers++
        }
      }
      for (const item of items) tally.add(overlapsUnion(item, flagged))
    },
    rows: (plugins) => [
      ratioRow('unsourced-figure-in-attributed', tally.hits, tally.total, {
        na: plugins.unavailable('retextUnsourcedFigures'),
        note: `${modelFigures} model statistic figures + ${otherNumbers} other numbers in sourced, reporting-cue content`,
      }),
    ],
  }
}

/** f. quote-without-speaker findings on quotes (4+ words) inside attributed content. */
export function quoteMeasure(): PolnearMeasure {
  const tally = new Tally()
  return {
    add(gold, analysis) {
      const flagged = findingUnion(analysis.findings, 'quote-without-speaker')
      for (const quote of analysis.model.quotes) {
        if (quote.words < 4) continue
        const inner = clampSpan(quote.inner, gold.text.length)
        if (!inner || !containedInUnion(inner, gold.attributedContent)) continue
        tally.add(overlapsUnion(quote, flagged))
      }
    },
    rows: (plugins) => [
      ratioRow('quote-without-speaker-on-attributed-quotes', tally.hits, tally.total, {
        na: plugins.unavailable('retextAttribution'),
        note: 'model quotes of 4+ words inside sourced content',
      }),
    ],
  }
}

/** g. vague-source findings on the cues of relations without a source. */
export function vagueSourceMeasure(): PolnearMeasure {
  const tally = new Tally()
  return {
    add(gold, analysis) {
      const flagged = findingUnion(analysis.findings, 'vague-source')
      for (const relation of gold.relations) {
        if (relation.kind !== 'Attribution-no-source' || !relation.cue) continue
        tally.add(relation.cue.spans.some((span) => overlapsUnion(span, flagged)))
      }
    },
    rows: (plugins) => [
      ratioRow('vague-source-recall', tally.hits, tally.total, { na: plugins.unavailable('retextAttribution'), note: 'Attribution-no-source cues overlapped by a vague-source finding' }),
    ],
  }
}

export const POLNEAR_MEASURES: readonly (() => PolnearMeasure)[] = [countMeasure, cueMeasure, coverageMeasure, unsourcedFigureMeasure, quoteMeasure, vagueSourceMeasure]

export interface PolnearOptions {
  corporaDir: string
  split: PolnearSplit
  analyze: (text: string) => Analysis
  plugins: PluginSet
}

export async function runPolnear(options: PolnearOptions): Promise<GroupResult> {
  const started = performance.now()
  const measures = POLNEAR_MEASURES.map((make) => make())
  const errors: ArticleError[] = []
  let articles = 0
  for await (const article of readPolnear(options.corporaDir, options.split)) {
    articles++
    let analysis: Analysis
    try {
      analysis = options.analyze(article.text)
    } catch (error) {
      errors.push({ id: article.id, message: (error as Error).stack ?? String(error) })
      continue
    }
    const gold = goldOf(article)
    for (const measure of measures) measure.add(gold, analysis)
  }
  const rows = measures.flatMap((measure) => measure.rows(options.plugins))
  rows.push(countRow('article-errors', errors.length))
  return { corpus: POLNEAR, split: options.split, rows, articles, seconds: (performance.now() - started) / 1000, errors }
}
