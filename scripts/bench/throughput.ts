/**
 * Throughput and latency on the corpus, contenders interleaved: for each article every contender
 * runs once, starting with a different contender each time, so drift in the machine (frequency,
 * other load, garbage left by the one before) spreads over all of them alike.
 */
import type { Contender, Format } from './contenders.js'
import { median, quantile, timed } from './stats.js'

export interface Article {
  id: string
  /** UTF-8 bytes of the article text (the same figure for every format's input). */
  bytes: number
  words: number
  inputs: Record<Format, string>
}

export interface ThroughputResult {
  name: string
  kind: Contender['kind']
  format: Format
  /** Total time over the corpus. */
  seconds: number
  mbPerSecond: number
  wordsPerSecond: number
  /** Per-article latency over the corpus. */
  medianMs: number
  p95Ms: number
  errors: number
  firstError: string | null
}

export interface LatencyResult {
  name: string
  format: Format
  medianMs: number
  p95Ms: number
  runs: number
}

function guard(contender: Contender, input: string, errors: { count: number; first: string | null }): number {
  return timed(() => {
    try {
      contender.lint(input)
    } catch (error) {
      errors.count++
      errors.first ??= (error as Error).message.split('\n')[0]
    }
  })
}

/** One interleaved pass over `articles` (after a warm-up over the first `warmup` articles). */
export function measureThroughput(articles: readonly Article[], contenders: readonly Contender[], warmup: number, progress: (line: string) => void): ThroughputResult[] {
  const errors = contenders.map(() => ({ count: 0, first: null as string | null }))
  for (const article of articles.slice(0, warmup)) {
    contenders.forEach((contender, c) => guard(contender, article.inputs[contender.format], errors[c]))
  }
  for (const error of errors) {
    error.count = 0
    error.first = null
  }
  const times = contenders.map(() => new Float64Array(articles.length))
  const m = contenders.length
  let reported = performance.now()
  articles.forEach((article, a) => {
    for (let j = 0; j < m; j++) {
      const c = (a + j) % m
      times[c][a] = guard(contenders[c], article.inputs[contenders[c].format], errors[c])
    }
    if (performance.now() - reported > 15_000) {
      reported = performance.now()
      progress(`  throughput: ${a + 1}/${articles.length} articles`)
    }
  })
  const bytes = articles.reduce((sum, article) => sum + article.bytes, 0)
  const words = articles.reduce((sum, article) => sum + article.words, 0)
  return contenders.map((contender, c) => {
    const seconds = times[c].reduce((sum, t) => sum + t, 0) / 1000
    return {
      name: contender.name,
      kind: contender.kind,
      format: contender.format,
      seconds,
      mbPerSecond: bytes / 1e6 / seconds,
      wordsPerSecond: words / seconds,
      medianMs: median(times[c]),
      p95Ms: quantile(times[c], 0.95),
      errors: errors[c].count,
      firstError: errors[c].first,
    }
  })
}

/** The article whose word count is nearest `words`. */
export function nearest(articles: readonly Article[], words: number): Article {
  return articles.reduce((best, article) => (Math.abs(article.words - words) < Math.abs(best.words - words) ? article : best))
}

/** Latency of one article, `runs` rounds, contenders interleaved within each round. */
export function measureLatency(article: Article, contenders: readonly Contender[], runs: number): LatencyResult[] {
  const errors = contenders.map(() => ({ count: 0, first: null as string | null }))
  for (let r = 0; r < 5; r++) contenders.forEach((contender, c) => guard(contender, article.inputs[contender.format], errors[c]))
  const times = contenders.map(() => new Float64Array(runs))
  const m = contenders.length
  for (let r = 0; r < runs; r++) {
    for (let j = 0; j < m; j++) {
      const c = (r + j) % m
      times[c][r] = guard(contenders[c], article.inputs[contenders[c].format], errors[c])
    }
  }
  return contenders.map((contender, c) => ({ name: contender.name, format: contender.format, medianMs: median(times[c]), p95Ms: quantile(times[c], 0.95), runs }))
}
