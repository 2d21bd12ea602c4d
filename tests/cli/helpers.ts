/**
 * Run the real `copydesk` command as a child process. The sources are transpiled (esbuild, no
 * bundling, one file for one file) into a private temporary folder first: dist/ may be stale in a
 * working copy, and the pack test rebuilds it while other suites run, so a test that ran
 * dist/src/cli/index.js could read a half-written file. tsc's build of the same sources is what
 * the package's `bin` runs; `npm run build` type-checks it.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '../..')
export const fixtures = resolve(import.meta.dirname, 'fixtures')

function sources(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(join(entry.parentPath, entry.name))
  }
  return out
}

export interface Built {
  /** The CLI entry to run with node. */
  bin: string
  dispose(): void
}

/** Transpile src/ and presets/ into a temporary folder that resolves the repository's node_modules. */
export function buildCli(): Built {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  const entries = [...sources(join(root, 'src')), ...sources(join(root, 'presets'))].map((file) => relative(root, file))
  const options = { entryPoints: entries, outdir: dir, outbase: '.', format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' }
  // esbuild's API in a plain Node process (its bin may be the native binary or a JS shim).
  execFileSync(process.execPath, ['-e', `require('esbuild').buildSync(${JSON.stringify(options)})`], { cwd: root, stdio: 'pipe' })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { bin: join(dir, 'src/cli/index.js'), dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd?: string
  /** Bytes or text for standard input (otherwise it is closed empty). */
  input?: string | Uint8Array
  env?: NodeJS.ProcessEnv
}

export function runCli(bin: string, args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env }
    delete env.FORCE_COLOR
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? fixtures,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }))
    child.stdin.end(options.input ?? '')
  })
}
