/**
 * Plain text: retext-english's parser on the file as it is. A line that holds only a directive
 * comment (`<!-- copydesk ignore unsourced-figure -->`, the same words as in Markdown) is blanked
 * before parsing, keeping every offset, so it is not read as prose.
 */
import { ParseEnglish } from 'parse-english'
import type { Root } from 'nlcst'
import type { Span } from '../model/types.js'
import { parseDirective, type Directive } from './directives.js'
import type { Parsed } from './types.js'

const parser = new ParseEnglish()
const LINE = /^[ \t]*<!--([^]*?)-->[ \t]*$/gm

export function parseText(doc: string): Parsed {
  const directives: Directive[] = []
  let text = doc
  if (doc.includes('<!--')) {
    text = doc.replace(LINE, (line, comment: string, offset: number) => {
      const directive = parseDirective(comment, { start: offset, end: offset + line.length })
      if (!directive) return line
      directives.push(directive)
      return ' '.repeat(line.length)
    })
  }
  const tree = parser.parse(text) as Root
  const blocks: Span[] = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode' && child.position) blocks.push({ start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0 })
  }
  return { tree, citations: [], directives, blocks }
}
