/**
 * npx tsx scripts/bench-cli.ts — the copydesk command against alex's on the same files, whole
 * process: the 2,225 articles of ../shared/corpora/bbc_news (override with COPYDESK_CORPORA) are
 * written as .txt files into a temporary folder, then `copydesk <folder>` (the built bin,
 * dist/bin/copydesk.js) and `alex <folder>` run in turn, interleaved, several times each. Prints
 * the median, fastest and slowest wall time, the median CPU time and the peak memory (maximum
 * resident set size), read through process.resourceUsage() in each child, per command, and the
 * goals: a tenth of alex's time and under 200 MB. Writes bench-results/bench-cli.json. The corpus text is never saved in
 * the repository; the temporary folder is removed.
 *
 * The load average is printed before and after: other jobs on the machine slow both commands.
 *
 *   npx tsx scripts/bench-cli.ts [--runs N] [--no-alex] [--no-build] [--report json|sarif|github] [--jobs N]
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { bbcFile, corporaDir, displayPath, readBbc } from './eval/corpus.js'
import { median } from './bench/stats.js'
import { formatTable } from './eval/table.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(root, 'dist/bin/copydesk.js')
const ALEX = join(root, 'node_modules/alex/cli.js')
const TIME_GOAL = 0.1
const MEMORY_GOAL_MB = 200

interface Sample {
  seconds: number
  /** User plus system CPU time: steadier than wall time on a busy machine. */
  cpuSeconds: number
  peakMb: number
  code: number | null
}

function fail(message: string): never {
  console.error(`bench-cli: ${message}`)
  process.exit(2)
}

/** Whether dist/ is older than any source file the CLI is built from. */
function stale(): boolean {
  if (!existsSync(BIN)) return true
  const built = statSync(BIN).mtimeMs
  const newest = (dir: string): number => {
    let max = 0
    for (const entry of execFileSync('git', ['ls-files', dir], { cwd: root, encoding: 'utf8' }).split('\n')) {
      if (entry && existsSync(join(root, entry))) max = Math.max(max, statSync(join(root, entry)).mtimeMs)
    }
    return max
  }
  return Math.max(newest('src'), newest('presets')) > built
}

/** Run a Node program to the end with its output discarded; wall time and the child's own peak RSS. */
function measure(script: string, args: string[], cwd: string, preload: string): Promise<Sample> {
  const report = join(tmpdir(), `copydesk-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`)
  return new Promise((done, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, script, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, NO_COLOR: '1', COPYDESK_BENCH_RSS: report },
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      let peakMb = Number.NaN
      let cpuSeconds = Number.NaN
      try {
        const usage = JSON.parse(readFileSync(report, 'utf8')) as NodeJS.ResourceUsage
        peakMb = usage.maxRSS / 1024
        cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6
        rmSync(report, { force: true })
      } catch {
        // The child died before it could say.
      }
      done({ seconds, cpuSeconds, peakMb, code })
    })
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, 'no-alex': { type: 'boolean' }, 'no-build': { type: 'boolean' }, report: { type: 'string' }, jobs: { type: 'string' } },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of at least 1; got ${values.runs}`)
  const corpus = bbcFile(corporaDir(root))
  if (!existsSync(corpus)) {
    console.log(`bench-cli: skipped: ${displayPath(corpus, root)} is absent (set COPYDESK_CORPORA)`)
    return
  }
  if (!values['no-build'] && stale()) {
    console.log('bench-cli: dist/ is older than the sources: npm run build')
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
  }
  if (!existsSync(BIN)) fail(`${displayPath(BIN, root)} is missing: run npm run build`)

  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-cli-'))
  try {
    const articles = join(dir, 'bbc_news')
    mkdirSync(articles)
    let count = 0
    let bytes = 0
    for await (const article of readBbc(corporaDir(root))) {
      writeFileSync(join(articles, `${article.id}.txt`), article.text)
      count++
      bytes += Buffer.byteLength(article.text)
    }
    // Reports each child's own resource usage (peak resident set size in KB, CPU time) when it exits.
    const preload = join(dir, 'usage.mjs')
    writeFileSync(
      preload,
      "import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.COPYDESK_BENCH_RSS, JSON.stringify(process.resourceUsage())))\n",
    )

    const reportFlags = [...(values.report ? ['--report', values.report] : []), ...(values.jobs ? ['--jobs', values.jobs] : [])]
    const commands = [
      { name: `copydesk bbc_news/${reportFlags.length ? ' ' + reportFlags.join(' ') : ''}`, script: BIN, args: ['bbc_news', ...reportFlags] },
      ...(values['no-alex'] ? [] : [{ name: 'alex bbc_news/', script: ALEX, args: ['bbc_news'] }]),
    ]
    const samples = new Map<string, Sample[]>(commands.map((c) => [c.name, []]))
    const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' ')
    const loadBefore = load()
    console.log(`bench-cli: ${count} articles (${(bytes / 1e6).toFixed(1)} MB) as .txt files; ${runs} runs each, interleaved; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${loadBefore}`)
    for (let run = 1; run <= runs; run++) {
      for (const command of commands) {
        const sample = await measure(command.script, command.args, dir, preload)
        samples.get(command.name)!.push(sample)
        console.log(`  run ${run}: ${command.name.padEnd(20)} ${sample.seconds.toFixed(2)} s (CPU ${sample.cpuSeconds.toFixed(2)} s), ${sample.peakMb.toFixed(0)} MB, exit ${sample.code}`)
      }
    }

    const loadAfter = load()
    console.log(`  load average after the runs: ${loadAfter}`)
    const rows = commands.map((command) => {
      const list = samples.get(command.name)!
      const times = list.map((s) => s.seconds)
      return {
        command: command.name,
        runs: list.length,
        median: median(times),
        min: Math.min(...times),
        max: Math.max(...times),
        cpu: median(list.map((s) => s.cpuSeconds)),
        peakMb: Math.max(...list.map((s) => s.peakMb)),
        exit: [...new Set(list.map((s) => s.code))].join('/'),
      }
    })
    console.log()
    console.log(
      formatTable(
        ['command', 'runs', 'median s', 'fastest s', 'slowest s', 'median CPU s', 'peak RSS MB', 'exit'],
        rows.map((r) => [r.command, String(r.runs), r.median.toFixed(2), r.min.toFixed(2), r.max.toFixed(2), r.cpu.toFixed(2), r.peakMb.toFixed(0), r.exit]),
      ),
    )
    const ours = rows[0]!
    const alex = rows[1]
    const checks: string[] = []
    if (alex) {
      const ratio = ours.median / alex.median
      checks.push(`time: copydesk takes ${(ratio * 100).toFixed(1)}% of alex's median wall time (goal ≤ ${TIME_GOAL * 100}%): ${ratio <= TIME_GOAL ? 'met' : 'missed'}`)
      checks.push(`      and ${((ours.cpu / alex.cpu) * 100).toFixed(1)}% of its CPU time`)
    }
    checks.push(`memory: copydesk peaks at ${ours.peakMb.toFixed(0)} MB (goal < ${MEMORY_GOAL_MB} MB): ${ours.peakMb < MEMORY_GOAL_MB ? 'met' : 'missed'}`)
    console.log()
    for (const line of checks) console.log(line)

    const out = join(root, 'bench-results')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'bench-cli.json'), JSON.stringify({ articles: count, bytes, runs, node: process.version, cores: cpus().length, load: { before: loadBefore, after: loadAfter }, rows, samples: Object.fromEntries(samples) }, undefined, 2) + '\n')
    console.log(`\nwrote ${displayPath(join(out, 'bench-cli.json'), root)}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
