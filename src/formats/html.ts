/**
 * HTML → prose blocks. Block elements (p, h1–h6, li, td, figcaption, blockquote, div…) end a block;
 * inline elements (a, em, strong, span…) continue it. script, style, code, pre, template and the
 * document head are not prose. Links and footnote references are citations; comments that carry
 * copydesk directives are recorded. Iterative, so deep nesting cannot overflow the stack.
 */
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { Citation, Span } from '../model/types.js'
import { Block, blocksToNlcst } from './blocks.js'
import { parseDirective, type Directive } from './directives.js'
import type { Parsed } from './types.js'

interface HNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'label', 'acronym', 'big', 'tt', 'nobr'])
const SKIP = new Set(['script', 'style', 'code', 'pre', 'template', 'noscript', 'svg', 'math', 'head', 'kbd', 'samp', 'textarea', 'select', 'option', 'button', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'img', 'picture', 'input'])

const html = unified().use(rehypeParse).freeze()

export function parseHtml(doc: string, file: VFile): Parsed {
  const tree = html.parse(doc) as unknown as HNode
  const blocks: Block[] = []
  const spans: Span[] = []
  const citations: Citation[] = []
  const directives: Directive[] = []
  let block = new Block()
  const flush = (): void => {
    if (!block.empty) {
      blocks.push(block)
      spans.push({ start: block.starts[block.text.search(/\S/)], end: block.ends[block.text.trimEnd().length - 1] })
    }
    block = new Block()
  }
  // Depth-first with exit markers: [node, entering].
  const stack: [HNode, boolean][] = [[tree, true]]
  while (stack.length > 0) {
    const [node, entering] = stack.pop()!
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (!entering) {
      if (!INLINE.has(node.tagName ?? '')) flush()
      else if (start !== undefined) block.gap(end ?? start)
      continue
    }
    if (node.type === 'text') {
      if (node.value !== undefined && start !== undefined && end !== undefined) block.add(node.value, doc, start, end)
      continue
    }
    if (node.type === 'comment') {
      if (node.value !== undefined && start !== undefined && end !== undefined) {
        const directive = parseDirective(node.value, { start, end })
        if (directive) directives.push(directive)
      }
      continue
    }
    if (node.type === 'element') {
      const tag = node.tagName ?? ''
      if (SKIP.has(tag)) {
        if (start !== undefined) block.gap(start)
        continue
      }
      if (tag === 'br' || tag === 'wbr' || tag === 'hr') {
        if (tag === 'hr') flush()
        else if (start !== undefined) block.gap(start)
        continue
      }
      if (tag === 'a' && start !== undefined && end !== undefined) {
        const href = String(node.properties?.href ?? '')
        const footnote = /^#(fn|footnote|cite|ref|note)/i.test(href)
        citations.push({ start, end, kind: footnote ? 'footnote' : 'link' })
        // A footnote marker ("1", "[2]") is not prose.
        if (footnote) {
          block.gap(start)
          continue
        }
      }
      if (!INLINE.has(tag)) flush()
      stack.push([node, false])
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i], true])
  }
  flush()
  return { tree: blocksToNlcst(blocks, file), citations, directives, blocks: spans }
}
