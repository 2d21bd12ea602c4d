/**
 * Prose blocks → nlcst with exact source positions. A format walker (Markdown, HTML) collects each
 * block of prose (a paragraph, a heading, a list item's text, a table cell, a caption) as decoded
 * text aligned with the source; each block is parsed by parse-english on its own and every node's
 * position is mapped back through the alignment, so a word after `&amp;` or `\*` points at itself.
 */
import { createEnglishParser } from './english.js'
import type { Paragraph, Root } from 'nlcst'
import { location } from 'vfile-location'
import type { VFile } from 'vfile'
import { alignInto, type Alignment } from './align.js'

export class Block implements Alignment {
  text = ''
  starts: number[] = []
  ends: number[] = []

  /** Add decoded `value` that came from `source[from, to)`. */
  add(value: string, source: string, from: number, to: number): void {
    // Soft line breaks inside one block are spaces: a block is one paragraph.
    const flat = value.replace(/[\r\n]/g, ' ')
    alignInto(this, value, source, from, to)
    this.text += flat
  }

  /** A separator (a space) standing at source offset `at`: inline code, a line break. */
  gap(at: number): void {
    if (this.text.length === 0 || this.text.endsWith(' ')) return
    this.text += ' '
    this.starts.push(at)
    this.ends.push(at)
  }

  get empty(): boolean {
    return this.text.trim().length === 0
  }
}

type Positioned = { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } }; children?: Positioned[] }

const parser = createEnglishParser()

/** Parse blocks into one nlcst root whose positions are offsets into `file`'s text. */
export function blocksToNlcst(blocks: readonly Block[], file: VFile): Root {
  const place = location(file)
  const root: Root = { type: 'RootNode', children: [] }
  for (const block of blocks) {
    if (block.empty) continue
    const parsed = parser.parse(block.text) as Root
    const stack: Positioned[] = [...(parsed.children as Positioned[])]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.position) {
        const s = node.position.start.offset ?? 0
        const e = node.position.end.offset ?? 0
        const startOffset = block.starts[Math.min(s, block.starts.length - 1)] ?? 0
        const endOffset = e > 0 ? block.ends[Math.min(e - 1, block.ends.length - 1)] ?? startOffset : startOffset
        const start = place.toPoint(startOffset)
        const end = place.toPoint(Math.max(endOffset, startOffset))
        if (start && end) node.position = { start, end }
        else delete node.position
      }
      if (node.children) for (const child of node.children) stack.push(child)
    }
    for (const child of parsed.children) {
      if (child.type === 'ParagraphNode') root.children.push(child as Paragraph)
    }
  }
  const first = root.children[0]?.position
  const last = root.children[root.children.length - 1]?.position
  if (first && last) root.position = { start: first.start, end: last.end }
  return root
}
