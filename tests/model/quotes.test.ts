/**
 * The quotes facet: spans of direct quotation. Every case is a short news sentence; the expected
 * values are what a copy editor reads as a quotation, not what the code happens to do.
 *
 * `withoutQuotes` (RuleTester's `valid`): apostrophes, elisions and stray marks that open no quote.
 * `withQuotes` (RuleTester's `invalid`): each quote in document order, its text including the marks
 * (`text.slice(start, end)`) and, where given, its inner text, `unclosed`, `depth`, `parent`,
 * `continues` and the number of sentences it spans.
 */
import { modelOf, spanText } from '../helpers.js'
import type { ProseModel, Quote } from '../../src/model/types.js'

interface ExpectedQuote {
  /** The quote with its marks: `text.slice(start, end)`. */
  text: string
  /** `text.slice(inner.start, inner.end)`. */
  inner?: string
  unclosed?: boolean
  depth?: number
  /** Index of the enclosing quote, or -1. */
  parent?: number
  /** Index of the previous paragraph's quote this one continues, or -1. */
  continues?: number
  /** The closing mark, or null when there is none. */
  close?: string | null
  /** Number of sentences the quote touches (sentenceEnd - sentenceStart + 1). */
  sentences?: number
}

interface QuoteCase {
  name: string
  text: string
  quotes: ExpectedQuote[]
}

function project(model: ProseModel, quote: Quote, expected: ExpectedQuote | undefined): Record<string, unknown> {
  const { text } = model
  const out: Record<string, unknown> = { text: spanText(text, quote) }
  if (!expected) return { ...out, inner: spanText(text, quote.inner), unclosed: quote.unclosed, depth: quote.depth, continues: quote.continues }
  if ('inner' in expected) out.inner = spanText(text, quote.inner)
  if ('unclosed' in expected) out.unclosed = quote.unclosed
  if ('depth' in expected) out.depth = quote.depth
  if ('parent' in expected) out.parent = quote.parent
  if ('continues' in expected) out.continues = quote.continues
  if ('close' in expected) out.close = quote.close
  if ('sentences' in expected) out.sentences = quote.sentenceEnd - quote.sentenceStart + 1
  return out
}

/** Quotes stay inside their own paragraph, and the inner span inside the quote. */
function checkInvariants(model: ProseModel): void {
  for (const quote of model.quotes) {
    const paragraph = model.paragraphs[quote.paragraph]
    expect(quote.start).toBeGreaterThanOrEqual(paragraph.start)
    expect(quote.end).toBeLessThanOrEqual(paragraph.end)
    expect(quote.inner.start).toBeGreaterThanOrEqual(quote.start)
    expect(quote.inner.end).toBeLessThanOrEqual(quote.end)
    expect(model.text.slice(quote.start, quote.start + quote.open.length)).toBe(quote.open)
    if (quote.close !== null) expect(model.text.slice(quote.end - quote.close.length, quote.end)).toBe(quote.close)
    if (quote.parent >= 0) {
      const parent = model.quotes[quote.parent]
      expect(quote.start).toBeGreaterThanOrEqual(parent.start)
      expect(quote.end).toBeLessThanOrEqual(parent.end)
      expect(quote.depth).toBe(parent.depth + 1)
    }
  }
  // Tokens point at the innermost quote that contains them (marks excluded), or -1.
  for (const token of model.tokens) {
    if (token.quote < 0) continue
    const quote = model.quotes[token.quote]
    expect(token.start).toBeGreaterThanOrEqual(quote.inner.start)
    expect(token.end).toBeLessThanOrEqual(quote.inner.end)
  }
}

const withoutQuotes: { name: string; text: string }[] = [
  { name: 'possessive with a curly apostrophe', text: 'Israel’s cabinet met on Sunday.' },
  { name: 'decade elision', text: 'Prices last rose this fast in the ’90s.' },
  { name: 'class year elision', text: 'The class of ’08 held a reunion in the old gym.' },
  { name: 'rock ’n’ roll', text: 'The museum celebrates rock ’n’ roll history.' },
  { name: 'plural possessive (curly)', text: 'The players’ union rejected the offer.' },
  { name: 'plural possessive (straight) and a possessive', text: "The players' union rejected Israel's offer." },
  { name: 'contraction', text: 'The minister didn’t comment on the report.' },
  { name: 'plural possessive of a name ending in s', text: 'The Joneses’ house was searched on Monday.' },
  { name: 'a stray closing mark', text: 'Voters backed the measure” by a wide margin.' },
  { name: 'an elision typed with an opening mark', text: 'And how ‘bout this headline from the weekend?' },
  { name: 'an elision of "them" typed with an opening mark', text: 'Voters told the party to let ‘em decide the rules.' },
]

