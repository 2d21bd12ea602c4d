/**
 * A fresh process for one measurement the parent cannot make in its own (peak memory):
 *
 *   node --expose-gc --import tsx scripts/bench/child.ts memory "<contender name>" <input file>
 *
 * Loads every contender, reads the input, collects garbage, notes the resident set, lints the
 * input once and prints JSON: {baseRss, maxRss, ms} (bytes, milliseconds). The peak the lint
 * adds is maxRss - baseRss.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pluginConfigs, presetConfigs } from './configs.js'
import { copydeskContenders, floors } from './contenders.js'
import { collect } from './stats.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

async function main(): Promise<void> {
  const [mode, name, file] = process.argv.slice(2)
  if (mode !== 'memory' || !name || !file) throw new Error('usage: child.ts memory <contender name> <input file>')
  const contenders = [...floors(), ...copydeskContenders(pluginConfigs(), await presetConfigs(repoRoot))]
  const contender = contenders.find((c) => c.name === name)
  if (!contender) throw new Error(`no contender "${name}" (known: ${contenders.map((c) => c.name).join(', ')})`)
  const input = readFileSync(file, 'utf8')
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
