/**
 * Robustness of the retext plugins under hostile input: every plugin in the registry together,
 * with default options and with every rule switched on, over arbitrary Unicode, CRLF and CR line
 * endings, unbalanced and nested quotes, very long sentences and empty input. Nothing throws,
 * every message lies inside the document on the flagged text (offsets, line and column), and the
 * same input gives the same messages.
 *
 * Adversarial Markdown (nesting depth that slows remark-parse or overflows the stack in the
 * conversion to nlcst) belongs with the formats: see tests/robustness/lint.test.ts and the
 * bench's adversarial section for sizes and times (no timed assertions here).
 */
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import { unified, type Pluggable } from 'unified'
import { VFile } from 'vfile'
import { plugins } from '../../src/plugins/registry.js'
import { rules } from '../../src/rules/index.js'
import { anyText, HOSTILE, longSentence, problems, summary } from './arbitraries.js'

/** Every registry plugin with its defaults, and with each of its rules on at `info`. */
const defaults: Pluggable[] = Object.values(plugins)
const everything: Pluggable[] = Object.entries(plugins).map(([name, plugin]) => {
  const options = Object.fromEntries(rules.filter((rule) => rule.plugin === name).map((rule) => [rule.id, 'info']))
  return [plugin, options]
})

const frozen = {
  defaults: unified().use(retextEnglish).use(defaults).freeze(),
  everything: unified().use(retextEnglish).use(everything).freeze(),
}

function lint(text: string, which: keyof typeof frozen, fresh = false): VFile {
  const processor = fresh ? unified().use(retextEnglish).use(which === 'defaults' ? defaults : everything) : frozen[which]
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file
}

test('the registry has plugins to test', () => {
  expect(defaults.length).toBeGreaterThan(0)
})

describe.each(['defaults', 'everything'] as const)('all plugins together (%s)', (which) => {
  test('arbitrary text: no throw, messages inside the document on the flagged text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(problems(text, lint(text, which))).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  test('the same input gives the same messages (same processor, and a fresh one)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = summary(lint(text, which))
        expect(summary(lint(text, which))).toEqual(first)
        expect(summary(lint(text, which, true))).toEqual(first)
      }),
      { numRuns: 150 },
    )
  })

  test('very long sentences', () => {
    fc.assert(
      fc.property(longSentence, (text) => {
        expect(problems(text, lint(text, which))).toEqual([])
      }),
      { numRuns: 10 },
    )
  })
})

test('empty and white-space-only input', () => {
  for (const text of ['', ' ', '\n', '\r\n', '\r', '\r\r\n\n', '\t\f\v', '\uFEFF', '\u00A0', '\u2028\u2029', '\u200B\u200D']) {
    const file = lint(text, 'everything')
    expect(file.messages).toEqual([])
  }
})

test('every hostile character inside a sentence that flags something', () => {
  const sentences = [
    'Floods killed at least 40 people on Tuesday, critics say.',
    '"We will rebuild," the statement read. An estimated 600 homes were destroyed, sources claimed.',
  ]
  for (const base of sentences) {
    // The sentence does flag something, so the checks below are made on real findings.
    expect(lint(base, 'everything').messages.length).toBeGreaterThan(0)
    for (const hostile of HOSTILE) {
      for (const text of [hostile + base, base.replace(' ', ` ${hostile}`), base.replace('at least', `at${hostile}least`), base + hostile, base.replace(/ /g, hostile)]) {
        expect({ text, problems: problems(text, lint(text, 'everything')) }).toEqual({ text, problems: [] })
      }
    }
  }
})

test('CRLF and CR give the same findings as LF, at the same offsets', () => {
  const text = 'The storm killed 12 people.\n\n"It was terrible," a resident said.\nAn estimated 300 homes were lost, officials said.\n\nCritics say 40% of aid never arrived.'
  const expected = summary(lint(text, 'everything'))
  expect(expected.length).toBe(3)
  for (const eol of ['\r\n', '\r']) {
    const other = text.replace(/\n/g, eol)
    const file = lint(other, 'everything')
    expect(problems(other, file)).toEqual([])
    // Offsets move with the longer line endings; everything else is the same.
    const strip = (rows: unknown[]) => rows.map((row) => (row as unknown[]).slice(0, 6))
    expect(strip(summary(file))).toEqual(strip(expected))
  }
})

describe('bytes that are not UTF-8 text', () => {
  const bytes = fc.uint8Array({ maxLength: 300 })

  test('decoded leniently (TextDecoder, fatal: false): the plugins lint the replacement characters', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        const text = new TextDecoder('utf-8', { fatal: false }).decode(data)
        expect(problems(text, lint(text, 'everything'))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  test('decoded strictly (TextDecoder, fatal: true): invalid bytes are a clear error before any plugin runs', () => {
    const invalid = new Uint8Array([0x54, 0x68, 0x65, 0x20, 0xff, 0xfe, 0x20, 0xc3, 0x28, 0x80])
    // A TypeError from Node's decoder (another realm than jest's, so matched by name and message).
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(invalid)).toThrow(/not valid for encoding utf-8/)
    fc.assert(
      fc.property(bytes, (data) => {
        let text: string
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(data)
        } catch (error) {
          expect((error as Error).name).toBe('TypeError')
          return
        }
        expect(problems(text, lint(text, 'everything'))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  test('NUL and other control characters inside prose', () => {
    const text = 'Floods killed\u0000 at least 40 people\u0001 on Tuesday.\u0000\u0000 Critics say\u0007 40% of aid \u001bnever arrived.\u007f'
    const file = lint(text, 'everything')
    expect(file.messages.map((m) => m.ruleId)).toContain('unsourced-figure')
    expect(problems(text, file)).toEqual([])
    const binary = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256))
    expect(problems(binary, lint(binary, 'everything'))).toEqual([])
  })
})
