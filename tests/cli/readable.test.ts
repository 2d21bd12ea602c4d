/**
 * The readable report (src/cli/reporters/readable.ts) is vfile-reporter's output, character for
 * character, with its column widths measured cheaply for the characters news copy is made of: the
 * two reporters on the same files, with each option, must give the same text, and every character
 * the fast width counts as one column must be one column to string-width.
 */
import stringWidth from 'string-width'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { cellWidth, isNarrow, readableReporter } from '../../src/cli/reporters/readable.js'

function files(): VFile[] {
  const a = new VFile({ path: 'drafts/b.txt', value: 'x' })
  const warn = a.message('Unsourced figure: “£40m” is a sum — stated with no source…', { place: { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 9, offset: 24 } }, ruleId: 'unsourced-figure', source: 'copydesk' })
  warn.fatal = false
  warn.note = 'Say whose figure it is.\nSecond line of the note.'
  warn.url = 'https://example.com/rules#unsourced-figure'
  const err = a.message('Loaded term: `terrorist` and ``code``, and `unclosed', { place: { line: 1, column: 1 }, ruleId: 'loaded-term', source: 'copydesk' })
  err.fatal = true
  const info = a.message('Wide: 日本語 and an emoji 🎉, a combining e\u0301 and a tab\there', { place: { start: { line: 3, column: 5 }, end: { line: 3, column: 7 } }, ruleId: 'emotive-language', source: 'copydesk' })
  info.fatal = undefined
  // Same place as the warning: ordered by severity, then source, rule and reason.
  const same = a.message('Another at the same place', { place: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } }, ruleId: 'a-rule', source: 'other' })
  same.fatal = false
  a.message('A reason\nover two lines', { ruleId: 'multi', source: 'copydesk' })
  const caused = a.message('No such file or folder', { cause: Object.assign(new Error('ENOENT: nope'), { stack: 'Error: ENOENT: nope\n    at somewhere' }) })
  caused.fatal = true
  const traced = a.message('With ancestors', { ancestors: [{ type: 'RootNode', children: [], position: { start: { line: 1, column: 1 }, end: { line: 9, column: 1 } } }, { type: 'element', tagName: 'p', children: [] }], ruleId: 'trace' } as unknown as Parameters<VFile['message']>[1])
  traced.fatal = false

  const clean = new VFile({ path: 'drafts/a.md', value: 'x' })
  const stdin = new VFile({ value: 'x' })
  stdin.message('From standard input', { ruleId: 'r', source: 'copydesk' }).fatal = false
  const infoOnly = new VFile({ path: 'drafts/c.html', value: 'x' })
  infoOnly.message('Only info', { place: { line: 2, column: 2 }, ruleId: 'i', source: 'copydesk' })
  return [a, clean, stdin, infoOnly]
}

test.each([
  ['default', {}],
  ['--why', { verbose: true }],
  ['--quiet', { quiet: true }],
  ['colour', { color: true }],
  ['colour, --why, --quiet', { color: true, verbose: true, quiet: true }],
])('the same report as vfile-reporter: %s', (_name, options: { verbose?: boolean; quiet?: boolean; color?: boolean }) => {
  const expected = reporter(files(), { color: false, ...options, defaultName: '<stdin>' })
  expect(readableReporter(files(), { ...options, defaultName: '<stdin>' })).toBe(expected)
})

test('the same report when every message is plain ASCII and when there are none', () => {
  const plain = new VFile({ path: 'x.txt', value: 'x' })
  plain.message('Plain reason', { place: { line: 1, column: 1 }, ruleId: 'r', source: 'copydesk' }).fatal = false
  expect(readableReporter([plain], { defaultName: '<stdin>' })).toBe(reporter([plain], { color: false, defaultName: '<stdin>' }))
  expect(readableReporter([], { defaultName: '<stdin>' })).toBe(reporter([], { color: false, defaultName: '<stdin>' }))
  const clean = [new VFile({ path: 'x.txt', value: 'x' })]
  expect(readableReporter(clean, { quiet: true })).toBe(reporter(clean, { color: false, quiet: true }))
})

test('every character measured as one column is one column wide to string-width, alone and between letters', () => {
  // Characters outside the fast set are measured by string-width itself.
  const wrong: string[] = []
  let narrow = 0
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code)
    if (!isNarrow(ch)) continue
    narrow++
    if (stringWidth(ch) !== 1 || stringWidth(`a${ch}b`) !== 3 || stringWidth(ch + ch) !== 2) wrong.push(code.toString(16))
  }
  expect(wrong).toEqual([])
  expect(narrow).toBeGreaterThan(700)
  expect(isNarrow('Unsourced figure: “£40m” is a sum — stated with no source…')).toBe(true)
  expect(isNarrow('日本')).toBe(false)
  // Colour codes do not count; anything else falls back to string-width.
  expect(cellWidth('\u001B[1mbold\u001B[22m')).toBe(4)
  expect(cellWidth('🎉 日本')).toBe(stringWidth('🎉 日本'))
})
