/** Shared test helpers: run retext plugins on a text and read back messages. */
import retextEnglish from 'retext-english'
import { ConfigError, validateConfig } from '../src/config.js'
import { unified, type Pluggable } from 'unified'
import type { Root } from 'nlcst'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { buildProseModel } from '../src/model/index.js'
import type { ProseModel } from '../src/model/types.js'

export function parseText(text: string): { tree: Root; file: VFile } {
  const file = new VFile(text)
  const tree = unified().use(retextEnglish).parse(file) as Root
  return { tree, file }
}

export function modelOf(text: string): ProseModel {
  const { tree, file } = parseText(text)
  return buildProseModel(tree, file)
}

/** Run plugins over `text` (plain text) and return the messages, sorted by offset. */
export function lintText(text: string, plugins: Pluggable[]): VFileMessage[] {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(plugins)
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  return [...file.messages].sort((a, b) => (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) - (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0))
}

/** The source text a message's place covers. */
export function flagged(text: string, message: VFileMessage): string {
  const place = message.place
  if (!place || !('start' in place)) return ''
  return text.slice(place.start.offset ?? 0, place.end.offset ?? 0)
}

/** A span's text. */
export function spanText(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end)
}

/** The message contract every finding keeps (RULES.md): rule id, source, place on the flagged words, url anchor. */
export function expectContract(message: VFileMessage, ruleId: string, text: string, flaggedText: string): void {
  expect(message.ruleId).toBe(ruleId)
  expect(message.source).toBe('copydesk')
  expect(message.place && 'start' in message.place ? message.place.start.offset : undefined).toBe(text.indexOf(flaggedText))
  expect(message.url).toMatch(new RegExp(`#${ruleId}$`))
}

/**
 * Validate a configuration that must be rejected: the ConfigError's message names `where` (the
 * file) and every one of `words` (the option, the entry, the accepted values).
 */
export function expectConfigError(config: unknown, where: string, words: readonly string[]): void {
  let message = ''
  try {
    validateConfig(config, where)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    message = (error as Error).message
  }
  expect(message).toContain(where)
  for (const word of words) expect(message).toContain(word)
}
