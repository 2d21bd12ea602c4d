/**
 * bbc_news rows (no labels): words, findings per 1,000 words by rule id for every loaded plugin,
 * and unsourced-figure findings per 1,000 words by figure kind. With `--sample N --rule <id>` it
 * also collects N seeded-random findings of that rule with their sentence, for reading.
 *
 * To add rows, add a measure to BBC_MEASURES.
 */
import { STATISTIC_KINDS } from '../../src/model/figures.js'
import type { Figure, ProseModel } from '../../src/model/types.js'
import type { Analysis, Finding } from './analyze.js'
import { type BbcArticle, readBbc } from './corpus.js'
import { overlaps, Reservoir } from './metrics.js'
import type { PluginSet } from './plugins.js'
import { type ArticleError, countRow, type GroupResult, type MeasureRow, rateRow } from './rows.js'

export const BBC = 'bbc_news'
export const BBC_SPLIT = 'all'

export interface BbcAnalysis {
  model: Pick<ProseModel, 'text' | 'figures' | 'sentences'>
  findings: readonly Finding[]
  words: number
}

export interface BbcMeasure {
  add(article: BbcArticle, analysis: BbcAnalysis): void
  rows(plugins: PluginSet, words: number): MeasureRow[]
}


/**
 * The model figure a finding is about: the one starting where the finding starts (figure or its
 * number), else the first one it overlaps; null when none (reported as kind "unmatched").
 */
export function figureOf(finding: Finding, figures: readonly Figure[]): Figure | null {
  return (
    figures.find((figure) => figure.start === finding.start || figure.number?.start === finding.start) ??
    figures.find((figure) => overlaps(figure, finding)) ??
    null
  )
}

/** Findings per 1,000 words for every rule of every loaded plugin (and any other rule id seen). */
export function ruleRateMeasure(): BbcMeasure {
  const byRule = new Map<string, number>()
  let copydesk = 0
  let foreign = 0
  return {
    add(_article, analysis) {
      for (const finding of analysis.findings) {
        if (finding.source !== 'copydesk') {
          foreign++
          continue
        }
        copydesk++
        byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1)
      }
    },
    rows(plugins, words) {
      if (plugins.loaded.length === 0) return [rateRow('findings-per-1k', 0, words, { na: 'no plugins loaded' })]
      const rules = [...plugins.rules, ...[...byRule.keys()].filter((rule) => !plugins.rules.includes(rule)).sort()]
      const rows = [rateRow('findings-per-1k', copydesk, words, { note: 'all copydesk messages' })]
      for (const rule of rules) rows.push(rateRow(`findings-per-1k:${rule || '(no rule id)'}`, byRule.get(rule) ?? 0, words))
      if (foreign > 0) rows.push(rateRow('findings-per-1k:(source not copydesk)', foreign, words, { note: 'messages whose source is not "copydesk"' }))
      return rows
    },
  }
}

/** unsourced-figure findings per 1,000 words by the kind of the model figure they flag. */
export function figureKindMeasure(): BbcMeasure {
  const byKind = new Map<string, number>()
  return {
    add(_article, analysis) {
      for (const finding of analysis.findings) {
        if (finding.ruleId !== 'unsourced-figure') continue
        const kind = figureOf(finding, analysis.model.figures)?.kind ?? 'unmatched'
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1)
      }
    },
    rows(plugins, words) {
      const na = plugins.unavailable('retextUnsourcedFigures')
      if (na) return [rateRow('unsourced-figure-per-1k', 0, words, { na })]
      const kinds = [...STATISTIC_KINDS, ...[...byKind.keys()].filter((kind) => !(STATISTIC_KINDS as readonly string[]).includes(kind)).sort()]
      return kinds.map((kind) => rateRow(`unsourced-figure-per-1k:${kind}`, byKind.get(kind) ?? 0, words))
    },
  }
}

export const BBC_MEASURES: readonly (() => BbcMeasure)[] = [ruleRateMeasure, figureKindMeasure]

/** A finding to read, with its sentence; the flagged words are wrapped in ⟦ ⟧. */
export interface Sample {
  articleId: string
  ruleId: string
  kind: string | null
  flagged: string
  context: string
  reason: string
}

/** The sentence(s) around a finding, with the flagged words marked. */
export function sampleOf(articleId: string, finding: Finding, model: BbcAnalysis['model']): Sample {
  const { text, sentences } = model
  let start = Math.max(0, finding.start - 160)
  let end = Math.min(text.length, finding.end + 160)
  const inside = sentences.filter((sentence) => sentence.end > finding.start && sentence.start < finding.end)
  if (inside.length > 0) {
    start = Math.min(finding.start, inside[0].start)
    end = Math.max(finding.end, inside[inside.length - 1].end)
  }
  const context = `${text.slice(start, finding.start)}⟦${text.slice(finding.start, finding.end)}⟧${text.slice(finding.end, end)}`.replace(/\s+/g, ' ').trim()
  const kind = finding.ruleId === 'unsourced-figure' ? (figureOf(finding, model.figures)?.kind ?? 'unmatched') : null
  return { articleId, ruleId: finding.ruleId, kind, flagged: text.slice(finding.start, finding.end), context, reason: finding.reason }
}

export interface BbcOptions {
  corporaDir: string
  analyze: (text: string) => Analysis
  plugins: PluginSet
  /** Print this many seeded-random findings of `rule`. */
  sample?: { size: number; rule: string; seed: number }
}

export async function runBbc(options: BbcOptions): Promise<GroupResult> {
  const started = performance.now()
  const measures = BBC_MEASURES.map((make) => make())
  const errors: ArticleError[] = []
  // Samples are built lazily: only the picked findings pay for their context.
  const reservoir = options.sample ? new Reservoir<() => Sample>(options.sample.size, options.sample.seed) : null
  let articles = 0
  let words = 0
  for await (const article of readBbc(options.corporaDir)) {
    articles++
    let analysis: Analysis
    try {
      analysis = options.analyze(article.text)
    } catch (error) {
      errors.push({ id: article.id, message: (error as Error).stack ?? String(error) })
      continue
    }
    words += analysis.words
    for (const measure of measures) measure.add(article, analysis)
    if (reservoir && options.sample) {
      const { model } = analysis
      for (const finding of analysis.findings) if (finding.ruleId === options.sample.rule) reservoir.offer(() => sampleOf(article.id, finding, model))
    }
  }
  const rows = [countRow('articles', articles), countRow('words', words), ...measures.flatMap((measure) => measure.rows(options.plugins, words))]
  rows.push(countRow('article-errors', errors.length))
  const extra = options.sample && reservoir ? formatSamples(options.sample, reservoir, options.plugins) : undefined
  return { corpus: BBC, split: BBC_SPLIT, rows, articles, seconds: (performance.now() - started) / 1000, errors, extra }
}

function formatSamples(sample: { size: number; rule: string; seed: number }, reservoir: Reservoir<() => Sample>, plugins: PluginSet): string[] {
  const items = reservoir.items.map((make) => make())
  const lines = [`samples: ${items.length} of ${reservoir.seen} "${sample.rule}" findings on ${BBC} (seed ${sample.seed})`]
  if (!plugins.runsRule(sample.rule)) lines.push(`  no loaded plugin owns "${sample.rule}" (${plugins.describe()})`)
  items.forEach((item, index) => {
    lines.push(`${String(index + 1).padStart(3)}. ${item.articleId}  ${item.ruleId}${item.kind ? ` [${item.kind}]` : ''}  "${item.flagged}"`)
    lines.push(`     ${item.context}`)
    if (item.reason) lines.push(`     reason: ${item.reason}`)
  })
  return lines
}
