/**
 * Markdown and MDX → prose blocks. Paragraphs, headings, table cells (and the paragraphs inside
 * list items and block quotes) are prose; code, inline code, front matter, HTML, MDX expressions
 * and ESM are not. Links and footnote references are recorded as citations; comments that carry
 * copydesk directives are recorded too. Iterative: deep trees cannot overflow the stack.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { Citation, Span } from '../model/types.js'
import { Block, blocksToNlcst } from './blocks.js'
import { parseDirective, type Directive } from './directives.js'
import type { Parsed } from './types.js'

interface MdNode {
  type: string
  value?: string
  url?: string
  children?: MdNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])
const SKIP = new Set(['code', 'inlineCode', 'yaml', 'toml', 'math', 'inlineMath', 'mdxjsEsm', 'image', 'imageReference', 'definition'])

/** Deep nesting is slow or fatal in the parser itself: keep block nesting to a sane depth. */
const MAX_DEPTH = 64

/**
 * Cap nesting before parsing, keeping every offset: block-quote markers past MAX_DEPTH and list
 * markers indented past MAX_DEPTH * 4 columns become spaces.
 */
export function capNesting(doc: string): string {
  if (doc.length < MAX_DEPTH * 2) return doc
  let changed = false
  const lines = doc.split(/(?<=\n)/)
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]
    let depth = 0
    let i = 0
    let cut = -1
    while (i < line.length && (line[i] === '>' || line[i] === ' ' || line[i] === '\t')) {
      if (line[i] === '>' && ++depth > MAX_DEPTH && cut < 0) cut = i
      i++
    }
    if (cut >= 0) {
      lines[n] = line.slice(0, cut) + line.slice(cut, i).replace(/>/g, ' ') + line.slice(i)
      changed = true
    }
    const indent = /^[ \t]*/.exec(lines[n])![0].length
    if (indent > MAX_DEPTH * 4) {
      const marker = /^([ \t]*)([-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(lines[n])
      if (marker) {
        lines[n] = marker[1] + ' '.repeat(marker[2].length) + lines[n].slice(marker[0].length)
        changed = true
      }
    }
  }
  return changed ? lines.join('') : doc
}

// Markdown parsers, built once (unified-engine attaches plugins once per file).
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMdx).freeze()

export function parseMarkdown(doc: string, file: VFile, mdx: boolean): Parsed {
  const source = capNesting(doc)
  const tree = (mdx ? mdxParser : markdown).parse(source) as unknown as MdNode
  const blocks: Block[] = []
  const citations: Citation[] = []
  const directives: Directive[] = []
  const spans: Span[] = []

  const directiveIn = (node: MdNode, text: string): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const directive = parseDirective(text, { start, end })
    if (directive) directives.push(directive)
  }
  const comments = (node: MdNode): void => {
    if (node.type === 'html' && node.value) {
      for (const m of node.value.matchAll(/<!--([^]*?)-->/g)) directiveIn(node, m[1])
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.value) {
      const m = /^\s*\/\*([^]*?)\*\/\s*$/.exec(node.value)
      if (m) directiveIn(node, m[1])
    }
  }

  /** Collect a prose block's inline content, iteratively. */
  const collect = (container: MdNode): void => {
    const block = new Block()
    const stack: MdNode[] = [...(container.children ?? [])].reverse()
    while (stack.length > 0) {
      const node = stack.pop()!
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (node.type === 'text' && node.value !== undefined && start !== undefined && end !== undefined) {
        block.add(node.value, source, start, end)
        continue
      }
      if (SKIP.has(node.type)) {
        if (start !== undefined) block.gap(start)
        continue
      }
      if (node.type === 'break') {
        if (start !== undefined) block.gap(start)
        continue
      }
      if (node.type === 'html' || node.type === 'mdxTextExpression') {
        comments(node)
        if (start !== undefined) block.gap(start)
        continue
      }
      if (node.type === 'footnoteReference' && start !== undefined && end !== undefined) {
        citations.push({ start, end, kind: 'footnote' })
        continue
      }
      if ((node.type === 'link' || node.type === 'linkReference') && start !== undefined && end !== undefined) {
        citations.push({ start, end, kind: 'link' })
        // A bare URL is not prose: "https://…" written as its own link text.
        const only = node.children?.length === 1 ? node.children[0] : undefined
        if (node.url && only?.type === 'text' && (only.value === node.url || node.url.endsWith(only.value ?? '\u0000'))) {
          block.gap(start)
          continue
        }
      }
      if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
    }
    if (!block.empty) {
      blocks.push(block)
      spans.push({ start: block.starts[0], end: block.ends[block.ends.length - 1] })
    }
  }

  const stack: MdNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (PROSE_BLOCKS.has(node.type)) {
      collect(node)
      continue
    }
    if (node.type === 'html' || node.type === 'mdxFlowExpression') {
      comments(node)
      continue
    }
    if (SKIP.has(node.type)) continue
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return { tree: blocksToNlcst(blocks, file), citations, directives, blocks: spans }
}
