/**
 * One parser for every format: a unified parser plugin that dispatches on the file's extension
 * (or a given format) and yields nlcst with exact source positions. What it sees that is not prose
 * (citations, directive comments, block spans) goes on `file.data.copydesk` for the model and the
 * final filter. A parser error becomes a file-level fatal message, never a throw.
 */
import type { Root } from 'nlcst'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { parseHtml } from './html.js'
import { parseMarkdown } from './markdown.js'
import { parseText } from './text.js'
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

/** The unified parser plugin: `unified().use(copydeskParser, {format})`. */
export function copydeskParser(this: Processor, options: ParserOptions = {}): void {
  if (options.format !== undefined && !FORMATS.includes(options.format)) {
    throw new Error(`copydesk: unknown format ${JSON.stringify(options.format)}; accepted formats: ${FORMATS.join(', ')}`)
  }
  const self = this as unknown as { parser: (doc: string, file: VFile) => Root }
  self.parser = (doc: string, file: VFile): Root => {
    const format = options.format ?? formatOf(file.path)
    try {
      const parsed = parseDocument(doc, file, format)
      file.data.copydesk = { citations: parsed.citations, directives: parsed.directives, blocks: parsed.blocks, format }
      return parsed.tree
    } catch (error) {
      file.data.copydesk = { citations: [], directives: [], blocks: [], format }
      const message = file.message(`Cannot read this ${format} file: ${(error as Error).message}`, { ruleId: 'parse-error', source: 'copydesk' })
      message.fatal = true
      return { type: 'RootNode', children: [] }
    }
  }
}
