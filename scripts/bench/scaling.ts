/**
 * Scaling: one article concatenated 1×, 4×, 16×, 64× (paragraph breaks between copies). Time is
 * the median of interleaved runs in this process, each started on a collected heap; peak memory comes from a fresh child process
 * per (contender, size) that lints the text once (resident-set peak over the baseline after
 * loading). The ratio to the floor at each size must not grow: copydesk adds no cost per word
 * that rises with the length of the text.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Contender } from './contenders.js'
import { collect, countWords, median, timed } from './stats.js'

export const SCALES = [1, 4, 16, 64] as const

export interface ScalingRow {
  scale: number
  words: number
  bytes: number
  floorMs: number
  copydeskMs: number
  floorUsPerWord: number
  copydeskUsPerWord: number
  ratio: number
  /** Peak resident set added by one lint in a fresh process, bytes; null when not measured. */
  floorPeak: number | null
  copydeskPeak: number | null
  runs: number
}

function peak(repoRoot: string, name: string, file: string): number | null {
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(repoRoot, 'scripts/bench/child.ts'), 'memory', name, file], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 20,
    })
    const { baseRss, maxRss } = JSON.parse(out.trim().split('\n').pop()!) as { baseRss: number; maxRss: number }
    return Math.max(0, maxRss - baseRss)
  } catch (error) {
    console.log(`note: memory child for ${name} failed: ${(error as Error).message.split('\n')[0]}`)
    return null
  }
}

export function measureScaling(
  repoRoot: string,
  article: string,
  floor: Contender,
  copydesk: Contender,
  options: { memory: boolean; budgetMs: number; tmpDir: string },
): ScalingRow[] {
  mkdirSync(options.tmpDir, { recursive: true })
  return SCALES.map((scale) => {
    const text = Array.from({ length: scale }, () => article).join('\n\n')
    const words = countWords(text)
    // Warm both, then alternate; enough runs for a stable median within the budget.
    floor.lint(text)
    copydesk.lint(text)
    const first = timed(() => copydesk.lint(text))
    const runs = Math.max(7, Math.min(300, Math.round(options.budgetMs / Math.max(first, 0.05))))
    const floorTimes: number[] = []
    const copydeskTimes: number[] = []
    // Each run starts from a collected heap (the collections a run causes are its own cost).
    const timeFloor = (): void => {
      collect()
      floorTimes.push(timed(() => floor.lint(text)))
    }
    const timeCopydesk = (): void => {
      collect()
      copydeskTimes.push(timed(() => copydesk.lint(text)))
    }
    for (let r = 0; r < runs; r++) {
      if (r % 2 === 0) {
        timeFloor()
        timeCopydesk()
      } else {
        timeCopydesk()
        timeFloor()
      }
    }
    const floorMs = median(floorTimes)
    const copydeskMs = median(copydeskTimes)
    let floorPeak: number | null = null
    let copydeskPeak: number | null = null
    if (options.memory) {
      const file = join(options.tmpDir, `scale-${scale}.txt`)
      writeFileSync(file, text)
      floorPeak = peak(repoRoot, floor.name, file)
      copydeskPeak = peak(repoRoot, copydesk.name, file)
    }
    return {
      scale,
      words,
      bytes: Buffer.byteLength(text),
      floorMs,
      copydeskMs,
      floorUsPerWord: (floorMs * 1000) / words,
      copydeskUsPerWord: (copydeskMs * 1000) / words,
      ratio: copydeskMs / floorMs,
      floorPeak,
      copydeskPeak,
      runs,
    }
  })
}
