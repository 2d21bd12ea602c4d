/**
 * Quotation spans: straight and curly double quotes, single quotes used as quotation marks (not
 * apostrophes), guillemets, nesting, quotes continued across paragraphs, and unbalanced marks.
 * One pass over the tokens; an unclosed quote is closed at its paragraph's end.
 */
import type { TokenLayer } from './tokens.js'
import type { Quote, Token } from './types.js'

type Family = 'double' | 'single' | 'guillemet'

interface Mark {
  family: Family
  /** 'open' or 'close' when the glyph says so; 'either' for straight marks. */
  side: 'open' | 'close' | 'either'
}

const MARKS: Record<string, Mark> = {
  '"': { family: 'double', side: 'either' },
  "''": { family: 'double', side: 'either' },
  '``': { family: 'double', side: 'open' },
  '\u201c': { family: 'double', side: 'open' },
  '\u201d': { family: 'double', side: 'close' },
  '\u201e': { family: 'double', side: 'open' },
  '\u201f': { family: 'double', side: 'open' },
  "'": { family: 'single', side: 'either' },
  '\u2018': { family: 'single', side: 'open' },
  '\u2019': { family: 'single', side: 'close' },
  '\u201a': { family: 'single', side: 'open' },
  '\u00ab': { family: 'guillemet', side: 'open' },
  '\u00bb': { family: 'guillemet', side: 'close' },
}

/** Words an apostrophe shortens at the front, often typed with an opening mark ("‘bout", "‘em", "‘til"). */
const ELISIONS = new Set(['bout', 'em', 'cause', 'cos', 'til', 'tis', 'twas', 'n', 'nuff', 'round', 'fraid', 'scuse'])

/** Quotes nest two or three deep in prose; more is noise, and bounded nesting keeps work linear. */
const MAX_DEPTH = 8

const OPENING_CONTEXT = new Set(['(', '[', '{', '\u2014', '\u2013', '-', ':', '/'])

interface Open {
  quote: Quote
  family: Family
}

function isMark(token: Token | undefined): Mark | undefined {
  return token && token.type === 'punctuation' ? MARKS[token.value] : undefined
}

/** Is the token glued to the previous (no white space between) and the next? */
function glue(tokens: readonly Token[], i: number, first: number, last: number) {
  const before = i > first ? tokens[i - 1] : undefined
  const after = i + 1 < last ? tokens[i + 1] : undefined
  // Adjacency by offsets: white space between sentences is not a token.
  return {
    left: before !== undefined && before.type !== 'whitespace' && before.end === tokens[i].start && !OPENING_CONTEXT.has(before.value) && !isMark(before),
    right: after !== undefined && after.type !== 'whitespace' && after.start === tokens[i].end,
    before,
    after,
  }
}

