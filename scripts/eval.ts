/**
 * npm run eval — measure copydesk against the evaluation corpora in ../shared/corpora (override
 * with COPYDESK_CORPORA). Prints one table (corpus, split, commit, measure, value, floor, status),
 * writes the same rows to eval-results/eval.json, and exits 1 when an enforced floor in
 * eval/floors.json is not met (or an article fails to parse or lint).
 *
 *   npx tsx scripts/eval.ts [--split dev|train] [--only polnear,bbc_news]
 *                           [--sample N --rule <rule-id> [--seed S]]
 *
 * The corpora are copyrighted: they are read at run time and never written into the repository
 * (samples are printed, never saved). Row groups live in scripts/eval/<corpus>.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createAnalyzer } from './eval/analyze.js'
import { BABE, runBabe } from './eval/babe.js'
import { commitOf } from './eval/commit.js'
import { BBC, runBbc } from './eval/bbc.js'
import { corporaDir, displayPath, POLNEAR_SPLITS, type PolnearSplit } from './eval/corpus.js'
import { floorKey, formatFloor, judge, parseFloors } from './eval/floors.js'
import { POLNEAR, runPolnear } from './eval/polnear.js'
import { PTC, runPtc } from './eval/ptc.js'
import { loadPlugins } from './eval/plugins.js'
import { formatValue, type GroupResult, type Row } from './eval/rows.js'
import { formatTable } from './eval/table.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const USAGE = 'usage: npm run eval -- [--split dev|train] [--only polnear,bbc_news] [--sample N --rule <rule-id> [--seed S]]'

function fatal(message: string): never {
  console.error(`eval: ${message}\n${USAGE}`)
  process.exit(2)
}

interface Group {
  /** Names accepted by --only. */
  names: string[]
  /** Folder under the corpora directory. */
  folder: string
  run(): Promise<GroupResult>
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      options: {
        split: { type: 'string', default: 'dev' },
        only: { type: 'string' },
        sample: { type: 'string' },
        rule: { type: 'string' },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values
  } catch (error) {
    fatal((error as Error).message)
  }
  if (args.help) {
    console.log(USAGE)
    return 0
  }
  const split = args.split as PolnearSplit
  if (!POLNEAR_SPLITS.includes(split)) fatal(`--split must be one of ${POLNEAR_SPLITS.join(', ')}`)
  let sample: { size: number; rule: string; seed: number } | undefined
  if (args.sample !== undefined || args.rule !== undefined) {
    const size = Number(args.sample)
    const seed = Number(args.seed)
    if (!Number.isInteger(size) || size < 1) fatal('--sample needs a positive whole number')
    if (!args.rule) fatal('--sample needs --rule <rule-id>')
    if (!Number.isInteger(seed)) fatal('--seed needs a whole number')
    sample = { size, rule: args.rule, seed }
  }

  const corpora = corporaDir(repoRoot)
  const shown = process.env.COPYDESK_CORPORA ? corpora : '../shared/corpora'
  if (!existsSync(corpora)) {
    console.log(`skipped: ${shown} not found (set COPYDESK_CORPORA to the corpora folder to run the evaluation)`)
    return 0
  }

  const floorsFile = join(repoRoot, 'eval', 'floors.json')
  const floors = existsSync(floorsFile) ? parseFloors(JSON.parse(readFileSync(floorsFile, 'utf8')), 'eval/floors.json') : new Map()
  const commit = commitOf(repoRoot)
  const plugins = await loadPlugins(repoRoot)
  const analyze = createAnalyzer(plugins.loaded)

  const groups: Group[] = [
    { names: [POLNEAR], folder: 'polnear', run: () => runPolnear({ corporaDir: corpora, split, analyze, plugins }) },
    { names: [BBC, 'bbc'], folder: 'bbc_news', run: () => runBbc({ corporaDir: corpora, analyze, plugins, sample }) },
    { names: [BABE], folder: 'babe', run: () => runBabe({ corporaDir: corpora, plugins }) },
    { names: [PTC, 'ptc'], folder: 'ptc_semeval2020', run: () => runPtc({ corporaDir: corpora, plugins }) },
  ]
  const only = args.only?.split(',').map((name) => name.trim()).filter(Boolean)
  if (only) {
    const unknown = only.filter((name) => !groups.some((group) => group.names.includes(name)))
    if (unknown.length > 0) fatal(`--only: unknown corpus ${unknown.join(', ')} (known: ${groups.map((group) => group.names[0]).join(', ')})`)
  }

  if (sample && only && !only.some((name) => groups[1].names.includes(name))) fatal('--sample reads bbc_news: include it in --only')
  const command = ['npx tsx scripts/eval.ts', ...process.argv.slice(2)].join(' ')
  console.log(`copydesk eval  commit ${commit}  corpora ${displayPath(corpora, repoRoot)}  split ${split}  command: ${command}`)
  console.log(`plugins: ${plugins.describe()}`)
  const results: GroupResult[] = []
  const skipped: string[] = []
  for (const group of groups) {
    if (only && !group.names.some((name) => only.includes(name))) continue
    if (!existsSync(join(corpora, group.folder))) {
      skipped.push(`skipped: ${shown}/${group.folder} not found`)
      continue
    }
    results.push(await group.run())
  }

  const rows: Row[] = []
  const failures: string[] = []
  for (const result of results) {
    for (const measureRow of result.rows) {
      const key = floorKey(result.corpus, result.split, measureRow.measure)
      const floor = floors.get(key)
      const judgement = judge(measureRow.value, floor)
      if (judgement.failed) failures.push(`${key} = ${formatValue(measureRow)}, floor ${formatFloor(floor)}`)
      rows.push({
        corpus: result.corpus,
        split: result.split,
        commit,
        ...measureRow,
        display: formatValue(measureRow),
        floor: formatFloor(floor),
        status: judgement.status,
        enforced: floor ? floor.enforced : null,
      })
    }
  }
  // A floor that names no row is a typo or a renamed measure: say so (and fail if it is enforced).
  const ran = new Set(results.map((result) => `${result.corpus}/${result.split}/`))
  for (const [key, floor] of floors) {
    const prefix = key.slice(0, key.lastIndexOf('/') + 1)
    if (!ran.has(prefix) || rows.some((row) => floorKey(row.corpus, row.split, row.measure) === key)) continue
    const line = `${key}: floor ${formatFloor(floor)} names no measure`
    if (floor.enforced) failures.push(line)
    else console.log(`note: ${line}`)
  }

  for (const line of skipped) console.log(line)
  console.log()
  console.log(formatTable(['corpus', 'split', 'commit', 'measure', 'value', 'floor', 'status'], rows.map((row) => [row.corpus, row.split, row.commit, row.measure, row.display, row.floor, row.status])))
  console.log()
  for (const result of results) {
    const words = result.rows.find((row) => row.measure === 'words')?.value
    console.log(`${result.corpus} ${result.split}: ${result.articles} articles${words ? `, ${words} words` : ''} in ${result.seconds.toFixed(1)} s`)
  }

  const outDir = join(repoRoot, 'eval-results')
  mkdirSync(outDir, { recursive: true })
  const json = { command, commit, corpora: displayPath(corpora, repoRoot), split, plugins: plugins.describe(), rows }
  writeFileSync(join(outDir, 'eval.json'), `${JSON.stringify(json, null, 2)}\n`)
  console.log(`wrote eval-results/eval.json (${rows.length} rows)`)

  let status = 0
  for (const result of results) {
    if (result.errors.length === 0) continue
    status = 1
    console.error(`\n${result.corpus} ${result.split}: ${result.errors.length} article(s) failed to parse or lint; first:`)
    for (const error of result.errors.slice(0, 3)) console.error(`  ${error.id}: ${error.message.split('\n').slice(0, 4).join('\n    ')}`)
  }
  if (failures.length > 0) {
    status = 1
    console.error(`\nenforced floors not met (${failures.length}):`)
    for (const failure of failures) console.error(`  ${failure}`)
  }
  for (const result of results) if (result.extra) console.log(`\n${result.extra.join('\n')}`)
  return status
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  },
)
