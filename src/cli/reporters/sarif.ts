/**
 * `--report sarif`: SARIF 2.1.0, what code scanning (GitHub's among others) reads. One run whose
 * tool lists every copydesk rule (id, descriptions, help text, help URI) and every other rule id a
 * result names; one result per message with its level, message and location (lines, columns in
 * UTF-16 code units, offsets), artifact URIs relative to where copydesk ran.
 */
import { pathToFileURL } from 'node:url'
import type { Artifact, Log, ReportingDescriptor, Result, Run } from 'sarif'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { homepage, version } from '../../generated/meta.js'
import { rules } from '../../rules/index.js'
import { ruleUrl } from '../../rules/report.js'
import { displayPath, levelOf, ruleIdOf, spanOf, STDIN_PATH } from './common.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifOptions {
  /** Append each finding's note to its message (`--why`). */
  why?: boolean
  /** The folder paths are relative to (becomes `%SRCROOT%`). */
  cwd: string
  /** False when copydesk could not do its work (a configuration error). */
  executionSuccessful?: boolean
}

/** What copydesk itself reports about a file, as rules, so every result names a described rule. */
const FILE_RULES: Record<string, string> = {
  'binary-file': 'The file is not text: it contains NUL bytes.',
  'invalid-utf8': 'The file is not valid UTF-8.',
  'file-too-large': 'The file is larger than copydesk lints in one process (--max-file-size).',
  'parse-error': 'The file could not be parsed in its format.',
  'internal-error': 'copydesk failed on this file; please report it with the file.',
  'config-error': 'The configuration that applies to this file is invalid.',
  'file-error': 'The file cannot be found or read.',
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

function plain(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
}

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ').trim()
}

function copydeskRules(): ReportingDescriptor[] {
  return rules.map((rule) => {
    const descriptor: ReportingDescriptor = {
      id: rule.id,
      shortDescription: { text: plain(rule.summary) },
      fullDescription: { text: plain(firstParagraph(rule.docs)) },
      helpUri: ruleUrl(rule.id),
      help: { text: plain(rule.docs), markdown: rule.docs },
      properties: { tags: ['copydesk', rule.plugin] },
    }
    descriptor.defaultConfiguration = rule.defaultSeverity === 'off' ? { enabled: false } : { level: SARIF_LEVEL[rule.defaultSeverity] }
    return descriptor
  })
}

function otherRule(id: string, message: VFileMessage): ReportingDescriptor {
  const file = FILE_RULES[id]
  if (file) return { id, shortDescription: { text: file }, helpUri: ruleUrl(id), properties: { tags: ['copydesk', 'file'] } }
  const source = message.source ?? 'copydesk'
  const descriptor: ReportingDescriptor = { id, shortDescription: { text: `${source}: ${id}` }, properties: { tags: [source] } }
  if (message.url && /^https?:\/\//.test(message.url)) descriptor.helpUri = message.url
  return descriptor
}

function artifactUri(file: VFile): string {
  const path = displayPath(file)
  if (path === STDIN_PATH) return 'stdin'
  return path.split('/').map(encodeURIComponent).join('/')
}

function resultOf(message: VFileMessage, ruleIndex: number, ruleId: string, artifactIndex: number, uri: string, why: boolean): Result {
  const note = why && message.note ? `\n\n${message.note}` : ''
  const result: Result = {
    ruleId,
    ruleIndex,
    level: SARIF_LEVEL[levelOf(message)],
    message: { text: message.reason + note },
    locations: [{ physicalLocation: { artifactLocation: { uri, ...(uri === 'stdin' ? {} : { uriBaseId: '%SRCROOT%' }), index: artifactIndex } } }],
  }
  const span = spanOf(message)
  if (span) {
    const region: NonNullable<NonNullable<Result['locations']>[number]['physicalLocation']>['region'] = {
      startLine: span.startLine,
      startColumn: span.startColumn,
      endLine: span.endLine,
      endColumn: span.endColumn,
    }
    if (span.startOffset !== undefined && span.endOffset !== undefined) {
      region.charOffset = span.startOffset
      region.charLength = span.endOffset - span.startOffset
    }
    result.locations![0]!.physicalLocation!.region = region
  }
  const properties: Record<string, unknown> = {}
  if (message.actual !== undefined) properties.actual = message.actual
  if (message.expected !== undefined && message.expected.length > 0) properties.expected = message.expected
  if (message.note) properties.note = message.note
  if (message.source) properties.source = message.source
  if (Object.keys(properties).length > 0) result.properties = properties
  return result
}

/** The SARIF log for the linted files. */
export function toSarif(files: VFile[], options: SarifOptions): Log {
  const descriptors = copydeskRules()
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]))
  const artifacts: Artifact[] = []
  const results: Result[] = []
  for (const file of files) {
    const uri = artifactUri(file)
    const artifactIndex = artifacts.length
    artifacts.push({ location: uri === 'stdin' ? { uri } : { uri, uriBaseId: '%SRCROOT%' } })
    for (const message of file.messages) {
      const id = ruleIdOf(message)
      let index = ruleIndex.get(id)
      if (index === undefined) {
        index = descriptors.length
        descriptors.push(otherRule(id, message))
        ruleIndex.set(id, index)
      }
      results.push(resultOf(message, index, id, artifactIndex, uri, options.why === true))
    }
  }
  let root = pathToFileURL(options.cwd).href
  if (!root.endsWith('/')) root += '/'
  const run: Run = {
    tool: {
      driver: {
        name: 'copydesk',
        version,
        semanticVersion: version,
        informationUri: homepage,
        rules: descriptors,
      },
    },
    originalUriBaseIds: { '%SRCROOT%': { uri: root } },
    artifacts,
    results,
    columnKind: 'utf16CodeUnits',
    invocations: [{ executionSuccessful: options.executionSuccessful !== false }],
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }
}

export function sarifReporter(files: VFile[], options: SarifOptions): string {
  return JSON.stringify(toSarif(files, options), undefined, 2) + '\n'
}