const withQuotes: QuoteCase[] = [
  {
    name: "typewriter ''' closes a single quote inside a double one",
    text: "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.",
    quotes: [
      { text: "''We are told all the time, 'Kosovo is a special case,'''", depth: 0, unclosed: false },
      { text: "'Kosovo is a special case,'", depth: 1, unclosed: false },
    ],
  },
  {
    name: 'a quote whose sentences each open with a mark but never close: each new opener ends the last quote, unclosed',
    text: '"The bid will not proceed. "If that is the case, the price is 305. "It could go ahead."',
    quotes: [
      { text: '"The bid will not proceed.', unclosed: true },
      { text: '"If that is the case, the price is 305.', unclosed: true },
      { text: '"It could go ahead."', unclosed: false },
    ],
  },
  {
    name: 'straight double quotes in mid-sentence',
    text: 'The mayor said "we will rebuild" after the flood.',
    quotes: [{ text: '"we will rebuild"', inner: 'we will rebuild', unclosed: false, depth: 0, continues: -1 }],
  },
  {
    name: 'curly double quotes with the comma inside',
    text: '“We will rebuild,” the mayor said.',
    quotes: [{ text: '“We will rebuild,”', inner: 'We will rebuild,', unclosed: false, depth: 0, close: '”' }],
  },
  {
    name: 'two straight quoted words in one sentence keep their pairs',
    text: 'The "yes" camp beat the "no" camp by four points.',
    quotes: [
      { text: '"yes"', inner: 'yes', depth: 0 },
      { text: '"no"', inner: 'no', depth: 0 },
    ],
  },
  {
    name: 'a quote broken by its attribution',
    text: '“We are ready,” she said, “and we will win.”',
    quotes: [
      { text: '“We are ready,”', inner: 'We are ready,', depth: 0, continues: -1 },
      { text: '“and we will win.”', inner: 'and we will win.', depth: 0, continues: -1 },
    ],
  },
  {
    name: 'single quotes nested in curly double quotes',
    text: '“It is ‘fake’ news,” the senator said.',
    quotes: [
      { text: '“It is ‘fake’ news,”', inner: 'It is ‘fake’ news,', depth: 0, parent: -1 },
      { text: '‘fake’', inner: 'fake', depth: 1, parent: 0, unclosed: false },
    ],
  },
  {
    name: 'straight single quotes nested in straight double quotes',
    text: `"He called it 'a disgrace' on air," she said.`,
    quotes: [
      { text: `"He called it 'a disgrace' on air,"`, depth: 0 },
      { text: "'a disgrace'", inner: 'a disgrace', depth: 1, parent: 0 },
    ],
  },
  {
    name: 'an apostrophe and a nested quote in the same quotation',
    text: '“Israel’s position is ‘final’,” the envoy said.',
    quotes: [
      { text: '“Israel’s position is ‘final’,”', inner: 'Israel’s position is ‘final’,', depth: 0 },
      { text: '‘final’', inner: 'final', depth: 1, parent: 0 },
    ],
  },
  {
    name: 'curly single quotes as quotation marks (scare quote)',
    text: 'The minister called the plan ‘unworkable’ on Monday.',
    quotes: [{ text: '‘unworkable’', inner: 'unworkable', depth: 0, unclosed: false }],
  },
  {
    name: 'straight single quotes as quotation marks',
    text: "The minister called the plan 'unworkable' on Monday.",
    quotes: [{ text: "'unworkable'", inner: 'unworkable', depth: 0, unclosed: false }],
  },
  {
    name: 'British style: single quotes for speech',
    text: '‘We will not back down,’ the union said.',
    quotes: [{ text: '‘We will not back down,’', inner: 'We will not back down,', depth: 0 }],
  },
  {
    name: 'a contraction inside single-quoted speech',
    text: '‘I’m not leaving,’ she said.',
    quotes: [{ text: '‘I’m not leaving,’', inner: 'I’m not leaving,', depth: 0 }],
  },
  {
    name: 'a plural possessive inside single-quoted speech does not close the quote',
    text: '‘The players’ union will decide,’ he said.',
    quotes: [{ text: '‘The players’ union will decide,’', inner: 'The players’ union will decide,', depth: 0, unclosed: false }],
  },
  {
    name: 'a decade elision inside a quotation opens no nested quote',
    text: '“Back in the ’90s we had nothing,” he said.',
    quotes: [{ text: '“Back in the ’90s we had nothing,”', inner: 'Back in the ’90s we had nothing,', depth: 0 }],
  },
  {
    name: 'rock ’n’ roll inside a quotation opens no nested quote',
    text: '“Rock ’n’ roll saved this town,” the mayor said.',
    quotes: [{ text: '“Rock ’n’ roll saved this town,”', depth: 0 }],
  },
  {
    name: 'a quotation spanning three sentences',
    text: '“We lost everything. The water came at night. Nobody warned us,” said a farmer.',
    quotes: [{ text: '“We lost everything. The water came at night. Nobody warned us,”', unclosed: false, sentences: 3 }],
  },
  {
    name: 'a quotation with the full stop inside the closing mark',
    text: 'The minister called it “a disgrace.”',
    quotes: [{ text: '“a disgrace.”', inner: 'a disgrace.', depth: 0 }],
  },
  {
    name: 'a quotation inside brackets',
    text: 'The sign (“Keep out”) was taken down on Friday.',
    quotes: [{ text: '“Keep out”', inner: 'Keep out', depth: 0 }],
  },
  {
    name: 'guillemets',
    text: 'The banner read «Liberté» in red letters.',
    quotes: [{ text: '«Liberté»', inner: 'Liberté', depth: 0 }],
  },
  {
    name: 'a quotation continued into the next paragraph (curly marks)',
    text: '“The first thing we did was count the children.\n\n“Then we ran for the hills,” she said.',
    quotes: [
      { text: '“The first thing we did was count the children.', unclosed: false, close: null, continues: -1 },
      { text: '“Then we ran for the hills,”', unclosed: false, continues: 0 },
    ],
  },
  {
    name: 'a quotation continued over three paragraphs',
    text: '“We heard the sirens at midnight.\n\n“By dawn the street was under water.\n\n“Nobody came for two days,” she said.',
    quotes: [
      { text: '“We heard the sirens at midnight.', unclosed: false, continues: -1 },
      { text: '“By dawn the street was under water.', unclosed: false, continues: 0 },
      { text: '“Nobody came for two days,”', unclosed: false, continues: 1 },
    ],
  },
  {
    name: 'a quotation continued into the next paragraph (straight marks)',
    text: '"We waited for hours at the border.\n\n"Then the buses came," he said.',
    quotes: [
      { text: '"We waited for hours at the border.', unclosed: false, continues: -1 },
      { text: '"Then the buses came,"', unclosed: false, continues: 0 },
    ],
  },
  {
    name: 'a closed quotation followed by a new one in the next paragraph is no continuation',
    text: '“We are ready,” he said.\n\n“So are we,” she replied.',
    quotes: [
      { text: '“We are ready,”', continues: -1, unclosed: false },
      { text: '“So are we,”', continues: -1, unclosed: false },
    ],
  },
  {
    name: 'an unclosed quotation ends at its paragraph and does not swallow the next one',
    text: '“We will not leave, the farmer said.\n\nThe army arrived on Monday.',
    quotes: [{ text: '“We will not leave, the farmer said.', inner: 'We will not leave, the farmer said.', unclosed: true, close: null, continues: -1 }],
  },
  {
    name: 'an unbalanced straight mark does not flip the pairing in the next paragraph',
    text: 'He said "we will win and left.\n\nThe coach said "no comment" later.',
    quotes: [
      { text: '"we will win and left.', unclosed: true, continues: -1 },
      { text: '"no comment"', inner: 'no comment', unclosed: false, continues: -1 },
    ],
  },
  {
    name: 'an unclosed nested quote ends where its enclosing quote closes',
    text: '“The sign said ‘closed for good, she recalled.”',
    quotes: [
      { text: '“The sign said ‘closed for good, she recalled.”', depth: 0, unclosed: false },
      { text: '‘closed for good, she recalled.', depth: 1, parent: 0, unclosed: true },
    ],
  },
  {
    name: 'a title in straight quotes',
    text: 'She reviewed "The Long Night" for the paper.',
    quotes: [{ text: '"The Long Night"', inner: 'The Long Night', depth: 0 }],
  },
  {
    name: 'a possessive next to a quoted phrase',
    text: 'Israel’s “iron dome” system intercepted the rockets.',
    quotes: [{ text: '“iron dome”', inner: 'iron dome', depth: 0 }],
  },
]

