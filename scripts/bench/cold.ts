/**
 * Cold start: a fresh `node` process that imports a linter and lints one article, timed from
 * spawn to exit (the median of several, interleaved), against alex's API and alex's CLI; and the
 * first lint in a fresh process against warm ones in the same process.
 *
 * copydesk is imported as users import it: `import … from 'copydesk'`, which resolves to the
 * built package (dist/, by package.json's exports) through Node's self-reference, and lints with
 * `lintSync(text)` (the `recommended` preset on plain text); a build without `lintSync` runs every
 * `retext…` export of the package on retext-english instead. Until copydesk has a CLI, its row is the API run (a CLI
 * adds reading the file and a reporter); when package.json's `bin` gains `copydesk`, the CLI row
 * uses it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { median } from './stats.js'

/** Lints after the first in the warm run; the steady state is read from the last 100. */
const WARM_RUNS = 300

/** Child script: import, lint argv[1] once, and with argv[2] === 'warm' WARM_RUNS more times. */
function script(imports: string, setup: string): string {
  return [
    'const t0 = performance.now()',
    "const { readFileSync } = await import('node:fs')",
    imports,
    'const imported = performance.now()',
    'const text = readFileSync(process.argv[1], "utf8")',
    setup,
    'let s = performance.now()',
    'lint(text)',
    'const firstMs = performance.now() - s',
    'const warm = []',
    `if (process.argv[2] === 'warm') for (let i = 0; i < ${WARM_RUNS}; i++) { s = performance.now(); lint(text); warm.push(performance.now() - s) }`,
    'console.log(JSON.stringify({ startup: t0, importMs: imported - t0, firstMs, warm }))',
  ].join('\n')
}

const COPYDESK = script(
  [
    "const { unified } = await import('unified')",
    "const { default: retextEnglish } = await import('retext-english')",
    "const { VFile } = await import('vfile')",
    "const copydesk = await import('copydesk')",
  ].join('\n'),
  [
    'let lint',
    'if (typeof copydesk.lintSync === "function") lint = (value) => copydesk.lintSync(value).messages.length',
    'else {',
    '  const plugins = Object.entries(copydesk).filter(([name, value]) => /^retext[A-Z]/.test(name) && typeof value === "function").map(([, value]) => value)',
    '  const processor = unified().use(retextEnglish).use(plugins).freeze()',
    '  lint = (value) => { const file = new VFile(value); processor.runSync(processor.parse(file), file); return file.messages.length }',
    '}',
  ].join('\n'),
)

const FLOOR = script(
  ["const { unified } = await import('unified')", "const { default: retextEnglish } = await import('retext-english')", "const { VFile } = await import('vfile')"].join('\n'),
  [
    'const processor = unified().use(retextEnglish).freeze()',
    'const lint = (value) => { const file = new VFile(value); processor.runSync(processor.parse(file), file); return file.messages.length }',
  ].join('\n'),
)

const ALEX = script("const { text: alex } = await import('alex')", 'const lint = (value) => alex(value).messages.length')

export interface ColdRow {
  name: string
  /** Median wall time of a fresh process, spawn to exit. */
  wallMs: number
  /** Inside the process (medians over the runs): time to import, and the first lint. */
  importMs: number | null
  firstMs: number | null
  runs: number
  note: string
}

export interface WarmRow {
  name: string
  firstMs: number
  /** Lints 2 to 11: what an editor gets in its first seconds (the code is not yet optimised). */
  earlyMedianMs: number
  /** The last 100 of WARM_RUNS lints: steady state. */
  warmMedianMs: number
  ratio: number
}

interface Spec {
  name: string
  args: (file: string, mode: string) => string[]
  note: string
  /** Prints the timing JSON (scripts above), so the in-process figures can be read. */
  reports: boolean
}

