/** What the reporters share: a message's level, its place and the file's path as the user gave it. */
import { sep } from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

export type Level = 'error' | 'warning' | 'info'

/** vfile's three-way `fatal`: true is an error, false a warning, null or undefined info. */
export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export interface Span {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  startOffset?: number
  endOffset?: number
}

/** The message's span (1-based lines and columns, end exclusive), or undefined for a file-level message. */
export function spanOf(message: VFileMessage): Span | undefined {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : start
  if (!start || typeof start.line !== 'number' || typeof start.column !== 'number') return undefined
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    startOffset: start.offset,
    endOffset: end.offset,
  }
}

/** The stand-in path of standard input read with no --stdin-filename. */
export const STDIN_PATH = '<stdin>'

/** The file's path relative to where copydesk ran, with forward slashes. */
export function displayPath(file: VFile): string {
  if (!file.path) return STDIN_PATH
  return file.path.split(sep).join('/')
}

/** A message's rule id; engine messages about a file (not found, unreadable) have none. */
export function ruleIdOf(message: VFileMessage): string {
  return message.ruleId ?? (message.fatal === true ? 'file-error' : 'copydesk')
}
