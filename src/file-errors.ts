/**
 * File-level errors: a fatal message with no place, from copydesk itself rather than a rule (a
 * binary file, bad UTF-8, a file too large, a format that would not parse, a lint that failed).
 * Reporters show them as errors on the file, and the command exits 1.
 */
import type { VFile } from 'vfile'

export function fatal(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, { ruleId, source: 'copydesk' })
  message.fatal = true
}

/** copydesk itself failed on the file (a bug to report, or a worker thread that stopped). */
export function internalError(file: VFile, detail: string): void {
  fatal(file, `copydesk could not lint this file: ${detail}`, 'internal-error')
}
