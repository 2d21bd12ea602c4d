/**
 * buildProseModel: parse once, build one model per file, cache it; every rule reads it.
 */
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type {} from '../formats/index.js'
import { findCues } from './cues.js'
import { findFigures } from './figures.js'
import { findQuotes } from './quotes.js'
import { buildTokenLayer } from './tokens.js'
import type { Cue, Figure, ProseModel } from './types.js'

export type * from './types.js'

const cache = new WeakMap<object, ProseModel>()

/**
 * Build the prose model of `tree` (the file's nlcst). Every span is in UTF-16 offsets into
 * `String(file)`. Cached per tree: a second call with the same tree returns the same model.
 */
export function buildProseModel(tree: Root, file?: VFile | { value?: unknown } | string): ProseModel {
  const cached = cache.get(tree)
  if (cached) return cached
  const text = typeof file === 'string' ? file : file && file.value !== undefined && file.value !== null ? String(file.value) : ''
  const layer = buildTokenLayer(tree)
  const quotes = findQuotes(layer)
  const context = { text, ...layer, quotes }
  const figures = findFigures(context)
  const cues = findCues({ ...context, figures })
  linkCoverage(figures, cues)
  const data = typeof file === 'object' && file !== null && 'data' in file ? (file as VFile).data?.copydesk : undefined
  const model: ProseModel = { text, ...layer, quotes, cues, figures, citations: data?.citations ?? [] }
  cache.set(tree, model)
  return model
}

/**
 * Set each figure's `coveredBy` to the cue of the first span (by start, then cue order) that
 * contains it. A max-tree over the spans' ends finds that span in O(log n) per figure, so a
 * sentence with thousands of cues whose covers overlap stays linear-logarithmic.
 */
function linkCoverage(figures: Figure[], cues: readonly Cue[]): void {
  const spans: { start: number; end: number; cue: number }[] = []
  for (const cue of cues) for (const span of cue.covers) spans.push({ start: span.start, end: span.end, cue: cue.index })
  spans.sort((a, b) => a.start - b.start)
  let size = 1
  while (size < spans.length) size *= 2
  const maxEnd = new Float64Array(2 * size).fill(-Infinity)
  for (let i = 0; i < spans.length; i++) maxEnd[size + i] = spans[i].end
  for (let i = size - 1; i >= 1; i--) maxEnd[i] = Math.max(maxEnd[2 * i], maxEnd[2 * i + 1])
  /** The first span index below `limit` whose end is at least `min`, or -1. */
  const first = (node: number, lo: number, hi: number, limit: number, min: number): number => {
    if (lo >= limit || maxEnd[node] < min) return -1
    if (hi - lo === 1) return lo
    const mid = (lo + hi) >> 1
    const left = first(2 * node, lo, mid, limit, min)
    return left >= 0 ? left : first(2 * node + 1, mid, hi, limit, min)
  }
  const sorted = [...figures].sort((a, b) => a.start - b.start)
  let next = 0
  for (const figure of sorted) {
    while (next < spans.length && spans[next].start <= figure.start) next++
    // Contains the figure: starts at or before it, ends after its start and at or after its end.
    const hit = first(1, 0, size, next, Math.max(figure.end, figure.start + 1))
    figure.coveredBy = hit >= 0 ? spans[hit].cue : -1
  }
}
