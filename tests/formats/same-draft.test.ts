/** The same draft as .txt, .md and .html yields the same findings, each at its right source place. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import { lintSync } from '../../src/lint.js'

const root = resolve(import.meta.dirname, '../..')
const drafts = ['draft-floods.txt', 'draft-floods.md', 'draft-floods.html'].map((name) => {
  const text = readFileSync(resolve(root, 'examples', name), 'utf8')
  return { name, text, file: lintSync(new VFile({ path: name, value: text }), { preset: 'strict' }) }
})

/** A finding as the reader sees it: rule and the decoded words (HTML entities decoded). */
const decode = (s: string) => s.replace(/&ldquo;/g, '\u201c').replace(/&rdquo;/g, '\u201d').replace(/&amp;/g, '&')

test('each format finds something', () => {
  for (const draft of drafts) expect(draft.file.messages.length).toBeGreaterThan(5)
})

test('the three formats give the same findings', () => {
  const [text, markdown, html] = drafts.map((d) => d.file.messages.map((m) => `${m.ruleId}: ${decode(String(m.actual))}`))
  expect(markdown).toEqual(text)
  expect(html).toEqual(text)
})

test('every finding points at its own words in the source', () => {
  for (const draft of drafts) {
    for (const message of draft.file.messages) {
      const place = message.place as { start: { offset: number }; end: { offset: number } }
      expect(draft.text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }
  }
})