export function findQuotes(layer: TokenLayer): Quote[] {
  const { tokens, sentences, paragraphs } = layer
  const quotes: Quote[] = []
  /** Quotes left open at the end of the previous paragraph (outermost first), for continuation. */
  let carried: Open[] = []

  for (const paragraph of paragraphs) {
    const first = sentences[paragraph.sentenceStart].tokenStart
    const last = sentences[paragraph.sentenceEnd - 1].tokenEnd
    const stack: Open[] = []
    let lastSolid = -1

    const openQuote = (i: number, family: Family, continues: number): void => {
      const parent = stack.length > 0 ? stack[stack.length - 1].quote.index : -1
      const quote: Quote = {
        index: quotes.length,
        start: tokens[i].start,
        end: tokens[i].end,
        inner: { start: tokens[i].end, end: tokens[i].end },
        open: tokens[i].value,
        close: null,
        unclosed: false,
        depth: stack.length,
        parent,
        words: 0,
        paragraph: paragraph.index,
        continues,
        sentenceStart: tokens[i].sentence,
        sentenceEnd: tokens[i].sentence,
      }
      quotes.push(quote)
      stack.push({ quote, family })
    }

    const closeTo = (depth: number, i: number): void => {
      // Close the quote at `depth` with token i; quotes nested deeper are closed with it.
      while (stack.length > depth) {
        const { quote } = stack.pop()!
        const isTarget = stack.length === depth
        quote.close = isTarget ? tokens[i].value : null
        quote.end = isTarget ? tokens[i].end : tokens[i].start
        quote.inner.end = tokens[i].start
        quote.sentenceEnd = tokens[i].sentence
        if (!isTarget) quote.unclosed = true
      }
    }

    const unclosedAt = (depth: number, i: number): void => {
      // End the quote at `depth` (and any inside it) before token i, unclosed.
      let end = i - 1
      while (end > first && tokens[end].type === 'whitespace') end--
      while (stack.length > depth) {
        const { quote } = stack.pop()!
        quote.end = tokens[end].end
        quote.inner.end = tokens[end].end
        quote.sentenceEnd = tokens[end].sentence
        quote.unclosed = true
      }
      // White space already read after the quote's last word lies outside it.
      for (let t = end + 1; t < i; t++) markInside(tokens[t], stack)
    }

    // A paragraph that opens with the same mark a carried quote used continues that quote.
    let firstSolid = first
    while (firstSolid < last && tokens[firstSolid].type === 'whitespace') firstSolid++
    const opener = isMark(tokens[firstSolid])
    const continuing =
      carried.length > 0 && opener !== undefined && opener.family === carried[0].family && opener.side !== 'close'
        ? carried[0].quote.index
        : -1
    carried = []

    for (let i = first; i < last; i++) {
      const token = tokens[i]
      // Typewriter quotes closing a quote inside a quote: ''' is ' then '' ("…a special case,''' he said").
      if (token.type === 'punctuation' && token.value === "'''") {
        const double = lastOfFamily(stack, 'double')
        const single = lastOfFamily(stack, 'single')
        if (double >= 0 && single > double) {
          const singleQuote = stack[single].quote
          const doubleQuote = stack[double].quote
          closeTo(single, i)
          singleQuote.end = tokens[i].start + 1
          singleQuote.close = "'"
          closeTo(double, i)
          doubleQuote.close = "''"
          lastSolid = i
          continue
        }
      }
      const mark = isMark(token)
      if (mark) {
        const { left, right, before } = glue(tokens, i, first, last)
        const depth = lastOfFamily(stack, mark.family)
        let action: 'open' | 'close' | 'skip' | 'reopen'
        if (mark.family === 'single') {
          // Apostrophes: glued on the left to a word (players’ union), or inside a word (handled by
          // the parser). Only a single quote that is open can be closed.
          if (depth >= 0 && left && !(right && tokens[i + 1].type === 'word') && !pluralPossessive(tokens, i, last)) action = 'close'
          else if (!left && right && tokens[i + 1]?.type === 'word') action = mark.side === 'close' && depth >= 0 ? 'close' : ELISIONS.has(tokens[i + 1].norm) ? 'skip' : 'open'
          else if (left && before?.type === 'word') action = 'skip'
          else action = depth >= 0 ? 'close' : 'skip'
        } else if (mark.side === 'open') {
          // A left-glued opener with space after, while a quote of its family is open, is a closer
          // typed with the wrong glyph (“…,“ said X).
          action = depth >= 0 && left && !right ? 'close' : 'open'
        } else if (mark.side === 'close') {
          action = depth >= 0 ? 'close' : left ? 'skip' : 'open'
        } else {
          // Straight double quote: closes an open double quote, else opens one. An opener-shaped
          // mark (space before, word after) right after a full stop inside an open quote starts a
          // new quoted sentence: the open quote lacked its closer ("…investment. "If that's…).
          action = depth >= 0 ? 'close' : 'open'
          if (depth >= 0 && !left && right && tokens[i + 1].type === 'word' && afterSentenceEnd(tokens, i, first)) action = 'reopen'
        }
        // Nesting deeper than any prose uses (a run of opening marks) is not quotation.
        if ((action === 'open' || action === 'reopen') && stack.length >= MAX_DEPTH) action = 'skip'
        if (action === 'reopen') {
          unclosedAt(depth, i)
          openQuote(i, mark.family, -1)
        } else if (action === 'open') openQuote(i, mark.family, i === firstSolid ? continuing : -1)
        else if (action === 'close') closeTo(depth, i)
        else markInside(tokens[i], stack)
        if (action !== 'skip') {
          lastSolid = i
          continue
        }
      }
      if (token.type !== 'whitespace') lastSolid = i
      markInside(token, stack)
    }

    // Quotes still open at the paragraph's end: closed there. The outermost is carried to the
    // next paragraph, which continues it if it opens with the same mark.
    if (stack.length > 0) {
      const endToken = tokens[lastSolid >= 0 ? lastSolid : last - 1]
      const next = paragraphs[paragraph.index + 1]
      let reopened = false
      if (next) {
        let j = sentences[next.sentenceStart].tokenStart
        while (j < tokens.length && tokens[j].type === 'whitespace') j++
        const nextMark = isMark(tokens[j])
        reopened = nextMark !== undefined && nextMark.family === stack[0].family && nextMark.side !== 'close'
      }
      if (reopened) carried = [stack[0]]
      for (const { quote } of stack) {
        quote.end = endToken.end
        quote.inner.end = endToken.end
        quote.sentenceEnd = endToken.sentence
        quote.unclosed = !(reopened && quote === stack[0].quote)
      }
    }
  }

  // Word counts, nested quotes counting for their ancestors too.
  for (const token of tokens) {
    if (token.type !== 'word') continue
    for (let q = token.quote; q >= 0; q = quotes[q].parent) quotes[q].words++
  }
  for (const quote of quotes) if (quote.inner.end < quote.inner.start) quote.inner.end = quote.inner.start
  return quotes
}

