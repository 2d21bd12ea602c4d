/**
 * Shared generators and checks for the robustness tests: prose built from news words and hostile
 * characters (emoji, ZWJ sequences, combining marks, bidi controls, NBSP, BOM, lone surrogates,
 * NUL), unbalanced and nested quotes of every family, CRLF and CR line endings.
 */
import fc from 'fast-check'
import type { VFile } from 'vfile'

const WORDS = [
  'The', 'ministry', 'said', 'told', 'reporters', '40', 'people', 'were', 'killed', 'according', 'to', 'officials', '1,200', '3.2bn',
  '$', '£', '%', 'aged', '45', 'October', '7', 'she', 'added', 'that', 'an', 'estimated', 'dozens', 'per', 'cent', 'it', 'is', 'believed',
  'reportedly', 'critics', 'say', 'sources', 'claimed', 'insisted', 'terrorist', 'regime', 'slammed', 'Route', '66', 'No.', '1', '2004',
  'half', 'a', 'third', 'as', 'many', 'as', 'at', 'least', 'Mr', 'Smith', 'police', 'spokesman', 'who', 'asked', 'not', 'be', 'named',
]

/** Phrases that the rules flag, so the position checks have messages to check. */
const PHRASES = [
  'Floods killed at least 40 people', 'critics say', 'an estimated 600 homes', 'sources said', 'the minister claimed',
  'dozens of people were injured', '12 fishermen are missing', 'it is believed', 'reportedly', '40% of voters',
  '"We will rebuild"', '\u201cIt was a massacre,\u201d', 'as many as 3,000', 'a senior official said', '$1.2bn',
]

const MARKS = [
  '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '``', "''", ',', '.', ':', ';', '(', ')', '[', ']',
  '\u2014', '\u2013', '-', '!', '?', '\u2026', '/', '&', '*', '#', '_', '<', '>', '\\', '`',
]

/** Characters that break naive text handling. */
export const HOSTILE = [
  '\u{1F600}', // emoji (a surrogate pair)
  '\u{1F469}\u200D\u{1F4BB}', // ZWJ sequence
  '\u{1F1EC}\u{1F1E7}', // flag (regional indicators)
  'e\u0301', // e + combining acute
  '\u0301', // a lone combining mark
  '\u0915\u094D\u0937', // Devanagari conjunct
  '\u200F', '\u200E', '\u202E', '\u202C', '\u061C', '\u2067', '\u2069', // bidi marks and isolates
  '\u200D', '\u200B', '\u2060', // ZWJ, zero-width space, word joiner
  '\u00A0', '\u202F', '\u2009', '\u3000', // NBSP, narrow NBSP, thin space, ideographic space
  '\uFEFF', // BOM
  '\u2028', '\u2029', // line and paragraph separators
  '\u0645\u0631\u062D\u0628\u0627', '\u05E9\u05DC\u05D5\u05DD', '\u4E2D\u6587', // Arabic, Hebrew, Chinese
  '\uD800', '\uDC00', // lone surrogates
  '\u0000', '\t', '\f', '\v', '\u0085',
  '\uFFFD', // what a non-fatal decoder puts in place of bad bytes
]

const BREAKS = ['\n', '\n\n', ' ', ' ', ' ', ' ']

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...PHRASES), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKS), weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
  { arbitrary: fc.constantFrom(...BREAKS), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 2 }), weight: 1 },
)

/** How lines end in the generated text: LF, CRLF or CR (old Mac). */
export const lineEnding = fc.constantFrom('\n', '\r\n', '\r')

/** Random prose: pieces joined with spaces or glued, with one line-ending style throughout. */
export const prose = fc
  .tuple(fc.array(piece, { maxLength: 90 }), fc.boolean(), lineEnding)
  .map(([parts, glued, eol]) => parts.join(glued ? '' : ' ').replace(/\n/g, eol))

