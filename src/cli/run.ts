/**
 * The lint itself, loaded once the flags are valid (so --help, --version and usage errors answer
 * without loading the rules): read --config and standard input, expand the inputs, run the engine
 * in batches, write the report to standard output and give the exit code.
 */
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { reporterJson } from 'vfile-reporter-json'
import { readConfig, type LoadedConfig } from '../node/config-loader.js'
import type { CliOptions } from './args.js'
import { createLinter, EXTENSIONS } from './engine.js'
import { batches, expandInputs } from './files.js'
import { write, type Io } from './io.js'
import { STDIN_PATH } from './reporters/common.js'
import { githubReporter } from './reporters/github.js'
import { readableReporter } from './reporters/readable.js'

/** Files per engine run: small enough that the engine's per-run costs stay flat. */
const BATCH = 200

/**
 * Worker threads for a run: none for one job (the default), else one per job, at most one per
 * file. On the 2-core machine of scripts/bench-cli.ts two workers are slower than the main thread
 * alone (about 4.0 s against 3.4 s on the 2,225 bbc_news articles, and 180 MB against 145 MB):
 * each worker loads the rules again (0.35 s) and V8 compiles them again (about 1 s of CPU time on
 * its helper threads), and one thread already keeps both cores busy (V8 compiles and collects
 * garbage beside it). With more cores the lint itself divides.
 */
export function workersFor(jobs: number | undefined, files: number): number {
  const threads = Math.min(jobs ?? 1, files)
  return threads > 1 ? threads : 0
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array))
  return new Uint8Array(Buffer.concat(chunks))
}

function useColor(io: Io): boolean {
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false'
  return io.stdoutIsTTY
}

/** Lint what the options name; resolves to the exit code. */
export async function lintCommand(options: CliOptions, io: Io): Promise<number> {
  let config: LoadedConfig | undefined
  if (options.config !== undefined) {
    try {
      config = await readConfig(options.config)
    } catch (error) {
      await write(io.stderr, `copydesk: --config ${options.config}: ${(error as Error).message}\n`)
      return 2
    }
  }

  const files: VFile[] = []
  let paths: string[] = []
  let stdinFile: VFile | undefined
  try {
    if (options.stdin) {
      stdinFile = new VFile({ path: options.stdinFilename ?? STDIN_PATH, value: await readAll(io.stdin) })
      stdinFile.data.copydeskStdin = true
    } else paths = await expandInputs(options.inputs, io.cwd, EXTENSIONS)
  } catch (error) {
    await write(io.stderr, `copydesk: ${(error as Error).message}\n`)
    return 2
  }
  const linter = createLinter({
    cwd: io.cwd,
    preset: options.preset,
    rules: options.rules,
    configPath: config?.path ?? undefined,
    workers: io.workerEntry ? workersFor(options.jobs, paths.length) : 0,
    maxFileSize: options.maxFileSize === undefined ? undefined : Math.floor(options.maxFileSize * 2 ** 20),
    workerEntry: io.workerEntry,
  })
  try {
    if (stdinFile) files.push(...(await linter.lint([stdinFile])))
    else for (const batch of batches(paths, BATCH)) files.push(...(await linter.lint(batch)))
  } catch (error) {
    await write(io.stderr, `copydesk: ${(error as Error).message}\n`)
    return 2
  } finally {
    await linter.close()
  }
  const result = { files, configErrors: linter.configErrors }
  // Standard input read with no name has no path; show it as vfile-reporter does.
  for (const file of result.files) if (file.data.copydeskStdin && !options.stdinFilename) file.history = []
  for (const file of result.files) for (const message of file.messages) fileError(message)
  if (result.files.length === 0) {
    const what = options.stdin ? `${options.stdinFilename ?? STDIN_PATH} is ignored by .copydeskignore` : `no files to lint in ${options.inputs.join(' ')} (folders are searched for ${EXTENSIONS.map((e) => '.' + e).join(' ')}; .copydeskignore may skip some)`
    await write(io.stderr, `copydesk: ${what}\n`)
  }

  const report = await render(options, result.files, io, result.configErrors.length === 0)
  await write(io.stdout, report)

  if (result.configErrors.length > 0) {
    await write(io.stderr, result.configErrors.map((message) => `copydesk: configuration error: ${message}\n`).join(''))
    return 2
  }
  return exitCode(result.files, options.frail)
}

/**
 * unified-engine's own messages about a file ("No such file or folder", "Cannot process file") have
 * no rule id and keep the system error as a cause: name them `file-error` and say the cause in one line.
 */
function fileError(message: VFileMessage): void {
  if (message.ruleId || message.fatal !== true) return
  const cause = message.cause as NodeJS.ErrnoException | undefined
  // "No such file or folder" says it all; other causes (EACCES, EISDIR, …) are worth their words.
  if (cause instanceof Error && cause.code !== 'ENOENT' && !message.reason.includes(cause.message)) message.reason = `${message.reason}: ${cause.message}`
  message.cause = undefined
  message.ruleId = 'file-error'
  message.source = 'copydesk'
}

async function render(options: CliOptions, files: VFile[], io: Io, ok: boolean): Promise<string> {
  switch (options.report) {
    case 'json':
      return reporterJson(files, { quiet: options.quiet }) + '\n'
    case 'sarif': {
      // It describes every rule: loaded here, so the main thread loads no rule when workers lint.
      const { sarifReporter } = await import('./reporters/sarif.js')
      return sarifReporter(files, { why: options.why, cwd: io.cwd, executionSuccessful: ok })
    }
    case 'github':
      return githubReporter(files, { why: options.why })
    default: {
      const text = readableReporter(files, { quiet: options.quiet, verbose: options.why, color: useColor(io), defaultName: STDIN_PATH })
      return text === '' ? '' : text + '\n'
    }
  }
}

/** 1 when an error-level message exists (or a warning with --frail); info never fails. */
export function exitCode(files: VFile[], frail: boolean): 0 | 1 {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true || (frail && message.fatal === false)) return 1
    }
  }
  return 0
}
