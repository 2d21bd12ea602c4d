/**
 * `--report github`: GitHub Actions workflow commands, one per finding, so findings show as
 * annotations on the pull request's files: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,
 * title=…::message`, with `error` and `notice` by severity. A closing plain line counts them.
 */
import type { VFile } from 'vfile'
import { displayPath, levelOf, ruleIdOf, spanOf, STDIN_PATH } from './common.js'

export interface GithubOptions {
  /** Append each finding's note to its annotation (`--why`). */
  why?: boolean
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

/** Escape a command's message (the part after `::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property value (`file=`, `title=`): also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

export function githubReporter(files: VFile[], options: GithubOptions = {}): string {
  const lines: string[] = []
  const counts = { error: 0, warning: 0, info: 0 }
  let withFindings = 0
  for (const file of files) {
    if (file.messages.length > 0) withFindings++
    const path = displayPath(file)
    for (const message of file.messages) {
      const level = levelOf(message)
      counts[level]++
      const properties: string[] = []
      if (path !== STDIN_PATH) properties.push(`file=${escapeProperty(path)}`)
      const span = spanOf(message)
      if (span) {
        properties.push(`line=${span.startLine}`, `col=${span.startColumn}`, `endLine=${span.endLine}`, `endColumn=${span.endColumn}`)
      }
      const source = message.source ?? 'copydesk'
      properties.push(`title=${escapeProperty(`${ruleIdOf(message)} (${source})`)}`)
      const text = message.reason + (options.why && message.note ? `\n\n${message.note}` : '')
      lines.push(`::${COMMAND[level]} ${properties.join(',')}::${escapeData(text)}`)
    }
  }
  lines.push(
    `copydesk: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info in ${withFindings} of ${plural(files.length, 'file')}`,
  )
  return lines.join('\n') + '\n'
}
