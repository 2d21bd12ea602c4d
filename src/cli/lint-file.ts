/**
 * Lint one file the way the command does, in whichever thread runs it (the main thread with one
 * job, each worker with several): parse it with copydeskParser (the format from its extension;
 * bytes decoded, a binary or mis-encoded file a file-level error), read and validate its
 * configuration with the same loader as `copydesk/node`, apply --rule, and run
 * `createProcessor({config, preset, format})` on the tree, so the cascade, presets and formats
 * behave exactly as `lint()`. This module loads every rule: the main thread imports it only when
 * it lints.
 */
import type { Root } from 'nlcst'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { PresetName } from '../../presets/types.js'
import { overSetting, type Config } from '../config.js'
import { copydeskParser } from '../formats/index.js'
import { fatal, internalError } from '../file-errors.js'
import type { Severity } from '../lexicon/schema.js'
import { createProcessor } from '../lint.js'
import { readConfig } from '../node/config-loader.js'
import { maxFileSize, sizeOf, tooLargeReason } from '../node/file-size.js'
import type { RuleId } from '../rules/ids.js'

export interface FileLinterOptions {
  preset?: PresetName | PresetName[]
  rules: Partial<Record<RuleId, Severity>>
  /** --max-file-size, in bytes; default: maxFileSize() in the thread that lints (src/node/file-size.ts). */
  maxFileSize?: number
}

export interface Loaded {
  config: Config
  path: string | null
}

export interface FileLinter {
  /**
   * The configuration in a file (read and validated once), or `{}` for null (no file applies);
   * with --rule applied. Synchronous once read.
   */
  configFor(path: string | null): Loaded | Promise<Loaded>
  /**
   * Parse and lint the file with its configuration (or the error reading it gave), adding its
   * messages; gives the configuration problem, if any, for the caller to report (after the
   * parser's own messages, as the command always has).
   */
  lintFile(file: VFile, config: Loaded | Error): string | undefined
}

/** --rule over a configuration's rules; a bare severity keeps the options the configuration gave. */
function withRules(config: Config, rules: FileLinterOptions['rules']): Config {
  const ids = Object.keys(rules) as RuleId[]
  if (ids.length === 0) return config
  const merged: NonNullable<Config['rules']> = { ...config.rules }
  for (const id of ids) merged[id] = overSetting(rules[id]!, merged[id])
  return { ...config, rules: merged }
}

export function createFileLinter(options: FileLinterOptions): FileLinter {
  const loaded = new Map<string, Loaded | Promise<Loaded>>()
  const parser = unified().use(copydeskParser).freeze()

  function configFor(path: string | null): Loaded | Promise<Loaded> {
    const key = path ?? ''
    let entry = loaded.get(key)
    if (!entry) {
      if (path === null) entry = { config: withRules({}, options.rules), path: null }
      else {
        entry = readConfig(path).then((result) => {
          const value = { config: withRules(result.config, options.rules), path: result.path }
          loaded.set(key, value)
          return value
        })
      }
      loaded.set(key, entry)
    }
    return entry
  }

  const limit = options.maxFileSize ?? maxFileSize()

  function lintFile(file: VFile, config: Loaded | Error): string | undefined {
    const size = sizeOf(file.value)
    if (size > limit) {
      fatal(file, tooLargeReason(size, limit, '--max-file-size <MB>'), 'file-too-large')
      return undefined
    }
    const tree = parser.parse(file) as Root
    if (config instanceof Error) return config.message
    let processor
    try {
      processor = createProcessor({ config: config.config, configPath: config.path ?? undefined, preset: options.preset, format: file.data.copydesk?.format })
    } catch (error) {
      return (error as Error).message
    }
    try {
      processor.runSync(tree, file)
    } catch (error) {
      internalError(file, (error as Error).message)
    }
    // Messages may hold tree nodes (`ancestors`): drop them so no tree outlives its file's run.
    for (const message of file.messages) message.ancestors = undefined
    return undefined
  }

  return { configFor, lintFile }
}
