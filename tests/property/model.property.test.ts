/**
 * Property tests: random text and random punctuation never throw, every message lies inside the
 * document and on the flagged text, every model span is well formed, and results are deterministic.
 */
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { retextUnsourcedFigures } from '../../src/index.js'
import { modelOf } from '../helpers.js'

const words = ['The', 'ministry', 'said', '40', 'people', 'were', 'killed', 'according', 'to', 'officials', '1,200', '3.2bn', '$', '%', 'aged', '45', 'October', '7', 'she', 'added', 'that', 'an', 'estimated', 'dozens', 'per', 'cent', 'it', 'is', 'believed', 'reportedly', 'Route', '66', 'No.', '1', '2004', 'half', 'a', 'third']
const marks = ['"', '\u201c', '\u201d', "'", '\u2018', '\u2019', ',', '.', ':', ';', '(', ')', '\u2014', '-', '!', '?', '\n', '\n\n', '\r\n', ' ', ' ', ' ', '\u200f', '\u00a0', '\ud83d\ude00', 'e\u0301', '\u200d']

const prose = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...marks), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 })
  .map((parts) => parts.join(' '))
const spaced = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...marks)), { maxLength: 120 }).map((parts) => parts.join(''))

function lint(text: string) {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(retextUnsourcedFigures, { 'vague-quantity': 'info', 'unsourced-figure': ['warning', { kinds: ['harm', 'share', 'poll', 'crowd', 'estimate', 'money', 'count', 'result'] }] })
  processor.runSync(processor.parse(file), file)
  return file.messages.map((m) => ({ ruleId: m.ruleId, start: m.place && 'start' in m.place ? m.place.start.offset : undefined, end: m.place && 'end' in m.place ? m.place.end.offset : undefined, actual: m.actual, reason: m.reason }))
}

test('messages lie inside the document and on the flagged text', () => {
  fc.assert(
    fc.property(fc.oneof(prose, spaced), (text) => {
      for (const message of lint(text)) {
        expect(message.start).toBeGreaterThanOrEqual(0)
        expect(message.end).toBeLessThanOrEqual(text.length)
        expect(message.start!).toBeLessThan(message.end!)
        expect(text.slice(message.start, message.end)).toBe(message.actual)
      }
    }),
    { numRuns: 300 },
  )
})

test('results are deterministic', () => {
  fc.assert(
    fc.property(fc.oneof(prose, spaced), (text) => {
      expect(lint(text)).toEqual(lint(text))
    }),
    { numRuns: 100 },
  )
})

test('model spans are well formed: inside the text, start before end, quotes do not cross paragraphs', () => {
  fc.assert(
    fc.property(fc.oneof(prose, spaced), (text) => {
      const model = modelOf(text)
      const spans = [
        ...model.sentences,
        ...model.paragraphs,
        ...model.quotes,
        ...model.quotes.map((q) => q.inner),
        ...model.cues,
        ...model.cues.flatMap((c) => [...c.covers, ...(c.source ? [c.source] : [])]),
        ...model.figures,
      ]
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(0)
        expect(span.end).toBeLessThanOrEqual(text.length)
        expect(span.start).toBeLessThanOrEqual(span.end)
      }
      for (const quote of model.quotes) {
        const paragraph = model.paragraphs[quote.paragraph]
        expect(quote.start).toBeGreaterThanOrEqual(paragraph.start)
        expect(quote.end).toBeLessThanOrEqual(paragraph.end)
      }
    }),
    { numRuns: 300 },
  )
})
