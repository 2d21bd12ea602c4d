/**
 * The command line's engine: unified-engine checks the files against .copydeskignore, reads them
 * and runs one processor on each (the CLI expands folders and globs first and hands the engine
 * batches: see files.ts). The processor's transformer finds the configuration file for the file
 * (the nearest .copydeskrc or package.json#copydesk, or --config) and has lint-file.ts parse and
 * lint it, in this thread or (--jobs) in a worker thread: see pool.ts. Either way the file gets
 * the same messages, in the same order.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Root } from 'nlcst'
import { unified, type Processor } from 'unified'
import { engine } from 'unified-engine'
import { VFile } from 'vfile'
import type { PresetName } from '../../presets/types.js'
import type { Severity } from '../lexicon/schema.js'
import { findConfigFile } from '../node/config-loader.js'
import { fatal } from '../file-errors.js'
import type { RuleId } from '../rules/ids.js'
import { stopGrowing, tuneHeap } from './heap.js'
import type { FileLinter } from './lint-file.js'
import { asError, createPool, type Pool } from './pool.js'

/** The extensions searched for in folders (files named on the command line are linted whatever theirs). */
export const EXTENSIONS = ['txt', 'md', 'markdown', 'mdx', 'html', 'htm'] as const

export interface EngineOptions {
  cwd: string
  preset?: PresetName | PresetName[]
  rules: Partial<Record<RuleId, Severity>>
  /** --config: this configuration file for every file, no search. */
  configPath?: string
  /** Worker threads that lint (0: lint in this thread). */
  workers?: number
  /** --max-file-size in bytes (default: each linting thread's maxFileSize()). */
  maxFileSize?: number
  /** The module a worker thread starts (the command's entry: see index.ts). */
  workerEntry?: URL
}

export interface Linter {
  /**
   * Lint files (paths, or a VFile whose value is the bytes read from standard input) in one
   * engine run; resolves to the files, in order, with their messages.
   */
  lint(files: (string | VFile)[]): Promise<VFile[]>
  /** Configuration problems so far (each names its file): the CLI exits 2. */
  configErrors: string[]
  /** Stop the worker threads. */
  close(): Promise<void>
}

const EMPTY = (): Root => ({ type: 'RootNode', children: [] })

/** The parser step passes: lint-file.ts parses, in the thread that lints. */
function deferParse(this: Processor): void {
  const self = this as unknown as { parser: (doc: string, file: VFile) => Root }
  self.parser = EMPTY
}

/**
 * unified-engine reads files as UTF-8 strings, which turns invalid bytes into U+FFFD. A file whose
 * text has U+FFFD or NUL is read again as bytes so copydeskParser can tell a binary or mis-encoded
 * file (a file-level error) from one that really holds those characters.
 */
function valueToLint(file: VFile): string | Uint8Array {
  const value = file.value
  if (typeof value === 'string' && file.path && !file.data.copydeskStdin && (value.includes('\uFFFD') || value.includes('\0'))) {
    try {
      return new Uint8Array(readFileSync(resolve(file.cwd, file.path)))
    } catch {
      // Keep the text the engine read.
    }
  }
  return value ?? ''
}

/**
 * A regular file read now, as unified-engine would read it (UTF-8): handed over with its text,
 * the engine neither stats nor reads it (nor looks for glob syntax in its path), which takes 40%
 * off its own time (0.34 s to 0.20 s for the 2,225 bbc_news articles). Anything else (missing, a
 * folder, unreadable, a pipe) stays a path for the engine to read or report as it always has.
 */
function readAhead(cwd: string, path: string): string | VFile {
  const absolute = resolve(cwd, path)
  let fd: number | undefined
  try {
    fd = openSync(absolute, 'r')
    if (!fstatSync(fd).isFile()) return path
    return new VFile({ path: absolute, value: readFileSync(fd, 'utf8') })
  } catch {
    return path
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Set on the file made from standard input. */
    copydeskStdin: boolean
  }
}

