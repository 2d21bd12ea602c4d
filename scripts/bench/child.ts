/**
 * A fresh process for measurements the parent cannot make in its own:
 *
 *   node --expose-gc --import tsx scripts/bench/child.ts memory "<contender name>" <input file>
 *   node --import tsx scripts/bench/child.ts time "<contender name>" <input file> <runs>
 *
 * memory: loads every contender, reads the input, collects garbage, notes the resident set,
 * lints the input once and prints JSON {baseRss, maxRss, ms} (bytes, milliseconds); the peak the
 * lint adds is maxRss - baseRss.
 * time: lints the input until the code is warm (at least 3 times, up to 40 times or 1.5 s), then
 * `runs` times, and prints JSON {times} (milliseconds). Each contender pays for its own garbage
 * only, which an interleaved run in one process would hand to the next contender.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pluginConfigs, presetConfigs } from './configs.js'
import { copydeskContenders, floors } from './contenders.js'
import { collect, timed } from './stats.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

async function main(): Promise<void> {
  const [mode, name, file, count] = process.argv.slice(2)
  if ((mode !== 'memory' && mode !== 'time') || !name || !file) throw new Error('usage: child.ts memory|time <contender name> <input file> [runs]')
  const contenders = [...floors(), ...copydeskContenders(pluginConfigs(), await presetConfigs(repoRoot))]
  const contender = contenders.find((c) => c.name === name)
  if (!contender) throw new Error(`no contender "${name}" (known: ${contenders.map((c) => c.name).join(', ')})`)
  const input = readFileSync(file, 'utf8')
  if (mode === 'time') {
    const started = performance.now()
    for (let w = 0; w < 40 && (w < 3 || performance.now() - started < 1500); w++) contender.lint(input)
    const times: number[] = []
    for (let r = 0; r < Number(count ?? 10); r++) times.push(timed(() => contender.lint(input)))
    process.stdout.write(`${JSON.stringify({ times })}\n`)
    return
  }
  collect()
  const baseRss = process.memoryUsage().rss
  const start = performance.now()
  contender.lint(input)
  const ms = performance.now() - start
  const maxRss = process.resourceUsage().maxRSS * 1024
  process.stdout.write(`${JSON.stringify({ baseRss, maxRss, ms })}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
