/**
 * parse-english, with its hot spots done again by hand: the same trees, about a third of the
 * parsing time (0.65 s to 0.22 s for the 2,225 bbc_news articles; the command spent a fifth of
 * its time here).
 *
 * - `tokenize`: parse-latin tests three Unicode regular expressions on every character of the
 *   document. Here each UTF-16 code unit is classed once, by parse-latin's own `tokenize` on that
 *   one character, and remembered; the loop that groups characters into nodes and counts lines
 *   is parse-latin's, point for point (shared start points, separate end points).
 * - The sentence stage: parse-latin runs seven passes over the whole document read as one
 *   sentence. The five that rarely act run (parse-english's own plugins) only where a quick look
 *   says they could; symbols inside words and positions are done directly.
 * - `breakImplicitSentences` (a paragraph plugin): it split every white-space node's text into
 *   lines to count them, an array per space in the document; here the line breaks are counted.
 *
 * Everything else (the paragraph merges, abbreviations) is parse-english's. The trees are tested
 * equal to parse-english's, point objects shared alike, on every bbc_news article, the examples,
 * random text and a case per pass (tests/formats/english.test.ts).
 */
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { ParseEnglish } from 'parse-english'

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
      if (node.type !== 'WhiteSpaceNode' || node.value.length < 2 || lineBreaks(node.value) < 2) continue
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

// -- The sentence stage -------------------------------------------------------------------------
//
// parse-latin runs its seven sentence plugins over the whole document read as one sentence, each
// a full pass through unist-util-modify-children. Most passes change nothing in most documents:
// a pass that rarely acts runs (parse-latin's own plugin, untouched) only where a quick look says
// it could act; the two that act on most documents are done here directly.

/** parse-latin's symbols inside a word ("don't", "well-known", "3.5", "U.S"). */
const WORD_SYMBOL_INNER = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

const ELISION = 1
const INITIAL_SYMBOL = 2
const FINAL_SYMBOL = 4
const INNER_SLASH = 8
const INITIALISM = 16

const isMark = (node: SentenceContent | undefined): boolean => node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')

/**
 * Which of the rarely acting plugins could act on these nodes: each bit is set wherever the
 * plugin's own test could pass (a superset of where it acts). A plugin whose bit is clear would
 * change nothing: it does not change the nodes before it acts, so it meets these same nodes all
 * the way through.
 */
function mayAct(children: readonly SentenceContent[]): number {
  let mask = 0
  for (let i = 0; i < children.length; i++) {
    const child = children[i]
    if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') continue
    const value = child.value
    const previous = i > 0 ? children[i - 1] : undefined
    const next = children[i + 1]
    const afterWord = previous !== undefined && previous.type === 'WordNode'
    const beforeWord = next !== undefined && next.type === 'WordNode'
    // parse-english's elisions: "w/", "o' the", "'twas", "'n'"; parse-latin's "&c", "pre-", "km/h".
    if (value === '/' && afterWord) mask |= ELISION | INNER_SLASH
    else if ((value === "'" || value === '\u2019') && ((afterWord && next !== undefined) || (beforeWord && !afterWord))) mask |= ELISION
    else if (value === '&' && beforeWord && !afterWord) mask |= INITIAL_SYMBOL
    else if (value === '-' && afterWord && !beforeWord) mask |= FINAL_SYMBOL
    else if (value === '.' && child.type === 'PunctuationNode' && afterWord && previous.children.length % 2 === 1 && previous.children.length !== 1) mask |= INITIALISM
  }
  return mask
}

type WordContent = Extract<SentenceContent, { type: 'WordNode' }>['children'][number]
const NO_TOKENS: readonly WordContent[] = []

/** The nodes a merged run puts in its word: each word's children, and the symbols between. */
function runTokens(siblings: readonly SentenceContent[], from: number, to: number): WordContent[] {
  const tokens: WordContent[] = []
  for (let k = from; k <= to; k++) {
    const node = siblings[k]
    if (node.type === 'WordNode') tokens.push(...node.children)
    else tokens.push(node as WordContent)
  }
  return tokens
}

/**
 * parse-latin's `mergeInnerWordSymbol`: words joined by symbols become one word. Whether it merged
 * any. parse-latin removes each merged run with `splice` from the whole document's node list,
 * which is quadratic (a megabyte of "well-known" took 17 s); here the list is compacted in place
 * in one pass (0.3 s).
 */
export function mergeInnerWordSymbol(parent: Sentence): boolean {
  const siblings = parent.children
  // Nodes are read at `index` and kept at `kept` (the same place until a run is merged).
  let kept = 0
  let index = 0
  while (index < siblings.length) {
    const child = siblings[index]
    const previous = kept > 0 ? siblings[kept - 1] : undefined
    let lastWord = -1
    if (previous !== undefined && previous.type === 'WordNode' && isMark(child)) {
      // The run of words and inner symbols from the mark; it ends at the last word in it.
      for (let position = index; position < siblings.length; position++) {
        const sibling = siblings[position]
        if (sibling.type === 'WordNode') lastWord = position
        else if (!(isMark(sibling) && WORD_SYMBOL_INNER.test(toString(sibling)))) break
      }
    }
    const tokens = lastWord < 0 || previous === undefined || previous.type !== 'WordNode' ? NO_TOKENS : runTokens(siblings, index, lastWord)
    if (tokens.length === 0 || previous === undefined || previous.type !== 'WordNode') {
      siblings[kept++] = child
      index++
      continue
    }
    previous.children.push(...tokens)
    const last = tokens[tokens.length - 1]
    if (previous.position && last.position) previous.position.end = last.position.end
    // What follows the run is looked at next, after the same (now longer) word.
    index = lastWord + 1
  }
  const merged = kept < siblings.length
  siblings.length = kept
  return merged
}

