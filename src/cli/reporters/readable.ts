/**
 * The default, readable report: vfile-reporter's output (version 8), character for character, made
 * fast. vfile-reporter pads its columns with string-width, which runs Intl.Segmenter, an emoji
 * regular expression and an East Asian width look-up on every character of every cell, twice: on
 * the 2,225 bbc_news articles (about 6,800 findings) that took 1.1 s, a quarter of the whole run.
 * Here a cell made only of characters that are each one column wide and their own grapheme (ASCII,
 * Latin letters, the usual punctuation, quotes and currency signs: what news copy is made of) is
 * as wide as it is long; any other cell is measured by string-width itself, so the widths, and the
 * report, are the same. tests/cli/readable.test.ts compares the two reporters.
 *
 * Ported from vfile-reporter 8.1.1 (MIT, © Titus Wormer), with vfile-sort's, vfile-statistics' and
 * unist-util-stringify-position's few lines it uses, for the options the CLI passes.
 */
import stringWidth from 'string-width'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

export interface ReadableOptions {
  /** ANSI colours. */
  color?: boolean
  /** The name of a file with no path. */
  defaultName?: string
  /** Show each message's url and note (`--why`). */
  verbose?: boolean
  /** Leave out files with no messages. */
  quiet?: boolean
}

interface State {
  defaultName: string | undefined
  verbose: boolean
  quiet: boolean
  bold: string
  underline: string
  normalIntensity: string
  noUnderline: string
  red: string
  cyan: string
  green: string
  yellow: string
  defaultColor: string
}

type Row = string[] | string

const eol = /\r?\n|\r/

/**
 * Characters one column wide that never join a neighbour into one grapheme: printable ASCII,
 * Latin-1 and Latin Extended-A and -B letters and signs (not the soft hyphen, ©, ® or the
 * combining marks after U+02FF), general punctuation (dashes, curly quotes, bullets, the ellipsis,
 * primes; not the zero-width and directional controls, ‼ or ⁉) and the currency signs.
 * tests/cli/readable.test.ts checks every one against string-width.
 */
const NARROW = /^[\x20-\x7E\xA0-\xA8\xAA-\xAC\xAF-\u02FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u20A0-\u20C0]*$/
// eslint-disable-next-line no-control-regex
const SGR = /\u001B\[\d+m/g

/** Whether every character of the text is one column wide and its own grapheme. */
export function isNarrow(text: string): boolean {
  return NARROW.test(text)
}

/** string-width's answer, without its cost for the characters news copy is made of. */
export function cellWidth(cell: string): number {
  const plain = cell.includes('\u001B') ? cell.replace(SGR, '') : cell
  return NARROW.test(plain) ? plain.length : stringWidth(cell)
}

export function readableReporter(files: VFile[], options: ReadableOptions = {}): string {
  const color = options.color === true
  const state: State = {
    defaultName: options.defaultName || undefined,
    verbose: options.verbose || false,
    quiet: options.quiet || false,
    bold: color ? '\u001B[1m' : '',
    underline: color ? '\u001B[4m' : '',
    normalIntensity: color ? '\u001B[22m' : '',
    noUnderline: color ? '\u001B[24m' : '',
    red: color ? '\u001B[31m' : '',
    cyan: color ? '\u001B[36m' : '',
    green: color ? '\u001B[32m' : '',
    yellow: color ? '\u001B[33m' : '',
    defaultColor: color ? '\u001B[39m' : '',
  }
  return serializeRows(createRows(state, files))
}

interface Statistics {
  fatal: number
  warn: number
  total: number
}

function statistics(messages: readonly VFileMessage[]): Statistics {
  let fatal = 0
  let warn = 0
  let info = 0
  for (const message of messages) {
    if (message.fatal) fatal++
    else if (message.fatal === false) warn++
    else info++
  }
  return { fatal, warn, total: fatal + warn + info }
}

function compareString(a: unknown, b: unknown): number {
  return String(a || '').localeCompare(String(b || ''))
}

function scoreNullableBoolean(value: boolean | null | undefined): number {
  return value ? 0 : value === false ? 1 : 2
}

/** vfile-sort's order: place, then errors before warnings before info, then source, rule and reason. */
function compareMessage(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    scoreNullableBoolean(a.fatal) - scoreNullableBoolean(b.fatal) ||
    compareString(a.source, b.source) ||
    compareString(a.ruleId, b.ruleId) ||
    compareString(a.reason, b.reason)
  )
}

