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
const MAX_DEPTH = 32
/** Lists indented past this many columns are not nested further. */
const MAX_INDENT = 64
/** Runs of one markup character longer than this are not markup (`****…` thousands long). */
const MAX_RUN = 32

/**
 * Cap nesting before parsing, keeping every offset (the document keeps its length; only markup
 * characters become spaces): block-quote markers past MAX_DEPTH, list markers indented past
 * MAX_INDENT columns, and markup runs past MAX_RUN characters.
 */
export function capNesting(input: string): string {
  if (input.length < MAX_DEPTH * 2) return input
  // Long runs of emphasis, strike-through, code and bracket characters make the inline parser
  // quadratic: keep the first MAX_RUN of each run, the rest become spaces.
  const doc = input.replace(/[*_~`]{33,}|([[\]])\1{32,}/g, (run) => run.slice(0, MAX_RUN) + ' '.repeat(run.length - MAX_RUN))
  let changed = doc !== input
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
    if (indent > MAX_INDENT) {
      // Indentation past MAX_INDENT is not structure: no-break spaces (still white space to the
      // prose parser), and a list marker there is blanked.
      let line = lines[n].slice(0, MAX_INDENT) + '\u00a0'.repeat(indent - MAX_INDENT) + lines[n].slice(indent)
      const marker = /^([ \t\u00a0]*)([-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line)
      if (marker) line = marker[1] + ' '.repeat(marker[2].length) + line.slice(marker[0].length)
      lines[n] = line
      changed = true
    }
  }
  return changed ? lines.join('') : input
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
