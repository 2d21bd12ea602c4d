/**
 * npm run bench — how fast copydesk is, against the pipeline with no rules (the floor of each
 * format) and against alex and write-good, on ../shared/corpora/bbc_news (override with
 * COPYDESK_CORPORA), in one run on one machine with the contenders interleaved.
 *
 *   npx tsx scripts/bench.ts [--quick] [--only throughput,scaling,cold,adversarial]
 *                            [--articles N] [--no-build] [--no-memory]
 *
 * Sections: throughput and latency over the corpus (and an ~800-word article), scaling (one
 * article 1×, 4×, 16×, 64×), cold start (fresh processes), adversarial inputs. Prints a table per
 * section and the targets and bounds with their status, writes bench-results/bench.json, and exits
 * 1 when a target or bound is missed. The corpus text is read at run time and never saved.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, totalmem } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { GROWTH_BOUND, GROWTH_SLACK, measureAdversarial, OWN_MS, RATIO_BOUND, type AdversarialRow } from './bench/adversarial.js'
import { measureCold } from './bench/cold.js'
import { pluginConfigs, presetConfigs } from './bench/configs.js'
import { copydeskContenders, floorName, floors, FORMATS, others, pipeline, processorContenders, processorFloorName, toFormat, type Contender } from './bench/contenders.js'
import { measureScaling, type ScalingRow } from './bench/scaling.js'
import { countWords, mb, ms, num, times } from './bench/stats.js'
import { type Article, measureLatency, measureThroughput, nearest, type LatencyResult, type ThroughputResult } from './bench/throughput.js'
import { commitOf } from './eval/commit.js'
import { bbcFile, corporaDir, displayPath, readBbc } from './eval/corpus.js'
import { formatTable } from './eval/table.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SECTIONS = ['throughput', 'scaling', 'cold', 'adversarial'] as const
type Section = (typeof SECTIONS)[number]
const USAGE = `usage: npm run bench -- [--quick] [--only ${SECTIONS.join(',')}] [--articles N] [--no-build] [--no-memory]`

/** The README's targets. */
const TARGET_RATIO = 3
const TARGET_800_MS = 2
const ARTICLE_WORDS = 800

interface Check {
  kind: 'target' | 'bound'
  what: string
  value: string
  limit: string
  ok: boolean
}