/** Quotes opened and never closed, closed and never opened, nested in every family. */
export const quotes = fc
  .array(fc.oneof(fc.constantFrom('\u201c', '\u201d', '\u2018', '\u2019', '"', "'", '\u00ab', '\u00bb', '\u201e'), fc.constantFrom(...WORDS), fc.constantFrom(...PHRASES), fc.constantFrom(' ', ' ', '\n\n', ', ', '. ')), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''))

/** A very long sentence: hundreds of words with no full stop (cues, figures and quotes in it). */
export const longSentence = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PHRASES), fc.constantFrom(',', '\u201c', '\u201d', '\u2014')), { minLength: 400, maxLength: 1500 })
  .map((parts) => parts.filter((part) => part !== '.' && part !== 'No.').join(' '))

/** Any of the above, or empty and white-space-only input. */
export const anyText = fc.oneof(
  { arbitrary: prose, weight: 6 },
  { arbitrary: quotes, weight: 3 },
  { arbitrary: fc.constantFrom('', ' ', '\n', '\r\n', '\r', '\n\n\n', '\t', '\uFEFF', '"', '\u201c', '.'), weight: 1 },
)

/** 1-based line and column of a UTF-16 offset; CRLF, CR and LF each end a line (as vfile-location). */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i)
    if (code !== 10 && code !== 13) continue
    const end = code === 13 && text.charCodeAt(i + 1) === 10 ? i + 1 : i
    if (end >= offset) break
    line++
    lineStart = end + 1
    i = end
  }
  return { line, column: offset - lineStart + 1 }
}

const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** Messages reported without a place, allowed only as these file-level fatal messages. */
const FILE_LEVEL = new Set(['parse-error', 'binary-file', 'invalid-utf8'])

/**
 * Everything wrong with the messages of a lint of `text`, as lines (empty when all is well):
 * each message lies inside the document, over non-empty text that is not only white space, with
 * `actual` equal to that text, line and column matching the offset, no surrogate pair cut in two.
 */
export function problems(text: string, file: VFile): string[] {
  const out: string[] = []
  for (const message of file.messages) {
    const where = `${message.ruleId ?? '(no rule)'} "${message.reason}"`
    if (message.ruleId === 'internal-error') {
      out.push(`${where}: an error was caught inside the pipeline`)
      continue
    }
    const place = message.place
    if (!place || !('start' in place)) {
      if (!(message.fatal === true && FILE_LEVEL.has(String(message.ruleId)))) out.push(`${where}: no place`)
      continue
    }
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined) {
      out.push(`${where}: no offsets`)
      continue
    }
    if (start < 0 || end > text.length || start >= end) {
      out.push(`${where}: offsets ${start}-${end} outside 0-${text.length} or empty`)
      continue
    }
    const flagged = text.slice(start, end)
    if (flagged.trim() === '') out.push(`${where}: flags only white space at ${start}-${end}`)
    if (message.actual !== undefined && message.actual !== flagged) out.push(`${where}: actual ${JSON.stringify(message.actual)} but the text at ${start}-${end} is ${JSON.stringify(flagged)}`)
    if (isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) out.push(`${where}: starts inside a surrogate pair at ${start}`)
    if (isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) out.push(`${where}: ends inside a surrogate pair at ${end}`)
    for (const [name, point, offset] of [['start', place.start, start], ['end', place.end, end]] as const) {
      const expected = pointAt(text, offset)
      if (point.line !== expected.line || point.column !== expected.column) {
        out.push(`${where}: ${name} ${point.line}:${point.column} but offset ${offset} is ${expected.line}:${expected.column}`)
      }
    }
  }
  return out
}

/** What two lints must agree on to count as the same result. */
export function summary(file: VFile): unknown[] {
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? [m.place.start.offset, m.place.end.offset] : null
    return [m.ruleId, m.source, m.reason, m.fatal, m.actual, m.expected, place]
  })
}