describe('quotes: apostrophes and elisions open no quotation', () => {
  test.each(withoutQuotes)('$name: $text', ({ text }) => {
    const model = modelOf(text)
    expect(model.quotes.map((q) => spanText(text, q))).toEqual([])
    for (const token of model.tokens) expect(token.quote).toBe(-1)
  })
})

describe('quotes: spans of direct quotation', () => {
  test.each(withQuotes)('$name: $text', ({ text, quotes }) => {
    const model = modelOf(text)
    const actual = model.quotes.map((quote, i) => project(model, quote, quotes[i]))
    expect(actual).toEqual(quotes.map((q) => ({ ...q })))
    checkInvariants(model)
  })

  test('an unclosed quotation leaves the next paragraph in the writer’s voice', () => {
    const text = '“We will not leave, the farmer said.\n\nThe army arrived on Monday.'
    const model = modelOf(text)
    const second = model.paragraphs[1]
    const inside = model.tokens.filter((t) => t.start >= second.start && t.end <= second.end && t.quote >= 0)
    expect(inside.map((t) => t.value)).toEqual([])
  })

  test('word counts include nested quotes', () => {
    const text = '“It is ‘fake’ news,” the senator said.'
    const model = modelOf(text)
    expect(model.quotes.map((q) => q.words)).toEqual([4, 1])
  })
})