interface PointLike {
  line?: number
  column?: number
}

function index(value: unknown): number {
  return value && typeof value === 'number' ? value : 1
}

function point(value: PointLike | undefined): string {
  return index(value && value.line) + ':' + index(value && value.column)
}

/** unist-util-stringify-position for a message's place (a point or a position). */
function stringifyPlace(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const place = value as { position?: { start?: PointLike; end?: PointLike }; start?: PointLike; end?: PointLike }
  if ('position' in place || 'type' in place) return point(place.position && place.position.start) + '-' + point(place.position && place.position.end)
  if ('start' in place || 'end' in place) return point(place.start) + '-' + point(place.end)
  if ('line' in place || 'column' in place) return point(place as PointLike)
  return ''
}

function fatalToLabel(value: boolean | null | undefined): string {
  return value ? 'error' : value === false ? 'warning' : 'info'
}

function createByline(state: State, stats: Statistics): string {
  let result = ''
  if (stats.fatal) {
    result = state.red + '✖' + state.defaultColor + ' ' + stats.fatal + ' ' + (fatalToLabel(true) + (stats.fatal === 1 ? '' : 's'))
  }
  if (stats.warn) {
    result = (result ? result + ', ' : '') + (state.yellow + '⚠' + state.defaultColor) + ' ' + stats.warn + ' ' + (fatalToLabel(false) + (stats.warn === 1 ? '' : 's'))
  }
  if (stats.total !== stats.fatal && stats.total !== stats.warn) result = stats.total + ' messages (' + result + ')'
  return result
}

function createCauseLines(state: State, cause: unknown): Row[] {
  const lines: Row[] = ['  ' + state.bold + '[cause]' + state.normalIntensity + ':']
  let foundReasonableCause = false
  if (cause !== null && typeof cause === 'object') {
    const stackValue = ('stack' in cause ? String(cause.stack) : undefined) || ('message' in cause ? String(cause.message) : undefined)
    if (typeof stackValue === 'string') {
      foundReasonableCause = true
      let causeLines: Row[]
      if ('file' in cause && 'fatal' in cause) causeLines = createMessageLine(state, cause as VFileMessage)
      else {
        causeLines = stackValue.split(eol)
        if ('cause' in cause && cause.cause) causeLines.push(...createCauseLines(state, cause.cause))
      }
      const head = causeLines[0]!
      if (typeof head === 'string') causeLines[0] = '    ' + head
      else head[0] = '    ' + head[0]
      lines.push(...causeLines)
    }
  }
  if (!foundReasonableCause) lines.push('    ' + String(cause))
  return lines
}

function createFileLine(state: State, file: VFile): string {
  const stats = statistics(file.messages)
  const fromPath = file.history[0]
  const toPath = file.path
  let right = ''
  // vfile-reporter's one-file mode (a single VFile, not a list) is not used: a name always shows.
  const name = fromPath || state.defaultName || '<stdin>'
  const left =
    state.underline +
    (stats.fatal ? state.red : stats.total ? state.yellow : state.green) +
    name +
    state.defaultColor +
    state.noUnderline +
    (file.stored && name !== toPath ? ' > ' + toPath : '')
  if (file.stored) right = state.yellow + 'written' + state.defaultColor
  else if (!stats.total) right = 'no issues found'
  return left && right ? left + ': ' + right : left + right
}

function createNoteLines(state: State, note: string): string[] {
  return ['  ' + state.bold + '[note]' + state.normalIntensity + ':', ...note.split(eol).map((line) => '    ' + line)]
}

function createUrlLines(state: State, url: string): string[] {
  return ['  ' + state.bold + '[url]' + state.normalIntensity + ':', '    ' + url]
}

function createAncestorsLines(state: State, ancestors: NonNullable<VFileMessage['ancestors']>): string[] {
  const traceLimit = 10
  const min = ancestors.length > traceLimit ? ancestors.length - traceLimit : 0
  let at = ancestors.length
  const lines: string[] = []
  if (at > min) lines.unshift('  ' + state.bold + '[trace]' + state.normalIntensity + ':')
  while (at-- > min) {
    const node = ancestors[at]!
    const value = node as unknown as Record<string, unknown>
    const name = typeof value.tagName === 'string' ? value.tagName : typeof value.name === 'string' ? value.name : undefined
    const position = node.position ? stringifyPlace(node.position) : ''
    lines.push('    at ' + state.yellow + node.type + (name ? '<' + name + '>' : '') + state.defaultColor + (position ? ' (' + position + ')' : ''))
  }
  return lines
}