function fatal(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`)
  process.exit(2)
}

async function loadArticles(dir: string, limit: number): Promise<Article[]> {
  const articles: Article[] = []
  for await (const record of readBbc(dir)) {
    if (articles.length >= limit) break
    const inputs = Object.fromEntries(FORMATS.map((format) => [format, toFormat(record.text, format)])) as Article['inputs']
    articles.push({ id: record.id, bytes: Buffer.byteLength(record.text), words: countWords(record.text), inputs })
  }
  return articles
}

/** The file `import 'copydesk'` resolves to (package.json's exports, else main). */
function packageEntry(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { main?: string; exports?: Record<string, string | { default?: string; import?: string }> }
  const root = pkg.exports?.['.']
  const entry = typeof root === 'string' ? root : (root?.import ?? root?.default ?? pkg.main ?? 'index.js')
  return join(repoRoot, entry)
}

/** Every message of a lint lies inside the input, start before end, and `actual` is the flagged text. */
function positionChecker(contender: Contender, plugins: Parameters<typeof pipeline>[1]): (input: string) => string | null {
  const processor = pipeline(contender.format, plugins)
  return (input) => {
    const file = new VFile(input)
    processor.runSync(processor.parse(file) as never, file)
    for (const message of file.messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start.offset : place?.offset
      const end = place && 'end' in place ? place.end.offset : start
      if (start === undefined || end === undefined || start < 0 || end > input.length || start > end) return `message "${message.reason}" at ${start}-${end} outside 0-${input.length}`
      if (message.actual !== undefined && message.actual !== input.slice(start, end)) return `message "${message.reason}": actual does not match the text at ${start}-${end}`
    }
    return null
  }
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        only: { type: 'string' },
        articles: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'no-memory': { type: 'boolean', default: false },
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
  const only = (args.only?.split(',').map((s) => s.trim()).filter(Boolean) ?? [...SECTIONS]) as Section[]
  const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name))
  if (unknown.length > 0) fatal(`--only: unknown section ${unknown.join(', ')}`)
  const quick = args.quick === true
  const limit = args.articles !== undefined ? Number(args.articles) : quick ? 300 : Infinity
  if (!(limit >= 1)) fatal('--articles needs a positive whole number')
  const wants = (section: Section): boolean => only.includes(section)

  const commit = commitOf(repoRoot)
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}`
  const corpora = corporaDir(repoRoot)
  const shown = process.env.COPYDESK_CORPORA ? corpora : '../shared/corpora'
  console.log(`copydesk bench  commit ${commit}  command: ${command}`)
  console.log(`machine: ${machine}`)

  const pluginSet = pluginConfigs()
  const presets = await presetConfigs(repoRoot)
  const processor = await processorContenders(repoRoot)
  const contenders = [...floors(), ...copydeskContenders(pluginSet, presets), ...processor, ...others()]
  const primary = presets.find((preset) => preset.name === 'recommended') ?? presets[0]
  const mainText = contenders.find((c) => c.name === `${primary.name} (text)`)!
  const floorText = contenders.find((c) => c.name === floorName('text'))!
  console.log(`copydesk: plugins ${pluginSet.map((c) => c.name).join(', ') || '(none)'}; presets: ${presets.map((p) => `${p.name} (${p.note})`).join('; ')}`)

  const checks: Check[] = []
  const json: Record<string, unknown> = { command, commit, machine, date: new Date().toISOString(), corpus: null, plugins: pluginSet.map((c) => c.name), presets: presets.map((p) => ({ name: p.name, note: p.note })) }
  const skipped: string[] = []
  const started = performance.now()
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`

  const haveCorpus = existsSync(bbcFile(corpora))
  let articles: Article[] = []
  if (!haveCorpus) {
    for (const section of ['throughput', 'scaling', 'cold'] as const) if (wants(section)) skipped.push(`skipped ${section}: ${shown}/bbc_news not found (set COPYDESK_CORPORA to the corpora folder)`)
  } else if (wants('throughput') || wants('scaling') || wants('cold')) {
    articles = await loadArticles(corpora, limit)
    const bytes = articles.reduce((sum, a) => sum + a.bytes, 0)
    const words = articles.reduce((sum, a) => sum + a.words, 0)
    json.corpus = { path: displayPath(join(corpora, 'bbc_news'), repoRoot), articles: articles.length, bytes, words }
    console.log(`corpus: ${displayPath(join(corpora, 'bbc_news'), repoRoot)} (${articles.length} articles, ${mb(bytes)} MB, ${num(words)} words)`)
  }
  const article800 = articles.length > 0 ? nearest(articles, ARTICLE_WORDS) : null

  // -- throughput and latency --------------------------------------------------------------------
  if (wants('throughput') && articles.length > 0 && article800) {
    console.log(`\n[${elapsed()}] throughput: ${contenders.length} contenders interleaved over ${articles.length} articles …`)
    const results = measureThroughput(articles, contenders, quick ? 20 : 100, (line) => console.log(line))
    const runs = quick ? 40 : 200
    console.log(`[${elapsed()}] latency: ${article800.id} (${article800.words} words), ${runs} interleaved rounds …`)
    const latency = measureLatency(article800, contenders, runs)
    printThroughput(results, latency, article800)
    json.throughput = results
    json.latency800 = { article: article800.id, words: article800.words, results: latency }
    for (const result of results) if (result.errors > 0) checks.push({ kind: 'bound', what: `${result.name}: articles that threw`, value: `${result.errors} (${result.firstError})`, limit: '0', ok: false })
    // The targets are `recommended`'s (the other presets are in the table; strict and inclusive add
    // retext-equality, which alone costs about 11× the floor).
    for (const preset of [primary]) {
      for (const format of FORMATS) {
        const row = results.find((r) => r.name === `${preset.name} (${format})`)!
        const floor = results.find((r) => r.name === floorName(format))!
        const ratio = row.seconds / floor.seconds
        checks.push({ kind: 'target', what: `${preset.name} (${format}) time / ${format} floor`, value: times(ratio), limit: `<= ${TARGET_RATIO}×`, ok: ratio <= TARGET_RATIO })
      }
      const late = latency.find((r) => r.name === `${preset.name} (text)`)!
      checks.push({ kind: 'target', what: `${preset.name} (text) on a ${article800.words}-word article, median warm`, value: `${ms(late.medianMs)} ms`, limit: `< ${TARGET_800_MS} ms`, ok: late.medianMs < TARGET_800_MS })
    }
    // lint()'s target is against the format's floor too: what a user pays over parsing with the
    // ecosystem's parser. (Its ratio to copydesk's own parser, in the table, grew when that parser
    // became faster than retext-english's: src/formats/english.ts.)
    for (const format of FORMATS) {
      const row = results.find((r) => r.name === `lint() recommended (${format})`)
      const floor = results.find((r) => r.name === floorName(format))
      if (!row || !floor) continue
      const ratio = row.seconds / floor.seconds
      checks.push({ kind: 'target', what: `lint() recommended (${format}) time / ${format} floor`, value: times(ratio), limit: `<= ${TARGET_RATIO}×`, ok: ratio <= TARGET_RATIO })
      if (format === 'text') {
        const late = latency.find((r) => r.name === row.name)!
        checks.push({ kind: 'target', what: `lint() recommended (text) on a ${article800.words}-word article, median warm`, value: `${ms(late.medianMs)} ms`, limit: `< ${TARGET_800_MS} ms`, ok: late.medianMs < TARGET_800_MS })
      }
    }
  }

  // -- scaling -------------------------------------------------------------------------------------
  if (wants('scaling') && article800) {
    const memory = args['no-memory'] !== true
    console.log(`\n[${elapsed()}] scaling: ${article800.id} (${article800.words} words) ×1, ×4, ×16, ×64, ${mainText.name} against ${floorText.name}, each in a fresh process …`)
    const runs = (scale: number): number => Math.max(quick ? 5 : 9, Math.round((quick ? 100 : 400) / scale))
    const rows = measureScaling(repoRoot, article800.inputs.text, floorText, mainText, { memory, runs, tmpDir: join(repoRoot, 'bench-results', 'tmp') })
    printScaling(rows, mainText.name)
    json.scaling = { article: article800.id, contender: mainText.name, rows }
    const first = rows[0]
    const last = rows[rows.length - 1]
    checks.push({ kind: 'target', what: `scaling: ${mainText.name} / floor at ${last.scale}× vs at ${first.scale}×`, value: `${times(last.ratio)} vs ${times(first.ratio)}`, limit: `no higher at ${last.scale}×`, ok: last.ratio <= first.ratio })
  }

  // -- cold start ----------------------------------------------------------------------------------
  if (wants('cold') && article800) {
    if (args['no-build'] !== true) {
      console.log(`\n[${elapsed()}] cold start: building dist/ (npm run build) so 'copydesk' resolves to the working tree …`)
      try {
        execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
      } catch (error) {
        const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`.split('\n').find((line) => line.trim() && !line.startsWith('npm warn'))
        console.log(`note: npm run build failed (${output ?? (error as Error).message.split('\n')[0]}); cold start uses the dist/ already built`)
      }
    }
    if (!existsSync(packageEntry())) skipped.push(`skipped cold start: ${relative(repoRoot, packageEntry())} not built (npm run build)`)
  }
  if (wants('cold') && article800 && existsSync(packageEntry())) {
    const tmp = join(repoRoot, 'bench-results', 'tmp')
    mkdirSync(tmp, { recursive: true })
    const file = join(tmp, 'article.txt')
    writeFileSync(file, article800.inputs.text)
    const runs = quick ? 3 : 9
    console.log(`[${elapsed()}] cold start: fresh processes, ${runs} runs each, interleaved, on ${article800.id} …`)
    const cold = measureCold(repoRoot, file, runs)
    printCold(cold)
    json.cold = cold
  }

  // -- adversarial ---------------------------------------------------------------------------------
  if (wants('adversarial')) {
    console.log(`\n[${elapsed()}] adversarial inputs: ${mainText.name} against ${floorText.name} …`)
    const rows = measureAdversarial(floorText, mainText, positionChecker(mainText, primary.plugins), quick ? 1 : 3, undefined, (line) => console.log(line))
    printAdversarial(rows)
    json.adversarial = { contender: mainText.name, bounds: { ratio: RATIO_BOUND, growth: GROWTH_BOUND, growthSlack: GROWTH_SLACK, ownMs: OWN_MS }, rows }
    for (const row of rows) {
      checks.push({
        kind: 'bound',
        what: `adversarial: ${row.name}`,
        value: row.error ? 'threw' : `${times(row.ratio)} floor, growth ${times(row.growth)}, own ${ms(row.ownMs)} ms`,
        limit: `<= ${RATIO_BOUND}× floor, growth <= ${times(row.growthLimit)}, own < ${OWN_MS / 1000} s`,
        ok: row.ok,
      })
    }
  }

  for (const line of skipped) console.log(line)
  if (checks.length > 0) {
    console.log('\nTargets and bounds')
    console.log(formatTable(['kind', 'what', 'value', 'limit', 'status'], checks.map((c) => [c.kind, c.what, c.value, c.limit, c.ok ? 'ok' : 'MISSED'])))
  }
  json.checks = checks
  const outDir = join(repoRoot, 'bench-results')
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`)
  console.log(`\nwrote bench-results/bench.json  (${elapsed()})`)
  const missed = checks.filter((c) => !c.ok)
  if (missed.length > 0) {
    console.error(`\n${missed.length} target(s) or bound(s) missed:`)
    for (const c of missed) console.error(`  ${c.what}: ${c.value} (limit ${c.limit})`)
    return 1
  }
  return 0
}

function printThroughput(results: ThroughputResult[], latency: LatencyResult[], article: Article): void {
  const floorOf = (row: ThroughputResult) => results.find((r) => r.name === (row.name.startsWith('lint()') || row.name.startsWith('copydesk parser') ? processorFloorName(row.format) : floorName(row.format)))!
  const alex = results.find((r) => r.name === 'alex (text)')
  console.log(`\nThroughput over the corpus (interleaved; × floor = time / the same format's floor, lint() rows against copydesk's parser; × alex = alex's time / this one's) and latency (per article; and ${article.id}, ${article.words} words)`)
  console.log(
    formatTable(
      ['contender', 'MB/s', 'words/s', 'total s', '× floor', '× alex', 'median ms', 'p95 ms', `${article.words}w median`, `${article.words}w p95`],
      results.map((r) => {
        const late = latency.find((l) => l.name === r.name)!
        return [r.name, r.mbPerSecond.toFixed(2), num(r.wordsPerSecond), r.seconds.toFixed(2), times(r.seconds / floorOf(r).seconds), alex ? times(alex.seconds / r.seconds) : '', ms(r.medianMs), ms(r.p95Ms), ms(late.medianMs), ms(late.p95Ms)]
      }),
    ),
  )
}

function printScaling(rows: ScalingRow[], name: string): void {
  const peak = (bytes: number | null) => (bytes === null ? 'n/a' : `${mb(bytes)} MB`)
  console.log(`\nScaling: one article concatenated (median of warm runs, each contender and size in its own process; peak = resident set added by one lint in a fresh process)`)
  console.log(
    formatTable(
      ['×', 'words', 'floor ms', `${name} ms`, 'floor µs/word', 'copydesk µs/word', 'ratio', 'floor peak', 'copydesk peak', 'runs'],
      rows.map((r) => [`${r.scale}×`, num(r.words), ms(r.floorMs), ms(r.copydeskMs), r.floorUsPerWord.toFixed(2), r.copydeskUsPerWord.toFixed(2), times(r.ratio), peak(r.floorPeak), peak(r.copydeskPeak), String(r.runs)]),
    ),
  )
}

function printCold(result: ReturnType<typeof measureCold>): void {
  console.log('\nCold start: a fresh process (median wall time, spawn to exit; import and first lint measured inside it)')
  console.log(formatTable(['process', 'wall ms', 'import ms', 'first lint ms', 'what'], result.cold.map((r) => [r.name, ms(r.wallMs), r.importMs === null ? '' : ms(r.importMs), r.firstMs === null ? '' : ms(r.firstMs), r.note])))
  console.log('\nFirst lint in a fresh process against later ones in the same process (lints 2-11, and the last 100 of 300: warm)')
  console.log(formatTable(['process', 'first ms', 'lints 2-11 median ms', 'warm median ms', 'first / warm'], result.warm.map((r) => [r.name, ms(r.firstMs), ms(r.earlyMedianMs), ms(r.warmMedianMs), times(r.ratio)])))
  for (const note of result.notes) console.log(`note: ${note}`)
}

function printAdversarial(rows: AdversarialRow[]): void {
  console.log(`\nAdversarial inputs (median; growth = time at full size / at a quarter of it, linear is about 4×; own = copydesk's time minus the floor's)`)
  console.log(
    formatTable(
      ['input', 'chars', 'floor ms', 'floor growth', 'copydesk ms', 'growth', '× floor', 'own ms', 'messages', 'status'],
      rows.map((r) => [r.name, num(r.chars), ms(r.floorMs), times(r.floorGrowth), ms(r.copydeskMs), times(r.growth), times(r.ratio), ms(r.ownMs), num(r.messages), r.ok ? 'ok' : `MISSED: ${r.failures.join('; ')}`]),
    ),
  )
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
