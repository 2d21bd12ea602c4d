/**
 * One parser for every format: a unified parser plugin that dispatches on the file's extension
 * (or a given format) and yields nlcst with exact source positions. What it sees that is not prose
 * (citations, directive comments, block spans) goes on `file.data.copydesk` for the model and the
 * final filter. A parser error becomes a file-level fatal message, never a throw. A file whose value
 * is bytes (a Uint8Array) is decoded here: NUL bytes (binary) or invalid UTF-8 make a file-level
 * fatal message too, so a host that reads bytes (the CLI) lints every other file.
 */
import type { Root } from 'nlcst'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { parseHtml } from './html.js'
import { parseMarkdown } from './markdown.js'
import { parseText } from './text.js'
import { fatal } from '../file-errors.js'
import { formatOf, FORMATS, type Format, type Parsed } from './types.js'

export { formatOf, FORMATS, type Format, type Parsed }
export { applyIgnores, directiveRanges, parseDirective, type Directive, type IgnoreRange } from './directives.js'

export interface ParserOptions {
  /** Force a format; by default it comes from the file's extension (plain text when unknown). */
  format?: Format
}

/** What the parser leaves on `file.data.copydesk`. */
export interface FileData extends Omit<Parsed, 'tree'> {
  format: Format
}

declare module 'vfile' {
  interface DataMap {
    copydesk: FileData
  }
}

export function parseDocument(doc: string, file: VFile, format: Format): Parsed {
  switch (format) {
    case 'markdown':
      return parseMarkdown(doc, file, false)
    case 'mdx':
      return parseMarkdown(doc, file, true)
    case 'html':
      return parseHtml(doc, file)
    default:
      return parseText(doc)
  }
}

const EMPTY = (): Root => ({ type: 'RootNode', children: [] })

/**
 * Decode a file's bytes as UTF-8 text. NUL bytes (a binary file) or invalid UTF-8 add a file-level
 * fatal message (`binary-file`, `invalid-utf8`) and give `undefined`.
 */
export function decodeBytes(bytes: Uint8Array, file: VFile): string | undefined {
  if (bytes.includes(0)) {
    fatal(file, 'This looks like a binary file (it contains NUL bytes); copydesk reads text, Markdown, MDX and HTML.', 'binary-file')
    return undefined
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    fatal(file, 'This file is not valid UTF-8; save it as UTF-8 and lint it again.', 'invalid-utf8')
    return undefined
  }
}

/** The unified parser plugin: `unified().use(copydeskParser, {format})`. */
export function copydeskParser(this: Processor, options: ParserOptions = {}): void {
  if (options.format !== undefined && !FORMATS.includes(options.format)) {
    throw new Error(`copydesk: unknown format ${JSON.stringify(options.format)}; accepted formats: ${FORMATS.join(', ')}`)
  }
  const self = this as unknown as { parser: (doc: string, file: VFile) => Root }
  self.parser = (doc: string, file: VFile): Root => {
    const format = options.format ?? formatOf(file.path)
    // `ArrayBuffer.isView`, not `instanceof`: bytes may come from another realm (a VM, a worker).
    if (typeof file.value === 'object' && file.value !== null && ArrayBuffer.isView(file.value)) {
      const text = decodeBytes(file.value as Uint8Array, file)
      file.value = text ?? ''
      if (text === undefined) {
        file.data.copydesk = { citations: [], directives: [], blocks: [], format }
        return EMPTY()
      }
      doc = text
    }
    try {
      const parsed = parseDocument(doc, file, format)
      file.data.copydesk = { citations: parsed.citations, directives: parsed.directives, blocks: parsed.blocks, format }
      return parsed.tree
    } catch (error) {
      file.data.copydesk = { citations: [], directives: [], blocks: [], format }
      fatal(file, `Cannot read this ${format} file: ${(error as Error).message}`, 'parse-error')
      return EMPTY()
    }
  }
}
