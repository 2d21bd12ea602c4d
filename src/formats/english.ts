/**
 * parse-english, with two of its hot spots done again by hand: the same trees, about 40% less
 * parsing time (the command spends a fifth of its time here).
 *
 * - `tokenize`: parse-latin tests three Unicode regular expressions on every character of the
 *   document. Here each UTF-16 code unit is classed once, by parse-latin's own `tokenize` on that
 *   one character, and remembered; the loop that groups characters into nodes and counts lines
 *   is parse-latin's, point for point (shared start points, separate end points).
 * - `breakImplicitSentences` (a paragraph plugin): it split every white-space node's text into
 *   lines to count them, an array per space in the document; here the line breaks are counted.
 *
 * Everything else (the merge plugins, abbreviations, positions) is parse-english's. The trees
 * are tested equal to parse-english's on every corpus text and on random text
 * (tests/formats/english.test.ts).
 */
import type { Paragraph, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { ParseEnglish } from 'parse-english'

type Plugin = (node: Paragraph) => void
type Point = { line: number; column: number; offset: number }

const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const SYMBOL = 4
const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const KINDS: Record<string, number> = { WhiteSpaceNode: WHITE_SPACE, PunctuationNode: PUNCTUATION, WordNode: WORD, SymbolNode: SYMBOL }

const reference = new ParseEnglish()
/** Each code unit's node type as parse-latin classes it; 0 until first seen. */
const kinds = new Uint8Array(0x10000)

function kindOf(code: number): number {
  let kind = kinds[code]
  if (kind === 0) {
    const [node] = reference.tokenize(String.fromCharCode(code))
    kind = KINDS[node.type]
    kinds[code] = kind
  }
  return kind
}

/** parse-latin's `tokenize`: runs of one kind of character become nodes (a word, white space; punctuation and symbols per repeated character). */
export function tokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = []
  if (!value) return children
  let line = 1
  let column = 1
  let start: Point = { line: 1, column: 1, offset: 0 }
  let from = 0
  let previousKind = 0
  let previousCode = -1
  const flush = (kind: number, end: number): void => {
    const text = value.slice(from, end)
    if (kind === WORD) {
      children.push({
        type: 'WordNode',
        children: [{ type: 'TextNode', value: text, position: { start, end: { line, column, offset: end } } }],
        position: { start, end: { line, column, offset: end } },
      })
    } else {
      children.push({ type: TYPES[kind] as 'WhiteSpaceNode', value: text, position: { start, end: { line, column, offset: end } } })
    }
  }
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const kind = kindOf(code)
    // A node ends where the kind changes; punctuation and symbols also end where the character
    // changes, except at a surrogate (the second half of an astral character).
    if (index > 0 && !(previousKind === kind && (kind === WORD || kind === WHITE_SPACE || code === previousCode || (code >= 0xd800 && code <= 0xdfff)))) {
      flush(previousKind, index)
      from = index
      start = { line, column, offset: index }
    }
    if (code === 13 || (code === 10 && previousCode !== 13)) {
      line++
      column = 1
    } else if (code !== 10) column++
    previousKind = kind
    previousCode = code
  }
  if (from < value.length) flush(previousKind, value.length)
  return children
}

/** Line breaks in `text`: CR, LF and CRLF each count once. */
function lineBreaks(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++
  }
  return count
}

/** parse-latin's `breakImplicitSentences`: a sentence breaks at white space holding two or more line breaks. */
export function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (node.type !== 'WhiteSpaceNode' || lineBreaks(toString(node)) < 2) continue
      child.children = children.slice(0, position)
      const insertion: Sentence = { type: 'SentenceNode', children: children.slice(position + 1) }
      const tail = children[position - 1]
      const head = children[position + 1]
      siblings.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = { start: head.position.start, end }
      }
      // Go on at the new sentence (past the white space put before it), as parse-latin does.
      index++
      break
    }
  }
}

/**
 * Which of parse-english's paragraph plugins is `breakImplicitSentences` (parse-latin does not
 * export it): the only one that splits a sentence of `a`, a blank line, `b` into three nodes.
 */
function findBreakPlugin(plugins: readonly Plugin[]): number {
  const found: number[] = []
  plugins.forEach((plugin, index) => {
    const probe: Paragraph = {
      type: 'ParagraphNode',
      children: [
        {
          type: 'SentenceNode',
          children: [
            { type: 'WordNode', children: [{ type: 'TextNode', value: 'a' }] },
            { type: 'WhiteSpaceNode', value: '\n\n' },
            { type: 'WordNode', children: [{ type: 'TextNode', value: 'b' }] },
          ],
        },
      ],
    }
    plugin(probe)
    if (probe.children.length === 3) found.push(index)
  })
  return found.length === 1 ? found[0] : -1
}

type Parser = ParseEnglish & { tokenizeParagraphPlugins: Plugin[] }

/**
 * A parse-english parser with the two replacements. If a later parse-english no longer has the
 * plugin the probe finds, its own plugin stays (the same trees, only slower): `breakPlugin` says
 * which happened, and a test checks it.
 */
export function createEnglishParser(): ParseEnglish & { breakPlugin: boolean } {
  const parser = new ParseEnglish() as Parser & { breakPlugin: boolean }
  parser.tokenize = tokenize
  const at = findBreakPlugin(parser.tokenizeParagraphPlugins)
  if (at >= 0) parser.tokenizeParagraphPlugins[at] = breakImplicitSentences
  parser.breakPlugin = at >= 0
  return parser
}