function run(repoRoot: string, spec: Spec, file: string, mode: string): { wall: number; report: { importMs: number; firstMs: number; warm: number[] } | null; error: string | null } {
  const start = performance.now()
  const result = spawnSync(process.execPath, spec.args(file, mode), { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 << 20 })
  const wall = performance.now() - start
  if (result.error) return { wall, report: null, error: result.error.message }
  if (!spec.reports) return { wall, report: null, error: result.status === null ? `killed by ${result.signal}` : null }
  if (result.status !== 0) return { wall, report: null, error: (result.stderr || `exit ${result.status}`).split('\n').find(Boolean) ?? 'failed' }
  return { wall, report: JSON.parse(result.stdout.trim().split('\n').pop()!), error: null }
}

export function measureCold(repoRoot: string, articleFile: string, runs: number): { cold: ColdRow[]; warm: WarmRow[]; notes: string[] } {
  const notes: string[] = []
  const inline = (code: string) => (file: string, mode: string) => ['--input-type=module', '-e', code, '--', file, mode]
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> }
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.copydesk
  const specs: Spec[] = [
    { name: 'node (empty script)', args: () => ['-e', ''], note: 'process start-up alone', reports: false },
    { name: 'floor: retext-english (API)', args: inline(FLOOR), note: 'import unified + retext-english, lint once', reports: true },
    { name: 'copydesk (API)', args: inline(COPYDESK), note: "import 'copydesk' (dist/), lintSync(text) once: recommended on text", reports: true },
    { name: 'alex (API)', args: inline(ALEX), note: "import { text } from 'alex', lint once", reports: true },
    {
      name: 'alex (CLI)',
      args: (file) => [join(repoRoot, 'node_modules/alex/cli.js'), '--text', '--quiet', file],
      note: 'alex --text --quiet <article>: reads the file, lints, reports',
      reports: false,
    },
  ]
  if (bin && existsSync(join(repoRoot, bin))) {
    specs.push({ name: 'copydesk (CLI)', args: (file) => [join(repoRoot, bin), file], note: `${bin} <article>`, reports: false })
  } else {
    notes.push('copydesk has no CLI yet (no "copydesk" in package.json "bin", or it is not built): its cold start is the API row; a CLI adds reading the file and a reporter')
  }
  const walls = specs.map(() => [] as number[])
  const imports = specs.map(() => [] as number[])
  const firsts = specs.map(() => [] as number[])
  const errors = specs.map(() => null as string | null)
  // One untimed round fills the file-system cache for every contender alike.
  for (const spec of specs) run(repoRoot, spec, articleFile, 'once')
  for (let r = 0; r < runs; r++) {
    specs.forEach((_, j) => {
      const s = (r + j) % specs.length
      const result = run(repoRoot, specs[s], articleFile, 'once')
      walls[s].push(result.wall)
      if (result.report) {
        imports[s].push(result.report.importMs)
        firsts[s].push(result.report.firstMs)
      }
      if (result.error) errors[s] ??= result.error
    })
  }
  const cold = specs.map((spec, s) => ({
    name: spec.name,
    wallMs: median(walls[s]),
    importMs: imports[s].length > 0 ? median(imports[s]) : null,
    firstMs: firsts[s].length > 0 ? median(firsts[s]) : null,
    runs,
    note: errors[s] ? `${spec.note}; ERROR: ${errors[s]}` : spec.note,
  }))
  const warm: WarmRow[] = []
  specs.forEach((spec, s) => {
    if (!spec.reports) return
    const result = run(repoRoot, spec, articleFile, 'warm')
    if (!result.report) {
      notes.push(`${spec.name}: warm run failed (${result.error})`)
      return
    }
    // The first lint: the median over the fresh processes above (and this one).
    const firstMs = median([...firsts[s], result.report.firstMs])
    const warmMedianMs = median(result.report.warm.slice(-100))
    const earlyMedianMs = median(result.report.warm.slice(0, 10))
    warm.push({ name: spec.name, firstMs, earlyMedianMs, warmMedianMs, ratio: firstMs / warmMedianMs })
  })
  return { cold, warm, notes }
}
