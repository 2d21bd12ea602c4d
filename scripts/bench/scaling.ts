/**
 * Scaling: one article concatenated 1×, 4×, 16×, 64× (paragraph breaks between copies). Each
 * (contender, size) is timed in a fresh child process, warmed up on the same text, as the median
 * of several runs: in one process the garbage one contender leaves is collected during the next
 * one's run, which at 64× hides most of copydesk's extra allocation in the floor's time. Peak
 * memory comes from another fresh child that lints the text once (resident-set peak over the
 * baseline after loading). The ratio to the floor at each size must not grow: copydesk adds no
 * cost per word that rises with the length of the text.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Contender } from './contenders.js'
import { countWords, median } from './stats.js'

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

function child(repoRoot: string, args: string[]): unknown {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(repoRoot, 'scripts/bench/child.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 20,
  })
  return JSON.parse(out.trim().split('\n').pop()!)
}

function peak(repoRoot: string, name: string, file: string): number | null {
  try {
    const { baseRss, maxRss } = child(repoRoot, ['memory', name, file]) as { baseRss: number; maxRss: number }
    return Math.max(0, maxRss - baseRss)
  } catch (error) {
    console.log(`note: memory child for ${name} failed: ${(error as Error).message.split('\n')[0]}`)
    return null
  }
}

function time(repoRoot: string, name: string, file: string, runs: number): number {
  const { times } = child(repoRoot, ['time', name, file, String(runs)]) as { times: number[] }
  return median(times)
}

export function measureScaling(
  repoRoot: string,
  article: string,
  floor: Contender,
  copydesk: Contender,
  options: { memory: boolean; runs: (scale: number) => number; tmpDir: string },
): ScalingRow[] {
  mkdirSync(options.tmpDir, { recursive: true })
  return SCALES.map((scale, s) => {
    const text = Array.from({ length: scale }, () => article).join('\n\n')
    const words = countWords(text)
    const file = join(options.tmpDir, `scale-${scale}.txt`)
    writeFileSync(file, text)
    const runs = options.runs(scale)
    // Alternate which contender goes first, size by size.
    let floorMs: number
    let copydeskMs: number
    if (s % 2 === 0) {
      floorMs = time(repoRoot, floor.name, file, runs)
      copydeskMs = time(repoRoot, copydesk.name, file, runs)
    } else {
      copydeskMs = time(repoRoot, copydesk.name, file, runs)
      floorMs = time(repoRoot, floor.name, file, runs)
    }
    const floorPeak = options.memory ? peak(repoRoot, floor.name, file) : null
    const copydeskPeak = options.memory ? peak(repoRoot, copydesk.name, file) : null
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