/** A linter whose configuration look-ups, processors and workers last across engine runs (batches). */
export function createLinter(options: EngineOptions): Linter {
  const configErrors: string[] = []
  const workers = options.workers ?? 0
  // Node resets V8's flags as a worker starts: the main thread's are set again (heap.ts).
  const pool: Pool | undefined = workers > 0 && options.workerEntry ? createPool(workers, options.workerEntry, { preset: options.preset, rules: options.rules, maxFileSize: options.maxFileSize }, () => tuneHeap('read')) : undefined
  /** In this thread: lint-file.ts and the rules it loads, once the first engine run starts. */
  let local: FileLinter | undefined

  /** The configuration file for a file, or null for none. */
  function configPathFor(file: VFile): string | null {
    if (options.configPath !== undefined) return resolve(options.configPath)
    return findConfigFile(dirname(resolve(file.cwd, file.path || 'stdin')))
  }

  /**
   * Once a file is linted its messages are put aside until the engine is done: unified-engine's
   * queue counts every file's messages each time one file finishes (quadratic in files × messages).
   */
  const stashed = new Map<VFile, VFile['messages']>()
  function stash(file: VFile): void {
    if (file.messages.length === 0 || file.messages.some((message) => message.fatal === true)) return
    stashed.set(file, file.messages)
    file.messages = []
  }

  function configFailed(file: VFile, text: string): void {
    if (!configErrors.includes(text)) configErrors.push(text)
    fatal(file, `copydesk could not use the configuration for this file: ${text}`, 'config-error')
  }

  /** The transformer: lint the file here or in a worker, then hand back an empty tree. */
  function copydeskCli() {
    return (_tree: Root, file: VFile, next: (error?: Error, tree?: Root) => void): void => {
      /**
       * The file's messages are all there: on to the engine's queue at once. The queue flushes the
       * files done so far as soon as every file without an error is among them, so a file must
       * never hold an error-level message without being queued: it would miss that flush and
       * then wait forever for files already gone.
       */
      const finish = (configError: string | undefined): void => {
        if (!pool) stopGrowing()
        if (configError !== undefined) configFailed(file, configError)
        else stash(file)
        // The report needs the messages, not the text: a long run keeps thousands of files.
        file.value = ''
        // unified-engine keeps every file's tree until all are done: an empty one costs nothing.
        next(undefined, EMPTY())
      }
      const value = valueToLint(file)
      const config = configPathFor(file)
      if (pool) {
        pool.lint(file, { path: file.path, cwd: file.cwd, value, stdin: file.data.copydeskStdin === true, config }, finish)
        return
      }
      // Not before the engine has started every file of the run: a file it could not find fails
      // then and is queued; a file read ahead (engine.ts) and linted at once would be done before
      // it and flushed without it, and the failed file would wait forever. (Files the engine reads
      // itself, or workers lint, are never done that soon.)
      setImmediate(() => {
        const linter = local!
        file.value = value
        const loaded = linter.configFor(config)
        if (loaded instanceof Promise) loaded.then((value) => finish(linter.lintFile(file, value)), (error: unknown) => finish(linter.lintFile(file, asError(error))))
        else finish(linter.lintFile(file, loaded))
      })
    }
  }

  const processor = unified().use(deferParse).use(copydeskCli)

  const run = (files: (string | VFile)[]): Promise<VFile[]> =>
    new Promise((resolvePromise, reject) => {
      engine(
        {
          processor,
          files,
          cwd: options.cwd,
          extensions: [...EXTENSIONS],
          ignoreName: '.copydeskignore',
          // A changed-files list in CI may name an ignored file: skip it, do not fail on it.
          silentlyIgnore: true,
          detectConfig: false,
          out: false,
          output: false,
          // The CLI writes the report itself (to standard output).
          reporter: () => '',
          color: false,
        },
        (error, _code, context) => {
          if (error) {
            reject(error)
            return
          }
          const done = context?.files ?? []
          for (const file of done) {
            const messages = stashed.get(file)
            if (messages) file.messages = messages
            stashed.delete(file)
          }
          resolvePromise(done.filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored))
        },
      )
    })

  const lint = async (files: (string | VFile)[]): Promise<VFile[]> => {
    if (!pool && !local) {
      const { createFileLinter } = await import('./lint-file.js')
      local = createFileLinter({ preset: options.preset, rules: options.rules, maxFileSize: options.maxFileSize })
      // This thread lints: let its young generation grow, to a point (heap.ts).
      tuneHeap('lint')
    }
    return run(files.map((file) => (typeof file === 'string' ? readAhead(options.cwd, file) : file)))
  }

  return { lint, configErrors, close: async () => pool?.close() }
}