/**
 * ‘The players’ union will decide,’ he said: a mark after a word ending in s, followed by a lower-case
 * noun, is a plural possessive, not a closing quote (unless a pronoun, verb or conjunction follows).
 */
const AFTER_CLOSE = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'and', 'or', 'but', 'said', 'says', 'as', 'is', 'was', 'were', 'are', 'in', 'to', 'for', 'of', 'on', 'at', 'by', 'with', 'that', 'which', 'who', 'the', 'a', 'an'])
function pluralPossessive(tokens: readonly Token[], i: number, last: number): boolean {
  const before = tokens[i - 1]
  const space = tokens[i + 1]
  const next = tokens[i + 2]
  if (!before || before.type !== 'word' || !/s$/i.test(before.value)) return false
  if (i + 2 >= last || !space || space.type !== 'whitespace' || !next || next.type !== 'word') return false
  return /^\p{Ll}/u.test(next.value) && !AFTER_CLOSE.has(next.norm)
}

/** Is token i preceded (across white space) by a sentence-final mark? */
function afterSentenceEnd(tokens: readonly Token[], i: number, first: number): boolean {
  let j = i - 1
  while (j >= first && tokens[j].type === 'whitespace') j--
  if (j < first || tokens[j].end >= tokens[i].start) return false
  // The parser glues a full stop onto short numbers ("305."), so a word may end the sentence too.
  return tokens[j].type === 'punctuation' ? /^(\.|\?|!|\.\.\.|\u2026)$/.test(tokens[j].value) : /\d\.$/.test(tokens[j].value)
}

/**
 * The depth of the innermost open quote of a family, or -1. (A function, not a closure over the
 * loop's mark: a closure would make V8 allocate a scope for every token the loop reads.)
 */
function lastOfFamily(stack: readonly Open[], family: Family): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === family) return i
  return -1
}

function markInside(token: Token, stack: readonly Open[]): void {
  token.quote = stack.length > 0 ? stack[stack.length - 1].quote.index : -1
}
