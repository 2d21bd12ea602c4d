/**
 * Pure functions behind the evaluation: span arithmetic on half-open UTF-16 ranges (the offsets
 * both the prose model and the corpora use), tallies, rates and a seeded sampler.
 * No I/O here: tests/eval/metrics.test.ts exercises every function on hand-written inputs.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

/** A sorted list of disjoint, non-adjacent, non-empty spans (the output of `mergeSpans`). */
export type SpanUnion = readonly Span[]

/** `a` and `b` share at least one character (empty spans share none). */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end
}

/** Sort, drop empty spans, and merge overlapping or touching spans into a character-level union. */
export function mergeSpans(spans: Iterable<Span>): SpanUnion {
  const sorted = [...spans].filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Span[] = []
  for (const span of sorted) {
    const last = out[out.length - 1]
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end
    } else {
      out.push({ start: span.start, end: span.end })
    }
  }
  return out
}

/** Number of characters in a union. */
export function unionLength(union: SpanUnion): number {
  let total = 0
  for (const span of union) total += span.end - span.start
  return total
}

/** Number of characters two unions share (linear two-pointer walk). */
export function intersectionLength(a: SpanUnion, b: SpanUnion): number {
  let i = 0
  let j = 0
  let total = 0
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start)
    const end = Math.min(a[i].end, b[j].end)
    if (end > start) total += end - start
    if (a[i].end < b[j].end) i++
    else j++
  }
  return total
}

/** Index of the last span in `union` whose start is <= `offset`, or -1. */
function lastStartingAtOrBefore(union: SpanUnion, offset: number): number {
  let lo = 0
  let hi = union.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (union[mid].start <= offset) {
      found = mid
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return found
}

/** `span` (non-empty) shares a character with some span of the union. */
export function overlapsUnion(span: Span, union: SpanUnion): boolean {
  if (span.end <= span.start) return false
  // The candidate is the last union span starting before span.end; spans are disjoint and sorted.
  const index = lastStartingAtOrBefore(union, span.end - 1)
  return index >= 0 && union[index].end > span.start
}

/** Every character of `span` (non-empty) lies inside the union. */
export function containedInUnion(span: Span, union: SpanUnion): boolean {
  if (span.end <= span.start) return false
  const index = lastStartingAtOrBefore(union, span.start)
  return index >= 0 && union[index].end >= span.end
}

/** Clamp a span to `[0, length)`; returns null when nothing is left. */
export function clampSpan(span: Span, length: number): Span | null {
  const start = Math.max(0, Math.min(span.start, length))
  const end = Math.max(0, Math.min(span.end, length))
  return end > start ? { start, end } : null
}

/**
 * Rule-independent numbers: maximal runs of digits joined by `,` or `.` ("1,200", "3.5", "2016"),
 * as spans offset by `base`. Used so a denominator does not depend on the model under test.
 */
export function numberSpans(text: string, base = 0): Span[] {
  const out: Span[] = []
  for (const match of text.matchAll(/\d(?:[\d,.]*\d)?/g)) {
    const start = base + (match.index ?? 0)
    out.push({ start, end: start + match[0].length })
  }
  return out
}

/** Numerator and denominator of a share. */
export class Tally {
  hits = 0
  total = 0

  add(hit: boolean): void {
    this.total++
    if (hit) this.hits++
  }

  /** Add another tally's counts (or raw counts). */
  addCounts(hits: number, total: number): void {
    this.hits += hits
    this.total += total
  }

  get value(): number | null {
    return ratio(this.hits, this.total)
  }
}

/** `numerator / denominator`, or null when the denominator is 0 (a share of nothing is undefined). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

/** Findings per 1,000 words, or null with no words. */
export function perThousand(count: number, words: number): number | null {
  return words === 0 ? null : (count * 1000) / words
}

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Reservoir sample (Algorithm R) of `size` items from a stream: deterministic for a given seed
 * and stream order, memory O(size). `offer` each item; `items` holds the sample in stream order.
 */
export class Reservoir<T> {
  private readonly random: () => number
  private readonly picked: { order: number; item: T }[] = []
  seen = 0

  constructor(
    readonly size: number,
    seed: number,
  ) {
    this.random = seededRandom(seed)
  }

  offer(item: T): void {
    const order = this.seen++
    if (this.size <= 0) return
    if (this.picked.length < this.size) {
      this.picked.push({ order, item })
      return
    }
    const slot = Math.floor(this.random() * (order + 1))
    if (slot < this.size) this.picked[slot] = { order, item }
  }

  get items(): T[] {
    return [...this.picked].sort((a, b) => a.order - b.order).map((entry) => entry.item)
  }
}
