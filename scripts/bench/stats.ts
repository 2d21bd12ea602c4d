import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Small statistics and formatting helpers for the bench tables. */

/** The q-quantile (0..1) of `values` by linear interpolation; NaN when empty. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = Float64Array.from(values).sort()
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.ceil(position)
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low)
}

export const median = (values: ArrayLike<number>): number => quantile(values, 0.5)

/** Milliseconds with sensible precision: 0.412, 3.27, 41.2, 1234. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  if (value < 1) return value.toFixed(3)
  if (value < 10) return value.toFixed(2)
  if (value < 100) return value.toFixed(1)
  return value.toFixed(0)
}

/** A ratio like 2.31×. */
export function times(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`
}

/** A number with thousands separators and `digits` decimals. */
export function num(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a'
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** Bytes as MB (10^6) with one or two decimals. */
export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)
}

/** Words in a text: runs of non-space characters (the same count for every format's input). */
export function countWords(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 12 || code === 160
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** Run `fn` and return the elapsed milliseconds. */
export function timed(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/** V8's full collection: `gc` when the process was started with --expose-gc, else switched on here. */
const gc: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (exposed) return exposed
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
})()

/** Collect garbage now, so a timed run does not pay for the one before it. */
export function collect(): void {
  gc()
}
