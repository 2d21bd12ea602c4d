/**
 * Inline ignores in every format: "ignore" (the next block), "disable" … "enable", with and
 * without rule ids; MDX expressions; the plain-text line form. Positions of what is left are exact.
 */
import { VFile } from 'vfile'
import { lintSync } from '../../src/lint.js'

const flagged = (path: string, text: string) =>
  lintSync(new VFile({ path, value: text })).messages.map((m) => {
    const place = m.place as { start: { offset: number } }
    return `${m.actual}@${place.start.offset}`
  })

const at = (text: string, words: string, from = 0) => `${words}@${text.indexOf(words, from)}`

test.each([
  ['a.md', '<!-- copydesk ignore unsourced-figure -->\n\nThe storm killed 40 people.\n\nThe storm killed 12 people.'],
  ['a.md', '<!-- copydesk ignore -->\nThe storm killed 40 people.\n\nThe storm killed 12 people.'],
  ['a.html', '<!-- copydesk ignore unsourced-figure --><p>The storm killed 40 people.</p><p>The storm killed 12 people.</p>'],
  ['a.mdx', '{/* copydesk ignore unsourced-figure */}\n\nThe storm killed 40 people.\n\nThe storm killed 12 people.'],
  ['a.txt', '<!-- copydesk ignore unsourced-figure -->\nThe storm killed 40 people.\n\nThe storm killed 12 people.'],
])('"ignore" silences the next block only (%s)', (path, text) => {
  expect(flagged(path, text)).toEqual([at(text, '12')])
})

test.each([
  ['a.md', 'The storm killed 9 people.\n\n<!-- copydesk disable unsourced-figure -->\n\nThe storm killed 40 people.\n\nFloods killed 30 people.\n\n<!-- copydesk enable unsourced-figure -->\n\nThe storm killed 12 people.'],
  ['a.html', '<p>The storm killed 9 people.</p><!-- copydesk disable --><p>The storm killed 40 people.</p><p>Floods killed 30 people.</p><!-- copydesk enable --><p>The storm killed 12 people.</p>'],
  ['a.mdx', 'The storm killed 9 people.\n\n{/* copydesk disable */}\n\nThe storm killed 40 people.\n\nFloods killed 30 people.\n\n{/* copydesk enable */}\n\nThe storm killed 12 people.'],
  ['a.txt', 'The storm killed 9 people.\n<!-- copydesk disable unsourced-figure -->\nThe storm killed 40 people.\nFloods killed 30 people.\n<!-- copydesk enable unsourced-figure -->\nThe storm killed 12 people.'],
])('"disable" … "enable" silences what lies between (%s)', (path, text) => {
  expect(flagged(path, text)).toEqual([at(text, '9'), at(text, '12')])
})

test('a rule id limits the directive to that rule', () => {
  const text = '<!-- copydesk disable vague-quantity -->\n\nThe storm killed 40 people.'
  expect(flagged('a.md', text)).toEqual([at(text, '40')])
})

test('"disable" with no "enable" runs to the end of the file', () => {
  const text = 'The storm killed 9 people.\n\n<!-- copydesk disable -->\n\nThe storm killed 40 people.'
  expect(flagged('a.md', text)).toEqual([at(text, '9')])
})

test('a comment that is not a directive changes nothing', () => {
  const text = '<!-- a note to the desk -->\n\nThe storm killed 40 people.'
  expect(flagged('a.md', text)).toEqual([at(text, '40')])
})
