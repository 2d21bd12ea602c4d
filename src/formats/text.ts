/**
 * Plain text: parse-english (src/formats/english.ts: the same trees, faster) on the file as it
 * is. A line that holds only a directive comment (`<!-- copydesk ignore unsourced-figure -->`,
 * the same words as in Markdown) is blanked before parsing, keeping every offset, so it is not
 * read as prose.
 *
 * parse-latin first reads a whole document as one sentence and merges tokens with `splice`, which
 * is quadratic in the document's length (1 MB: 2 s; 5 MB: 39 s). A long document is therefore
 * parsed in pieces of about 64 KB cut at blank lines (where parse-latin breaks paragraphs anyway),
 * their positions shifted into the document and the blank runs kept as white space between them.
 */
import { createEnglishParser } from './english.js'
import type { Root, RootContent } from 'nlcst'
import type { Point } from 'unist'
import type { Span } from '../model/types.js'
import { parseDirective, type Directive } from './directives.js'
import type { Parsed } from './types.js'

const parser = createEnglishParser()
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
  const tree = parseInPieces(text, PIECE)
  const blocks: Span[] = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode' && child.position) blocks.push({ start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0 })
  }
  return { tree, citations: [], directives, blocks }
}

/** About how long a piece of a long document is (UTF-16 code units). */
export const PIECE = 64 * 1024

/** A run of spaces and tabs holding two or more line breaks: a paragraph break for parse-latin. */
const BLANK_RUN = /[ \t]*(?:(?:\r\n|\r|\n)[ \t]*){2,}/g
const TERMINAL = /[.!?]/
const WORD_START = /[\p{Lu}\p{Lt}]/u
/** parse-latin's white space: a cut must take the whole run, so the pieces start and end on text. */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/** Move a point over `text`, counting lines as parse-latin does (CR, LF and CRLF each end a line). */
function advance(point: Point, text: string): Point {
  let { line, column } = point
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 13 || (char === 10 && text.charCodeAt(i - 1) !== 13)) {
      line++
      column = 1
    } else if (char !== 10) column++
  }
  return { line, column, offset: (point.offset ?? 0) + text.length }
}

/** Shift every position in a piece's nodes from the piece's start to `base` (iteratively). */
function shift(nodes: RootContent[], base: Point): void {
  const stack: { position?: { start: Point; end: Point }; children?: unknown[] }[] = [...nodes]
  // parse-latin shares point objects between a node and its first or last child: move each once.
  const moved = new Set<Point>()
  const move = (point: Point): void => {
    if (moved.has(point)) return
    moved.add(point)
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    point.offset = (point.offset ?? 0) + (base.offset ?? 0)
  }
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if (node.children) stack.push(...(node.children as typeof stack))
  }
}

/** Where a long text is cut: blank runs (start, end) about `size` apart that parse-latin never merges across. */
export function cutsFor(text: string, size: number): [number, number][] {
  const cuts: [number, number][] = []
  if (text.length <= size) return cuts
  let next = size
  for (const match of text.matchAll(BLANK_RUN)) {
    const start = match.index
    const end = start + match[0].length
    if (start < next || start === 0 || end === text.length) continue
    if (WHITE_SPACE.test(text.charAt(start - 1)) || WHITE_SPACE.test(text.charAt(end))) continue
    // Only between a finished sentence and a capitalised word: parse-latin merges a next sentence
    // that starts in lower case or with a digit into the one before, across a blank line too.
    if (!TERMINAL.test(text.charAt(start - 1)) || !WORD_START.test(text.charAt(end))) continue
    cuts.push([start, end])
    next = end + size
  }
  return cuts
}

/** parse-english on `text`, in pieces of about `size` cut at blank lines when it is longer. */
export function parseInPieces(text: string, size: number): Root {
  const cuts = cutsFor(text, size)
  if (cuts.length === 0) return parser.parse(text) as Root
  const children: RootContent[] = []
  let from = 0
  let point: Point = { line: 1, column: 1, offset: 0 }
  for (const [start, end] of [...cuts, [text.length, text.length] as [number, number]]) {
    const piece = parser.parse(text.slice(from, start)) as Root
    shift(piece.children, point)
    children.push(...piece.children)
    point = advance(point, text.slice(from, start))
    if (end > start) {
      const blank = text.slice(start, end)
      const after = advance(point, blank)
      children.push({ type: 'WhiteSpaceNode', value: blank, position: { start: { ...point }, end: { ...after } } })
      point = after
    }
    from = end
  }
  const root: Root = { type: 'RootNode', children }
  if (text.length > 0) root.position = { start: { line: 1, column: 1, offset: 0 }, end: { ...point } }
  return root
}
