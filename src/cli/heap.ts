/**
 * V8's heap for a long run: process-wide flags set at run time, each measured on the 2,225
 * bbc_news articles as .txt files (one thread, medians of 3 or 4 interleaved runs; differences of
 * 0.1 s are within the noise of this shared machine).
 *
 * - `--heap-growing-percent=50`: a run makes much short-lived garbage (a tree per file): V8 grows
 *   the heap by at most 1.5x after a full collection (its default is up to 4x). Peak about 150 MB
 *   instead of 155 to 185 MB, in the same time (3.26 s against 3.19 s).
 * - The young generation: V8 grows a thread's from 2 × 1 MB to 2 × 16 MB while much of what it
 *   allocates survives (loading modules, keeping messages). For a thread that lints (its garbage,
 *   a tree per file, dies young) 2 × 8 MB does best: peak about 145 MB and 3.46 s, against 176 MB
 *   and 3.68 s with 2 × 16 MB (fewer scavenges, more full collections) and the same with 2 × 4 MB
 *   (twice the scavenges). Its size limit is fixed when a thread starts, but
 *   `--semi-space-growth-factor` is read at each growth: the main thread's young generation does
 *   not grow until it lints, then grows to 2 × 8 MB and stops. Worker threads get 2 × 8 MB from
 *   their resource limits (pool.ts), and the main thread's stays small: it reads and reports.
 *
 * Node resets V8's flags when it starts a worker thread: engine.ts sets them again once each is up.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'

/** The young generation of a thread that lints: two 8 MB semi-spaces. */
const LINTING_NEW_SPACE = 16 * 2 ** 20

let growing = false

/** A main thread that does not lint (yet) or a worker: 'read'; a main thread that lints: 'lint'. */
export function tuneHeap(thread: 'read' | 'lint' | 'worker'): void {
  setFlagsFromString('--heap-growing-percent=50')
  if (thread === 'worker') return
  growing = thread === 'lint' && !youngIsGrown()
  setFlagsFromString(`--semi-space-growth-factor=${growing ? 2 : 1}`)
}

function youngIsGrown(): boolean {
  const space = getHeapSpaceStatistics().find((entry) => entry.space_name === 'new_space')
  return space === undefined || space.space_size >= LINTING_NEW_SPACE
}

/** After each file the main thread lints: stop the young generation at 2 × 8 MB. */
export function stopGrowing(): void {
  if (!growing || !youngIsGrown()) return
  growing = false
  setFlagsFromString('--semi-space-growth-factor=1')
}
