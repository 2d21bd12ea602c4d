/**
 * src/formats/english.ts redoes parse-latin's tokenizer and one paragraph plugin for speed: its
 * trees must be parse-english's, node for node, position for position, and with the same point
 * objects shared (parse-latin shares a start point between a word and its text, and later plugins
 * and the piecewise parser rely on it). Compared on the bbc_news articles (read from
 * ../shared/corpora, never copied here), on our example drafts, and on seeded random text built
 * from the characters that change tokens: line endings, quotes, dashes, astral and lone
 * surrogates, bidi marks, combining marks, abbreviations.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ParseEnglish } from 'parse-english'
import { bbcFile, corporaDir, toBbcArticle } from '../../scripts/eval/corpus.js'
import { seededRandom } from '../../scripts/eval/metrics.js'
import { breakImplicitSentences, createEnglishParser, tokenize } from '../../src/formats/english.js'

const root = resolve(import.meta.dirname, '../..')
const stock = new ParseEnglish()
const fast = createEnglishParser()

type Point = { line: number; column: number; offset?: number }
type Node = { type: string; value?: string; children?: Node[]; position?: { start?: Point; end?: Point } }

/**
 * Where two trees differ, or null: the same types, values, children and positions, and the same
 * point objects shared (each point of one tree pairs with exactly one point of the other).
 */
function difference(a: Node, b: Node): string | null {
  const pairs = new Map<Point, Point>()
  const back = new Map<Point, Point>()
  const samePoint = (p: Point | undefined, q: Point | undefined): boolean => {
    if (!p || !q) return p === q
    if (p.line !== q.line || p.column !== q.column || p.offset !== q.offset) return false
    if ((pairs.get(p) ?? q) !== q || (back.get(q) ?? p) !== p) return false
    pairs.set(p, q)
    back.set(q, p)
    return true
  }
  const stack: [Node, Node, string][] = [[a, b, 'root']]
  while (stack.length > 0) {
    const [x, y, path] = stack.pop()!
    if (x.type !== y.type || x.value !== y.value || Object.keys(x).join() !== Object.keys(y).join()) return `${path}: ${x.type} ${JSON.stringify(x.value)} against ${y.type} ${JSON.stringify(y.value)}`
    if (!x.position !== !y.position || (x.position && !(samePoint(x.position.start, y.position!.start) && samePoint(x.position.end, y.position!.end)))) {
      return `${path}: position ${JSON.stringify(x.position)} against ${JSON.stringify(y.position)}`
    }
    const xs = x.children ?? []
    const ys = y.children ?? []
    if (xs.length !== ys.length) return `${path}: ${xs.length} children against ${ys.length}`
    for (let i = 0; i < xs.length; i++) stack.push([xs[i], ys[i], `${path}/${i}`])
  }
  return null
}

const differs = (text: string): string | null => difference(fast.parse(text) as Node, stock.parse(text) as Node)

const PIECES = [
  'The', 'council', 'said', 'Mr.', 'Dr.', 'e.g.', 'U.S.', 'it’s', "don't", 'rock’n’roll', '40', '3.5', '1,200', '£5m', '$3', '5%',
  'well-known', 'and/or', 'a', 'b', 'Ünïcödé', 'مرحبا', 'שלום', 'e\u0301', 'x²', '#tag', '@user', 'fish&chips',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', ' \n \n ', '\u00a0', '\u2028', '\u3000',
  '.', '.', ',', '!', '?', '?!', '...', '…', ':', ';', '"', '“', '”', "'", '‘', '’', '(', ')', '[', ']', '-', '—', '–', '/',
  '&', '*', '©', '€', '\ud83d\ude00', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08', '\ud83d', '\ude00', '\u200f', '\u200e', '\u202b', '\u0000', '\ufeff',
]

function randomText(next: () => number): string {
  const length = 1 + Math.floor(next() * 60)
  let text = ''
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)]
  return text
}

describe('the faster parse-english parser', () => {
  it('found the parse-english plugins it replaces', () => {
    expect(fast.replaced).toEqual({ breakPlugin: true, sentenceStage: true })
  })

  it('classes every character as parse-latin does, astral halves and unassigned code points too', () => {
    const differ: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      if (tokenize(char)[0].type !== stock.tokenize(char)[0].type) differ.push(code)
    }
    expect(differ).toEqual([])
  })

  it.each([
    ['empty', ''],
    ['white space only', ' \n\n '],
    ['CRLF blank line', 'One.\r\n\r\nTwo.'],
    ['a lone CR pair', 'One.\r\rTwo.'],
    ['a repeated mark', 'What?!?! Really...'],
    ['an emoji run', 'Fans cheered \ud83d\ude00\ud83d\ude00 loudly.'],
    ['a slash elision alone', 'She left w/o bags and came back w/ two.'],
    ['elisions', "He came w/ friends o' the town, 'twas rock 'n' roll in the '90s, and it's done."],
    ['symbols at word edges', 'See &c and pre- and post-war plans, at 50 km/h and/or 3.5 mph on the A&E ward.'],
    ['initialisms', 'The U.S. and U.K. met, e.g. in D.C. on 1.2.3 at 5 p.m. with Mr. Smith.'],
    ['a long run of joined words', "well-known x-y-z d.e.f rock'n'roll, a--b and c-.d ".repeat(2000)],
    ['inner symbols', "Don't say well-known x:y=z ab@cd.com or a_b_c or self\u00adcontrol."],
  ])('gives parse-english’s tree: %s', (_name, text) => {
    expect(differs(text)).toBeNull()
  })

  it('gives parse-english’s tree on 3,000 seeded random texts', () => {
    const next = seededRandom(20261125)
    const differ: string[] = []
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next)
      const found = differs(text)
      if (found) differ.push(`${JSON.stringify(text)}: ${found}`)
    }
    expect(differ).toEqual([])
  })

  it('gives parse-english’s tree on every example draft', () => {
    const dir = join(root, 'examples')
    const files = readdirSync(dir).filter((name) => /\.(txt|md|html)$/.test(name))
    expect(files.length).toBeGreaterThan(2)
    expect(files.map((name) => differs(readFileSync(join(dir, name), 'utf8'))).filter(Boolean)).toEqual([])
  })

  it('gives parse-english’s tree on every bbc_news article', () => {
    const file = bbcFile(corporaDir(root))
    const articles = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => toBbcArticle(JSON.parse(line), file))
    expect(articles.length).toBe(2225)
    expect(articles.map((article) => differs(article.text) && `${article.id}: ${differs(article.text)}`).filter(Boolean)).toEqual([])
  }, 60_000)

  it.each([
    ['a blank line', 'He said\n\nno more.', 2],
    ['a CRLF blank line', 'He said\r\n\r\nno more.', 2],
    ['two CRs', 'He said\r\rno more.', 2],
    ['one line break', 'He said\nno more.', 1],
    ['one CRLF', 'He said\r\nno more.', 1],
  ])('breakImplicitSentences splits a sentence at %s only when it holds two line breaks', (_name, text, sentences) => {
    const paragraph = fast.tokenizeParagraph(text)
    const before = stock.tokenizeParagraph(text)
    expect(paragraph.children.filter((node) => node.type === 'SentenceNode')).toHaveLength(sentences)
    expect(difference(paragraph as Node, before as Node)).toBeNull()
    const bare = { type: 'ParagraphNode' as const, children: [{ type: 'SentenceNode' as const, children: tokenize(text) }] }
    breakImplicitSentences(bare)
    expect(bare.children).toHaveLength(sentences === 2 ? 3 : 1)
  })
})
