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

/** Set each figure's `coveredBy` to the first cue whose covers contain it. */
function linkCoverage(figures: Figure[], cues: readonly Cue[]): void {
  const spans: { start: number; end: number; cue: number }[] = []
  for (const cue of cues) for (const span of cue.covers) spans.push({ ...span, cue: cue.index })
  spans.sort((a, b) => a.start - b.start)
  const sorted = [...figures].sort((a, b) => a.start - b.start)
  let next = 0
  let active: typeof spans = []
  for (const figure of sorted) {
    while (next < spans.length && spans[next].start <= figure.start) active.push(spans[next++])
    active = active.filter((span) => span.end > figure.start)
    const hit = active.find((span) => span.end >= figure.end)
    figure.coveredBy = hit ? hit.cue : -1
  }
}
