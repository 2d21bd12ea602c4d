/**
 * One pass over the nlcst tree: flatten it into tokens, sentences and paragraphs with offsets.
 * Iterative (no recursion), so deeply nested trees from Markdown cannot overflow the stack.
 */
import type { Root, Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst'
import type { Paragraph, Sentence, Token, TokenType } from './types.js'

export interface TokenLayer {
  tokens: Token[]
  sentences: Sentence[]
  paragraphs: Paragraph[]
}

/** Fold case, curly apostrophes and dashes so look-ups see one spelling. */
export function normalizeWord(value: string): string {
  // Fast path: plain ASCII with no capital is its own normal form (no new string to allocate).
  let plain = true
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if ((code >= 65 && code <= 90) || code >= 128) {
      plain = false
      break
    }
  }
  if (plain) return value
  const out = value.toLowerCase()
  for (let i = 0; i < out.length; i++) {
    const code = out.charCodeAt(i)
    if (code === 0x2018 || code === 0x2019 || code === 0x02bc || (code >= 0x2010 && code <= 0x2013)) {
      return out.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    }
  }
  return out
}

/** The text of a word node: its leaves' values (a word has one level of children, or a few). */
function wordValue(node: AnyNode): string {
  const children = node.children
  if (!children) return node.value ?? ''
  if (children.length === 1 && children[0].value !== undefined) return children[0].value
  let out = ''
  for (const child of children) out += child.value !== undefined ? child.value : wordValue(child)
  return out
}

function tokenType(type: string): TokenType | null {
  switch (type) {
    case 'WordNode':
      return 'word'
    case 'WhiteSpaceNode':
      return 'whitespace'
    case 'PunctuationNode':
      return 'punctuation'
    case 'SymbolNode':
    case 'SourceNode':
      return 'symbol'
    default:
      return null
  }
}

type AnyNode = { type: string; children?: AnyNode[]; value?: string; position?: { start: { offset?: number }; end: { offset?: number } } }

export function buildTokenLayer(tree: Root): TokenLayer {
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  const paragraphs: Paragraph[] = []

  const addSentence = (node: NlcstSentence, paragraph: number): void => {
    const index = sentences.length
    const tokenStart = tokens.length
    const children = node.children as AnyNode[]
    for (let c = 0; c < children.length; c++) {
      const child = children[c]
      const type = tokenType(child.type)
      const position = child.position
      if (type === null || !position) continue
      const start = position.start.offset
      const end = position.end.offset
      if (start === undefined || end === undefined) continue
      if (type === 'word') {
        const value = wordValue(child)
        tokens.push({ index: tokens.length, type, value, norm: normalizeWord(value), start, end, sentence: index, quote: -1 })
      } else {
        const value = child.value ?? ''
        tokens.push({ index: tokens.length, type, value, norm: value, start, end, sentence: index, quote: -1 })
      }
    }
    // Trim white space at either end so a sentence's span starts and ends on text.
    let first = tokenStart
    let last = tokens.length
    while (first < last && tokens[first].type === 'whitespace') first++
    while (last > first && tokens[last - 1].type === 'whitespace') last--
    if (first === last) {
      tokens.length = tokenStart
      return
    }
    sentences.push({ index, paragraph, tokenStart, tokenEnd: tokens.length, start: tokens[first].start, end: tokens[last - 1].end })
  }

  // Paragraphs may sit under the root or under other parents (remark/rehype trees via *-retext):
  // walk iteratively and treat every ParagraphNode (or a bare SentenceNode) as a unit.
  const stack: AnyNode[] = [tree as unknown as AnyNode]
  const order: AnyNode[] = []
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'ParagraphNode' || node.type === 'SentenceNode') {
      order.push(node)
      continue
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  for (const node of order) {
    const paragraph = paragraphs.length
    const sentenceStart = sentences.length
    if (node.type === 'SentenceNode') addSentence(node as unknown as NlcstSentence, paragraph)
    else {
      for (const child of (node as unknown as NlcstParagraph).children) {
        if (child.type === 'SentenceNode') addSentence(child, paragraph)
      }
    }
    if (sentences.length > sentenceStart) {
      paragraphs.push({
        index: paragraph,
        sentenceStart,
        sentenceEnd: sentences.length,
        start: sentences[sentenceStart].start,
        end: sentences[sentences.length - 1].end,
      })
    }
  }
  return { tokens, sentences, paragraphs }
}

/**
 * The first index in [0, length) at which `before(i)` is false, for a test that is true up to some
 * index and false after it (a binary search; `length` when it never turns false).
 */
export function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstNotBefore(tokens.length, (i) => tokens[i].start < offset)
}

/** Index of the previous word token in the same sentence (skipping white space), or -1. */
export function prevWord(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence
  for (let i = index - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    if (tokens[i].type === 'word') return i
    if (tokens[i].type !== 'whitespace') return -1
  }
  return -1
}

/** Index of the next word token in the same sentence (skipping white space), or -1. */
export function nextWord(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence
  for (let i = index + 1; i < tokens.length && tokens[i].sentence === sentence; i++) {
    if (tokens[i].type === 'word') return i
    if (tokens[i].type !== 'whitespace') return -1
  }
  return -1
}

/** Index of the next non-white-space token in the same sentence, or -1. */
export function nextSolid(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence
  for (let i = index + 1; i < tokens.length && tokens[i].sentence === sentence; i++) {
    if (tokens[i].type !== 'whitespace') return i
  }
  return -1
}

/** Index of the previous non-white-space token in the same sentence, or -1. */
export function prevSolid(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence
  for (let i = index - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    if (tokens[i].type !== 'whitespace') return i
  }
  return -1
}
