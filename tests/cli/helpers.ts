/**
 * Run the real `copydesk` command as a child process: its entry, src/cli/index.ts, bundled by
 * esbuild into one file in a private temporary folder, with the options the package's `bin`
 * (dist/bin/copydesk.js, `npm run build`) is built with (scripts/bin-options.ts). Not dist/: it
 * may be stale in a working copy, and the pack test rebuilds it while other suites run.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { binOptions } from '../../scripts/bin-options.js'

export const root = resolve(import.meta.dirname, '../..')
export const fixtures = resolve(import.meta.dirname, 'fixtures')

export interface Built {
  /** The CLI entry to run with node. */
  bin: string
  dispose(): void
}

/** Bundle the CLI into a temporary folder. */
export function buildCli(): Built {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  const options = binOptions(root, join(dir, 'copydesk.mjs'))
  // esbuild's API in a plain Node process (its bin may be the native binary or a JS shim).
  execFileSync(process.execPath, ['-e', `require('esbuild').buildSync(${JSON.stringify(options)})`], { cwd: root, stdio: 'pipe' })
  return { bin: options.outfile, dispose: () => rmSync(dir, { recursive: true, force: true }) }
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
