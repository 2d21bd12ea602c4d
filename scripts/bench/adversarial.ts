/**
 * Adversarial inputs: text built to find super-linear paths in the parser or in copydesk. Each
 * input runs at a quarter of its size and at full size through the text floor (the parser alone)
 * and copydesk (median of a few runs; one run when a run takes seconds). The bounds the bench
 * checks, on copydesk's own cost (its time minus the floor's, so the parser's own habits do not
 * count against it):
 * - nothing throws, and every message lies inside the text and on the flagged words;
 * - copydesk within RATIO_BOUND× the floor at full size (4×, not the 3× target for news copy:
 *   these inputs pack a cue, a figure or a quote into every few words, far denser than any prose);
 * - linear: copydesk's time at full size at most GROWTH_BOUND× its time at a quarter (linear is
 *   4×, quadratic 16×), or where the parser itself grows faster, at most GROWTH_SLACK× the
 *   floor's growth (copydesk cannot be faster than the parse it runs on); judged only where
 *   copydesk's own cost is at least NOISE_MS (below that the parse's noise is all there is);
 * - copydesk's own cost under OWN_MS at full size.
 * The floor's own growth is printed too: where the parser itself is super-linear, that is a
 * parser matter to report upstream or to cap before parsing.
 */
import type { Contender } from './contenders.js'
import { collect, median, timed } from './stats.js'

export const RATIO_BOUND = 4
export const GROWTH_BOUND = 6
export const GROWTH_SLACK = 1.5
/** Below this own cost (ms) at full size, copydesk's part is too small to be what grows. */
export const NOISE_MS = 25
/** A quarter-size run slower than this skips the full size (4× it already breaks OWN_MS). */
export const QUARTER_BUDGET_MS = 2_500
export const OWN_MS = 5_000

export interface AdversarialCase {
  name: string
  /** The input at `size` units (characters, marks, digits…). */
  make(size: number): string
  size: number
}

/** Repeat `unit` until the text reaches `length` characters. */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

const MB = 1 << 20

export const CASES: readonly AdversarialCase[] = [
  { name: '1 MB of a single letter', size: MB, make: (n) => 'a'.repeat(n) },
  { name: '100,000 opening quotes', size: 100_000, make: (n) => '\u201c'.repeat(n) },
  { name: '100,000 opening quotes, each before a word', size: 100_000, make: (n) => '\u201cword '.repeat(n) },
  { name: '100,000 straight quotes, each before a word', size: 100_000, make: (n) => '"word '.repeat(n) },
  { name: '50,000 digits', size: 50_000, make: (n) => '7'.repeat(n) },
  { name: '50,000 numbers in one sentence', size: 50_000, make: (n) => 'killed 1,200 people and '.repeat(n) },
  { name: '1 MB sentence with no full stop', size: MB, make: (n) => fill('the ministry said that 40 people were killed and “more than 1,200” were injured, according to officials who said ', n) },
  { name: '1 MB of one-word sentences', size: MB, make: (n) => fill('Said. ', n) },
]

export interface AdversarialRow {
  name: string
  chars: number
  floorMs: number
  copydeskMs: number
  ratio: number
  /** The floor's time at full size over its time at a quarter (linear: about 4). */
  floorGrowth: number
  /** copydesk's time at full size over its time at a quarter. */
  growth: number
  /** The growth allowed: GROWTH_BOUND, or GROWTH_SLACK× the floor's growth when that is more. */
  growthLimit: number
  /** copydesk's own cost (its time minus the floor's) at full size. */
  ownMs: number
  messages: number
  error: string | null
  ok: boolean
  failures: string[]
}

function measure(contender: Contender, input: string, runs: number): { ms: number; messages: number } {
  let messages = 0
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    collect()
    times.push(timed(() => (messages = contender.lint(input))))
    if (times[0] > 2000) break
  }
  return { ms: median(times), messages }
}

/** Checks every message of one lint of `input` (untimed); a description of the first fault, or null. */
export type PositionCheck = (input: string) => string | null

export function measureAdversarial(floor: Contender, copydesk: Contender, checkPositions: PositionCheck, runs: number, cases: readonly AdversarialCase[] = CASES, progress?: (line: string) => void): AdversarialRow[] {
  return cases.map((spec) => {
    const full = spec.make(spec.size)
    const quarter = spec.make(Math.floor(spec.size / 4))
    const row: AdversarialRow = { name: spec.name, chars: full.length, floorMs: NaN, copydeskMs: NaN, ratio: NaN, floorGrowth: NaN, growth: NaN, growthLimit: NaN, ownMs: NaN, messages: 0, error: null, ok: false, failures: [] }
    try {
      const floorQuarter = measure(floor, quarter, runs)
      const copydeskQuarter = measure(copydesk, quarter, runs)
      if (copydeskQuarter.ms > QUARTER_BUDGET_MS) {
        // Already over budget at a quarter: the full size would take minutes. Report the quarter.
        row.floorMs = floorQuarter.ms
        row.copydeskMs = copydeskQuarter.ms
        row.messages = copydeskQuarter.messages
        row.ratio = copydeskQuarter.ms / floorQuarter.ms
        row.ownMs = Math.max(0, copydeskQuarter.ms - floorQuarter.ms)
        row.failures.push(`${(copydeskQuarter.ms / 1000).toFixed(1)} s at a quarter of the size (${row.ratio.toFixed(0)}× the floor); full size not run`)
        row.ok = false
        progress?.(`  ${spec.name}: ${row.failures.join('; ')}`)
        return row
      }
      const floorFull = measure(floor, full, runs)
      const copydeskFull = measure(copydesk, full, runs)
      row.floorMs = floorFull.ms
      row.copydeskMs = copydeskFull.ms
      row.messages = copydeskFull.messages
      row.ratio = copydeskFull.ms / floorFull.ms
      row.floorGrowth = floorFull.ms / floorQuarter.ms
      row.growth = copydeskFull.ms / copydeskQuarter.ms
      row.growthLimit = Math.max(GROWTH_BOUND, row.floorGrowth * GROWTH_SLACK)
      row.ownMs = Math.max(0, copydeskFull.ms - floorFull.ms)
      const positions = checkPositions(full)
      if (positions) row.failures.push(positions)
    } catch (error) {
      row.error = (error as Error).message.split('\n')[0]
      row.failures.push(`threw: ${row.error}`)
    }
    if (!row.error) {
      if (!(row.ratio <= RATIO_BOUND)) row.failures.push(`${row.ratio.toFixed(1)}× the floor (bound ${RATIO_BOUND}×)`)
      if (row.ownMs >= NOISE_MS && !(row.growth <= row.growthLimit)) row.failures.push(`grew ${row.growth.toFixed(1)}× for 4× the input (bound ${row.growthLimit.toFixed(1)}×)`)
      if (!(row.ownMs <= OWN_MS)) row.failures.push(`own cost ${row.ownMs.toFixed(0)} ms (bound ${OWN_MS} ms)`)
    }
    row.ok = row.failures.length === 0
    progress?.(`  ${spec.name}: ${row.ok ? 'ok' : row.failures.join('; ')}`)
    return row
  })
}
