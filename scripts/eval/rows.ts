/**
 * What a row group returns, and how a value is shown. A row group (scripts/eval/<corpus>.ts)
 * produces MeasureRows; scripts/eval.ts adds corpus, split, commit, floor and status.
 */
import { perThousand, ratio } from './metrics.js'

export type Unit = 'ratio' | 'count' | 'per-1k-words'

export interface MeasureRow {
  /** Stable name: floors refer to `<corpus>/<split>/<measure>`. No "/" in it. */
  measure: string
  /** null when there is nothing to measure (0/0) or the plugin behind it is missing. */
  value: number | null
  unit: Unit
  numerator?: number
  denominator?: number
  /** Why the value is null ("plugin missing", "0/0", …). */
  na?: string
  /** Extra detail for the JSON (never corpus text). */
  note?: string
}

/** A share `hits / total`; `na` (e.g. "plugin missing") forces a null value but keeps the counts. */
export function ratioRow(measure: string, hits: number, total: number, options: { na?: string | null; note?: string } = {}): MeasureRow {
  const value = options.na ? null : ratio(hits, total)
  const na = options.na ?? (value === null ? 'none to measure' : undefined)
  return { measure, value, unit: 'ratio', numerator: options.na ? undefined : hits, denominator: total, ...(na ? { na } : {}), ...(options.note ? { note: options.note } : {}) }
}

export function countRow(measure: string, count: number, note?: string): MeasureRow {
  return { measure, value: count, unit: 'count', ...(note ? { note } : {}) }
}

/** Findings per 1,000 words. */
export function rateRow(measure: string, count: number, words: number, options: { na?: string | null; note?: string } = {}): MeasureRow {
  const value = options.na ? null : perThousand(count, words)
  const na = options.na ?? (value === null ? 'no words' : undefined)
  return { measure, value, unit: 'per-1k-words', numerator: options.na ? undefined : count, denominator: words, ...(na ? { na } : {}), ...(options.note ? { note: options.note } : {}) }
}

/** The value column: "0.912 (1021/1119)", "12,345", "3.21 (2709/843210)", "n/a (plugin missing)". */
export function formatValue(row: MeasureRow): string {
  if (row.value === null) {
    const items = row.unit === 'ratio' && row.na !== 'none to measure' && row.denominator !== undefined ? `; ${row.denominator} to judge` : ''
    return `n/a (${row.na ?? 'no value'}${items})`
  }
  switch (row.unit) {
    case 'count':
      return String(row.value)
    case 'ratio':
      return `${row.value.toFixed(3)} (${row.numerator}/${row.denominator})`
    case 'per-1k-words':
      return `${row.value.toFixed(3)} (${row.numerator})`
  }
}

/** A row as printed and written to eval-results/eval.json. */
export interface Row extends MeasureRow {
  corpus: string
  split: string
  commit: string
  display: string
  /** ">= 0.85", "<= 0.05" or "" */
  floor: string
  status: string
  /** Whether the floor counts for the exit code (null: no floor). */
  enforced: boolean | null
}

/** One article that could not be parsed or linted. */
export interface ArticleError {
  id: string
  message: string
}

/** What a row group returns. */
export interface GroupResult {
  corpus: string
  split: string
  rows: MeasureRow[]
  articles: number
  seconds: number
  errors: ArticleError[]
  /** Lines printed after the table (samples of findings, …). Corpus text is printed, never written. */
  extra?: string[]
}
