/**
 * The command line's engine: unified-engine checks the files against .copydeskignore, reads them
 * and runs one processor on each (the CLI expands folders and globs first and hands the engine
 * batches: see files.ts). Its parser is copydeskParser (the format from each file's extension);
 * its transformer loads the configuration for the file with the same loader as `copydesk/node`
 * (the nearest .copydeskrc or package.json#copydesk, or --config), applies --preset and --rule,
 * and runs `createProcessor({config, preset, format})`, so the cascade, presets and formats behave
 * exactly as `lint()`.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Root } from 'nlcst'
import { unified, type Processor } from 'unified'
import { engine } from 'unified-engine'
import type { VFile } from 'vfile'
import type { PresetName } from '../../presets/types.js'
import type { Config } from '../config.js'
import { copydeskParser } from '../formats/index.js'
import type { Severity } from '../lexicon/schema.js'
import { createProcessor } from '../lint.js'
import { findConfigFile, readConfig, type LoadedConfig } from '../node/config-loader.js'
import type { RuleId } from '../rules/ids.js'

/** The extensions searched for in folders (files named on the command line are linted whatever theirs). */
export const EXTENSIONS = ['txt', 'md', 'markdown', 'mdx', 'html', 'htm'] as const

export interface EngineOptions {
  cwd: string
  preset?: PresetName | PresetName[]
  rules: Partial<Record<RuleId, Severity>>
  /** --config: this configuration for every file, no search. */
  config?: LoadedConfig
}

export interface Linter {
  /**
   * Lint files (paths, or a VFile whose value is the bytes read from standard input) in one
   * engine run; resolves to the files, in order, with their messages.
   */
  lint(files: (string | VFile)[]): Promise<VFile[]>
  /** Configuration problems so far (each names its file): the CLI exits 2. */
  configErrors: string[]
}

type Loaded = { config: Config; path: string | null }

const EMPTY = (): Root => ({ type: 'RootNode', children: [] })

/** --rule over a configuration's rules; a bare severity keeps the options the configuration gave. */
function withRules(config: Config, rules: EngineOptions['rules']): Config {
  const ids = Object.keys(rules) as RuleId[]
  if (ids.length === 0) return config
  const merged: NonNullable<Config['rules']> = { ...config.rules }
  for (const id of ids) {
    const before = merged[id]
    merged[id] = Array.isArray(before) ? [rules[id]!, before[1] as Record<string, unknown>] : rules[id]!
  }
  return { ...config, rules: merged }
}

function fatal(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, { ruleId, source: 'copydesk' })
  message.fatal = true
}

/**
 * unified-engine reads files as UTF-8 strings, which turns invalid bytes into U+FFFD. A file whose
 * text has U+FFFD or NUL is read again as bytes so copydeskParser can tell a binary or mis-encoded
 * file (a file-level error) from one that really holds those characters.
 */
function bytesFromDisk(this: Processor): void {
  const self = this as unknown as { parser: (doc: string, file: VFile) => Root }
  const parse = self.parser
  self.parser = (doc, file) => {
    if (typeof file.value === 'string' && file.path && !file.data.copydeskStdin && (doc.includes('\uFFFD') || doc.includes('\0'))) {
      try {
        file.value = new Uint8Array(readFileSync(resolve(file.cwd, file.path)))
      } catch {
        // Keep the text the engine read.
      }
    }
    return parse(doc, file)
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Set on the file made from standard input. */
    copydeskStdin: boolean
  }
}

/** A linter whose configuration cache and processors last across engine runs (batches). */
export function createLinter(options: EngineOptions): Linter {
  const configErrors: string[] = []
  const loaded = new Map<string, Loaded | Promise<Loaded>>()
  const base: Loaded | undefined = options.config ? { config: withRules(options.config.config, options.rules), path: options.config.path } : undefined

  /** The configuration for a file: synchronous once its config file is read (most files). */
  function configFor(file: VFile): Loaded | Promise<Loaded> {
    if (base) return base
    const folder = dirname(resolve(file.cwd, file.path || 'stdin'))
    const found = findConfigFile(folder)
    const key = found ?? ''
    let entry = loaded.get(key)
    if (!entry) {
      if (found === null) entry = { config: withRules({}, options.rules), path: null }
      else {
        entry = readConfig(found).then((result) => {
          const value = { config: withRules(result.config, options.rules), path: result.path }
          loaded.set(key, value)
          return value
        })
      }
      loaded.set(key, entry)
    }
    return entry
  }

  function lintTree(tree: Root, file: VFile, config: Loaded): Root {
    let processor
    try {
      processor = createProcessor({ config: config.config, configPath: config.path ?? undefined, preset: options.preset, format: file.data.copydesk?.format })
    } catch (error) {
      configFailed(file, error as Error)
      return EMPTY()
    }
    try {
      processor.runSync(tree, file)
    } catch (error) {
      fatal(file, `copydesk could not lint this file: ${(error as Error).message}`, 'internal-error')
    }
    return EMPTY()
  }

  /**
   * Once a file is linted its messages are put aside until the engine is done: unified-engine's
   * queue counts every file's messages each time one file finishes (quadratic in files × messages).
   */
  let stashed = new Map<VFile, VFile['messages']>()
  function stash(file: VFile): void {
    // Messages may hold tree nodes (`ancestors`): drop them so no tree outlives its file's run.
    for (const message of file.messages) message.ancestors = undefined
    if (file.messages.length === 0 || file.messages.some((message) => message.fatal === true)) return
    stashed.set(file, file.messages)
    file.messages = []
  }

  function configFailed(file: VFile, error: Error): void {
    const text = error.message
    if (!configErrors.includes(text)) configErrors.push(text)
    fatal(file, `copydesk could not use the configuration for this file: ${text}`, 'config-error')
  }

  /** The transformer: lint with the file's configuration, then hand back an empty tree. */
  function copydeskCli() {
    return (tree: Root, file: VFile, next: (error?: Error, tree?: Root) => void): void => {
      // unified-engine keeps every file's tree until all are done: returning an empty one frees each.
      const config = configFor(file)
      if (config instanceof Promise) {
        config.then(
          (value) => {
            const empty = lintTree(tree, file, value)
            stash(file)
            next(undefined, empty)
          },
          (error: Error) => {
            configFailed(file, error)
            next(undefined, EMPTY())
          },
        )
      } else {
        const empty = lintTree(tree, file, config)
        stash(file)
        next(undefined, empty)
      }
    }
  }

  const processor = unified().use(copydeskParser).use(bytesFromDisk).use(copydeskCli)

  const lint = (files: (string | VFile)[]): Promise<VFile[]> =>
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
          for (const [file, messages] of stashed) file.messages = messages
          stashed = new Map()
          resolvePromise((context?.files ?? []).filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored))
        },
      )
    })

  return { lint, configErrors }
}