function createMessageLine(state: State, message: VFileMessage): Row[] {
  const label = fatalToLabel(message.fatal)
  let reason = message.stack || message.message
  const match = eol.exec(reason)
  let rest: Row[] = []
  if (match) {
    rest = reason.slice(match.index + 1).split(eol)
    reason = reason.slice(0, match.index)
  }
  const place = message.place || (message as unknown as { position?: unknown }).position
  const row = [
    stringifyPlace(place),
    (label === 'error' ? state.red : state.yellow) + label + state.defaultColor,
    formatReason(state, reason),
    message.ruleId || '',
    message.source || '',
  ]
  if (message.cause) rest.push(...createCauseLines(state, message.cause))
  if (state.verbose && message.url) rest.push(...createUrlLines(state, message.url))
  if (state.verbose && message.note) rest.push(...createNoteLines(state, message.note))
  if (state.verbose && message.ancestors) rest.push(...createAncestorsLines(state, message.ancestors))
  return [row, ...rest]
}

function createRows(state: State, files: VFile[]): Row[] {
  const sortedFiles = [...files].sort((a, b) => compareString(a.path, b.path))
  const all: VFileMessage[] = []
  const rows: Row[] = []
  let lastWasMessage = false
  for (const file of sortedFiles) {
    const messages = [...file.messages].sort(compareMessage)
    const messageRows: Row[] = []
    for (const message of messages) {
      all.push(message)
      messageRows.push(...createMessageLine(state, message))
    }
    if (!state.quiet || messageRows.length > 0) {
      const line = createFileLine(state, file)
      // A blank line between a file's messages and the next file's header.
      if (lastWasMessage && line) rows.push('')
      if (line) rows.push(line)
      if (messageRows.length > 0) rows.push(...messageRows)
      lastWasMessage = messageRows.length > 0
    }
  }
  const stats = statistics(all)
  if (stats.fatal || stats.warn) rows.push('', createByline(state, stats))
  return rows
}

interface CodeSplit {
  index: number
  size: number
}

function formatReason(state: State, reason: string): string {
  const result: string[] = []
  const splits: CodeSplit[] = []
  let at = reason.indexOf('`')
  while (at !== -1) {
    const split = { index: at, size: 1 }
    splits.push(split)
    while (reason.codePointAt(at + 1) === 96) {
      split.size++
      at++
    }
    at = reason.indexOf('`', at + 1)
  }
  at = -1
  let textStart = 0
  while (++at < splits.length) {
    let closeIndex = at
    let close: CodeSplit | undefined
    while (++closeIndex < splits.length) {
      if (splits[at]!.size === splits[closeIndex]!.size) {
        close = splits[closeIndex]
        break
      }
    }
    if (close) {
      const codeStart = splits[at]!.index
      const codeEnd = close.index + close.size
      result.push(reason.slice(textStart, codeStart) + state.cyan + reason.slice(codeStart, codeEnd) + state.defaultColor)
      textStart = codeEnd
      at = closeIndex
    }
  }
  result.push(reason.slice(textStart))
  return state.bold + result.join('') + state.normalIntensity
}

function serializeRows(rows: Row[]): string {
  const sizes: number[] = []
  // Each cell's width, measured once (vfile-reporter measures every cell twice).
  const widths: number[][] = []
  for (const row of rows) {
    if (typeof row === 'string') continue
    const rowWidths: number[] = []
    for (let cell = 0; cell < row.length; cell++) {
      const size = cellWidth(row[cell]!)
      rowWidths.push(size)
      if (size > (sizes[cell] || 0)) sizes[cell] = size
    }
    widths.push(rowWidths)
  }
  const lines: string[] = []
  let next = 0
  for (const row of rows) {
    let line = ''
    if (typeof row === 'string') line = row
    else {
      const rowWidths = widths[next++]!
      for (let cell = 0; cell < row.length; cell++) {
        const max = (sizes[cell] || 0) + 1
        line += (row[cell] || '') + ' '.repeat(max - rowWidths[cell]!)
      }
    }
    lines.push(line.trimEnd())
  }
  return lines.join('\n')
}
