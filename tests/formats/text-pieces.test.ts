/**
 * Long plain text is parsed in pieces cut at blank lines (parse-latin is quadratic on a whole
 * document). Cut at every place a cut is allowed, the tree is the whole-document tree, node for
 * node and position for position; the cuts themselves are only where parse-latin would not merge.
 */
import { ParseEnglish } from 'parse-english'
import { cutsFor, parseInPieces, parseText, PIECE } from '../../src/formats/text.js'

const whole = (text: string) => JSON.stringify(new ParseEnglish().parse(text))
const pieces = (text: string, size: number) => JSON.stringify(parseInPieces(text, size))

const samples = [
  'Floods killed 40 people on Tuesday.\n\nThe ministry said 300 homes were destroyed.\n\n\nRescue teams worked through the night.',
  'The storm killed 12 people. "We lost everything," she said.\n \n  Officials met on Monday.\r\n\r\nThe report came out in 2019.',
  'Line one ends here.\r\rLine two follows.\n\n\u00a0\n\nA no-break space sits between.',
  'He said "Yes.\n\n" she replied.\n\nthe next paragraph starts in lower case.\n\n3 people were hurt.\n\nA list follows:\n\n- one\n\n- two',
  'Prices rose 5%.\n\nThat was in March.\n\nwas it? Nobody knows.\n\n(A note in brackets.)\n\nThe end.\n\n',
  '\n\nLeading blank lines.\n\nTrailing ones too.\n\n\n',
  'Emoji \ud83d\ude00 and accents e\u0301 stay in place.\n\nThe second paragraph has “curly quotes”.',
]

test.each(samples.map((text, i) => [i, text]))('sample %i: pieces of any size give the whole-document tree', (_i, text) => {
  const expected = whole(text)
  for (const size of [1, 10, 40]) expect(pieces(text, size)).toEqual(expected)
})

test('a long document is cut and keeps every position: offsets index the source', () => {
  const paragraph = 'The council met on Tuesday and agreed a new timetable for the town buses. Officials said 40 people attended.'
  const text = Array.from({ length: Math.ceil((PIECE * 2.5) / paragraph.length) }, (_, i) => `${paragraph} Meeting ${i}.`).join('\n\n')
  const tree = parseText(text).tree
  expect(tree.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: text.split('\n').length, column: expect.any(Number), offset: text.length } })
  const words: { value: string; start: number; end: number }[] = []
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; value?: string; children?: unknown[]; position?: { start: { offset: number }; end: { offset: number } } }
    if (node.type === 'TextNode' && node.position) words.push({ value: node.value!, start: node.position.start.offset, end: node.position.end.offset })
    if (node.children) stack.push(...node.children)
  }
  expect(words.length).toBeGreaterThan(10_000)
  expect(words.filter((word) => text.slice(word.start, word.end) !== word.value)).toEqual([])
  // Cut into three pieces, and equal to the whole parse (compared as JSON: the trees are large).
  const cuts = cutsFor(text, PIECE)
  expect(cuts.length).toBe(2)
  for (const [start, end] of cuts) expect([text.charAt(start - 1), text.slice(start, end), text.charAt(end)]).toEqual(['.', '\n\n', 'T'])
  expect(pieces(text, PIECE) === whole(text)).toBe(true)
})
