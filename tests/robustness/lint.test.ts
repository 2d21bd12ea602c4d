/**
 * Robustness of `lint()` in every format and preset, and of the bytes it accepts: hostile text
 * never throws and never becomes an internal error, messages lie inside the source on the flagged
 * text, results are deterministic, and bytes that are not UTF-8 text (NUL, invalid sequences,
 * random binary) give one clear file-level message or a correct result, never a crash.
 *
 * Markdown built to be slow or deep (lists nested hundreds deep, thousands of `>`) is checked here
 * for "no throw" only; its times are the bench's business (`npm run bench`), not a test's.
 */
import fc from 'fast-check'
import { lintSync, PRESET_NAMES } from '../../src/index.js'
import { anyText, longSentence, problems, summary } from './arbitraries.js'

const FORMATS = ['text', 'markdown', 'mdx', 'html'] as const
const format = fc.constantFrom(...FORMATS)
const preset = fc.constantFrom(...PRESET_NAMES)

test('every format and preset: no throw, no internal error, messages inside the source on the flagged text', () => {
  fc.assert(
    fc.property(anyText, format, preset, (text, f, p) => {
      expect(problems(text, lintSync(text, { format: f, preset: p }))).toEqual([])
    }),
    { numRuns: 400 },
  )
})

test('every format and preset: the same input gives the same messages', () => {
  fc.assert(
    fc.property(anyText, format, preset, (text, f, p) => {
      expect(summary(lintSync(text, { format: f, preset: p }))).toEqual(summary(lintSync(text, { format: f, preset: p })))
    }),
    { numRuns: 150 },
  )
})

test('very long sentences in every format', () => {
  fc.assert(
    fc.property(longSentence, format, (text, f) => {
      expect(problems(text, lintSync(text, { format: f, preset: 'strict' }))).toEqual([])
    }),
    { numRuns: 6 },
  )
})

test('empty input in every format and preset', () => {
  for (const f of FORMATS) for (const p of PRESET_NAMES) for (const text of ['', ' ', '\r\n', '\uFEFF']) expect(lintSync(text, { format: f, preset: p }).messages).toEqual([])
})

describe('bytes', () => {
  const encoder = new TextEncoder()

  test('valid UTF-8 bytes lint exactly as the decoded string; a byte-order mark is dropped, as editors do', () => {
    const text = 'Floods killed at least 40 people, critics say. \u{1F600} \u201cWe will rebuild,\u201d'
    expect(summary(lintSync(encoder.encode(text)))).toEqual(summary(lintSync(text)))
    const file = lintSync(encoder.encode(`\uFEFF${text}`))
    expect(String(file.value)).toBe(text)
    expect(summary(file)).toEqual(summary(lintSync(text)))
  })

  test('NUL bytes: one fatal binary-file message, no lint', () => {
    const file = lintSync(new Uint8Array([0x46, 0x6c, 0x6f, 0x6f, 0x64, 0x73, 0x00, 0x20, 0x34, 0x30]))
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['binary-file', true]])
    expect(file.messages[0].reason).toMatch(/binary/)
  })

  test('invalid UTF-8: one fatal invalid-utf8 message, no lint', () => {
    for (const bad of [[0xff, 0xfe], [0xc3, 0x28], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x54, 0x68, 0x65, 0xe2, 0x82]]) {
      const file = lintSync(new Uint8Array([...encoder.encode('Floods killed 40 people. '), ...bad]))
      expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['invalid-utf8', true]])
      expect(file.messages[0].reason).toMatch(/UTF-8/)
    }
  })

  test('arbitrary bytes: a clear file-level message or the same result as the decoded text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), format, (data, f) => {
        const file = lintSync(data, { format: f })
        let text: string | null
        try {
          text = data.includes(0) ? null : new TextDecoder('utf-8', { fatal: true }).decode(data)
        } catch {
          text = null
        }
        if (text === null) {
          expect(file.messages).toHaveLength(1)
          expect(file.messages[0].fatal).toBe(true)
          expect(['binary-file', 'invalid-utf8']).toContain(file.messages[0].ruleId)
        } else {
          expect(problems(text, file)).toEqual([])
          expect(summary(file)).toEqual(summary(lintSync(text, { format: f })))
        }
      }),
      { numRuns: 300 },
    )
  })
})

test('deep Markdown, MDX and HTML: no throw and no internal error', () => {
  const inputs = [
    '>'.repeat(2000) + ' Floods killed 40 people.',
    Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- Floods killed ${i} people`).join('\n'),
    '*'.repeat(3000) + 'Floods killed 40 people' + '*'.repeat(3000),
    '<div>'.repeat(300) + '<p>Floods killed 40 people.</p>' + '</div>'.repeat(300),
    '['.repeat(3000) + 'Floods killed 40 people' + ']'.repeat(3000),
  ]
  for (const text of inputs) {
    for (const f of FORMATS) {
      if (f === 'mdx' && text.startsWith('<div>')) continue // slow in the MDX parser itself: see the bench notes
      const file = lintSync(text, { format: f })
      expect({ format: f, start: text.slice(0, 20), problems: problems(text, file) }).toEqual({ format: f, start: text.slice(0, 20), problems: [] })
    }
  }
})
