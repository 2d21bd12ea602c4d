/**
 * Markdown that is slow or fatal in the parser itself: nesting is capped before parsing (offsets
 * kept), trees are walked iteratively, and any thrown error becomes a file-level fatal message.
 * Time bounds are checked by `npm run bench`, not here; these assert no throw and sound output.
 */
import { VFile } from 'vfile'
import { lintSync } from '../../src/lint.js'
import { capNesting } from '../../src/formats/markdown.js'

const inputs: [string, string][] = [
  ['5,000 nested block quotes', '>'.repeat(5000) + ' The storm killed 12 people.'],
  ['a list nested 1,000 deep', Array.from({ length: 1000 }, (_, i) => ' '.repeat(i * 2) + '- The storm killed ' + i + ' people.').join('\n')],
  ['20,000 emphasis markers', '*'.repeat(20000) + 'x' + '*'.repeat(20000)],
  ['alternating emphasis markers', '*_'.repeat(20000)],
  ['50,000 opening brackets', '['.repeat(50000) + 'x'],
  ['30,000 backticks', '`'.repeat(30000) + 'x'],
]

test.each(inputs)('%s: no throw, no parse error, positions inside the document', (_name, text) => {
  const file = lintSync(new VFile({ path: 'a.md', value: text }))
  for (const message of file.messages) {
    expect(message.ruleId).not.toBe('parse-error')
    expect(message.ruleId).not.toBe('internal-error')
    const place = message.place as { start: { offset: number }; end: { offset: number } }
    expect(place.start.offset).toBeGreaterThanOrEqual(0)
    expect(place.end.offset).toBeLessThanOrEqual(text.length)
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
  }
})

test('capping keeps every offset: the document keeps its length and its prose', () => {
  for (const [, text] of inputs) expect(capNesting(text).length).toBe(text.length)
  const normal = '# Title\n\n> A quote\n\n- a list\n  - nested\n\n*emphasis* and **strong**.'
  expect(capNesting(normal)).toBe(normal)
})
