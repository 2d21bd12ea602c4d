/**
 * The one processor for every format, and the one-call API. `createProcessor` is what `lint`, the
 * CLI and the language server use: its parser dispatches on the file's extension (text, Markdown,
 * MDX, HTML), the rule plugins come from the preset and the configuration, and a last step applies
 * one-message-per-span, inline ignores and `allow`, and sorts the messages.
 */
import type { Root } from 'nlcst'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import retextEquality from 'retext-equality'
import { EQUALITY_IGNORE } from '../presets/equality.js'
import type { PresetName } from '../presets/types.js'
import { resolveConfig, type Config } from './config.js'
import { finalizeMessages } from './finalize.js'
import { internalError } from './file-errors.js'
import { copydeskParser, decodeBytes, type Format } from './formats/index.js'
import { plugins as registry } from './plugins/registry.js'

export interface LintOptions {
  /** A preset name (or `[name, 'inclusive']`); overrides the config's `preset`. Default `recommended`. */
  preset?: PresetName | PresetName[]
  /** Force a format; by default from the file's extension, else plain text. */
  format?: Format
  /** A configuration object (see `validateConfig`); files are read by the CLI and server. */
  config?: Config
  /** Name the configuration's origin in error messages (a file path). */
  configPath?: string
}

export type CopydeskProcessor = Processor<Root, Root, Root, undefined, undefined>

const processors = new Map<string, CopydeskProcessor>()

/**
 * A unified processor for `options`, frozen and cached by its resolved configuration (an editor
 * re-lints on every keystroke: attach once). It parses and runs; it does not compile.
 */
export function createProcessor(options: LintOptions = {}): CopydeskProcessor {
  const key = JSON.stringify([options.preset ?? null, options.format ?? null, options.config ?? null])
  const cached = processors.get(key)
  if (cached) return cached
  const resolved = resolveConfig(options.config, options.preset, options.configPath)
  const processor = unified().use(copydeskParser, { format: options.format }) as unknown as CopydeskProcessor
  for (const [name, settings] of resolved.plugins) {
    const plugin = registry[name]
    if (plugin) processor.use(plugin, settings)
  }
  // `inclusive` (and `strict`) add retext-equality, configured for news copy; finalize drops its
  // finding where copydesk flags the same words.
  if (resolved.preset.inclusive) processor.use(retextEquality, { ignore: [...EQUALITY_IGNORE] })
  processor.use(() => (_tree: Root, file: VFile) => finalizeMessages(file, { allow: resolved.allow }))
  processor.freeze()
  if (processors.size > 64) processors.clear()
  processors.set(key, processor)
  return processor
}

export type LintInput = string | Uint8Array | VFile

/** Turn input into a VFile; undecodable bytes become a file-level fatal message, not a throw. */
export function toFile(input: LintInput, path?: string): VFile {
  if (input instanceof VFile) return input
  if (typeof input === 'string') return new VFile({ value: input, path })
  const file = new VFile({ value: '', path })
  const text = decodeBytes(input, file)
  if (text !== undefined) file.value = text
  return file
}

function unreadable(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true && (m.ruleId === 'binary-file' || m.ruleId === 'invalid-utf8'))
}

/** Lint text, bytes or a VFile; resolves to the VFile with sorted messages. */
export async function lint(input: LintInput, options: LintOptions = {}): Promise<VFile> {
  return lintSync(input, options)
}

/** The synchronous `lint`. */
export function lintSync(input: LintInput, options: LintOptions = {}): VFile {
  const processor = createProcessor(options)
  const file = toFile(input)
  if (unreadable(file)) return file
  try {
    const tree = processor.parse(file)
    processor.runSync(tree, file)
  } catch (error) {
    internalError(file, (error as Error).message)
  }
  return file
}