type Positioned = { position?: { start?: Point; end?: Point }; children: { position?: { start: Point; end: Point } }[] }

/** parse-latin's `patchPosition`: a parent without a start or end takes its first child's start and last child's end. */
export function patchPosition(node: Positioned): void {
  const children = node.children
  if (children.length === 0) return
  const first = children[0].position
  if (first && !node.position?.start) {
    node.position ??= {}
    node.position.start = first.start
  }
  const last = children[children.length - 1].position
  if (last && !node.position?.end) {
    node.position ??= {}
    node.position.end = last.end
  }
}

interface SentencePlugins {
  elision: Plugin<Sentence>
  initialSymbol: Plugin<Sentence>
  finalSymbol: Plugin<Sentence>
  innerSlash: Plugin<Sentence>
  initialisms: Plugin<Sentence>
}

/** The sentence stage, in parse-english's order, with the given plugins for the rarely acting passes. */
function sentenceStage(plugins: SentencePlugins): Plugin<Sentence> {
  return (sentence) => {
    let mask = mayAct(sentence.children)
    const run = (bit: number, plugin: Plugin<Sentence>): void => {
      if ((mask & bit) === 0) return
      plugin(sentence)
      mask = mayAct(sentence.children)
    }
    run(ELISION, plugins.elision)
    run(INITIAL_SYMBOL, plugins.initialSymbol)
    run(FINAL_SYMBOL, plugins.finalSymbol)
    if (mergeInnerWordSymbol(sentence)) mask = mayAct(sentence.children)
    run(INNER_SLASH, plugins.innerSlash)
    run(INITIALISM, plugins.initialisms)
    patchPosition(sentence as unknown as Positioned)
  }
}

/**
 * parse-english's sentence plugins, named, when they are what this code was written against:
 * its elision plugin, then parse-latin's six (initial "&", final "-", inner symbols, inner "/",
 * initialisms, positions). parse-latin's patchPosition ends its root and paragraph lists too.
 */
function sentencePlugins(parser: Parser): SentencePlugins | null {
  const latin = (Object.getPrototypeOf(ParseEnglish.prototype) as Parser).tokenizeSentencePlugins
  const own = parser.tokenizeSentencePlugins
  if (!Array.isArray(latin) || latin.length !== 6 || own.length !== 7 || latin.some((plugin, i) => own[i + 1] !== plugin)) return null
  const patch = latin[5] as unknown
  if (parser.tokenizeParagraphPlugins.at(-1) !== patch || parser.tokenizeRootPlugins.at(-1) !== patch) return null
  return { elision: own[0], initialSymbol: latin[0], finalSymbol: latin[1], innerSlash: latin[3], initialisms: latin[4] }
}

/**
 * Which of parse-english's paragraph plugins is `breakImplicitSentences` (parse-latin does not
 * export it): the only one that splits a sentence of `a`, a blank line, `b` into three nodes.
 */
function findBreakPlugin(plugins: readonly Plugin<Paragraph>[]): number {
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

type Plugin<Node> = (node: Node) => void
type Parser = ParseEnglish & {
  tokenizeSentencePlugins: Plugin<Sentence>[]
  tokenizeParagraphPlugins: Plugin<Paragraph>[]
  tokenizeRootPlugins: Plugin<Root>[]
}

/** What a parser from createEnglishParser replaced (a later parse-english may not match): a test checks all are true. */
export interface Replaced {
  breakPlugin: boolean
  sentenceStage: boolean
}

/**
 * A parse-english parser with the replacements. Where a later parse-english no longer matches
 * what they were written against, its own plugins stay (the same trees, only slower).
 */
export function createEnglishParser(): ParseEnglish & { replaced: Replaced } {
  const parser = new ParseEnglish() as Parser & { replaced: Replaced }
  parser.tokenize = tokenize
  const at = findBreakPlugin(parser.tokenizeParagraphPlugins)
  if (at >= 0) parser.tokenizeParagraphPlugins[at] = breakImplicitSentences
  const plugins = sentencePlugins(parser)
  if (plugins) {
    const patch: unknown = parser.tokenizeRootPlugins.at(-1)
    parser.tokenizeSentencePlugins = [sentenceStage(plugins)]
    parser.tokenizeParagraphPlugins = parser.tokenizeParagraphPlugins.map((plugin) => (plugin === patch ? (patchPosition as unknown as Plugin<Paragraph>) : plugin))
    parser.tokenizeRootPlugins = parser.tokenizeRootPlugins.map((plugin) => (plugin === patch ? (patchPosition as unknown as Plugin<Root>) : plugin))
  }
  parser.replaced = { breakPlugin: at >= 0, sentenceStage: plugins !== null }
  return parser
}
