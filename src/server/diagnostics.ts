/**
 * vfile messages → LSP diagnostics, and `expected` → quick fixes. Pure functions over a
 * TextDocument, so ranges are exact: vfile offsets are UTF-16 offsets into the document text, the
 * same units LSP positions count by default, and `positionAt` handles CRLF, astral characters
 * (emoji) and entities (the formats map every word back to its source bytes).
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextEdit,
  type CodeAction,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

export const SOURCE = 'copydesk'

/** What a diagnostic carries for its quick fixes (LSP keeps `data` between publish and codeAction). */
export interface DiagnosticData {
  expected: string[]
}

/** vfile's severity (fatal: error true, warning false, info undefined) → LSP severity. */
export function severityOf(message: VFileMessage): DiagnosticSeverity {
  if (message.fatal === true) return DiagnosticSeverity.Error
  if (message.fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

/** The message's range in the document: from offsets when present, else from line/column. */
export function rangeOf(message: VFileMessage, document: TextDocument): Range {
  const place = message.place
  if (!place) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
  const start = 'start' in place ? place.start : place
  const end = 'start' in place ? place.end : place
  const position = (point: typeof start) =>
    typeof point.offset === 'number'
      ? document.positionAt(point.offset)
      : // vfile columns count UTF-16 code units from 1, as JavaScript strings do.
        { line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1) }
  return { start: position(start), end: position(end) }
}

export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message, document),
    severity: severityOf(message),
    source: SOURCE,
    message: message.note ? `${message.reason}\n${message.note}` : message.reason,
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = { href: message.url }
  if (Array.isArray(message.expected) && message.expected.length > 0) {
    diagnostic.data = { expected: [...message.expected] } satisfies DiagnosticData
  }
  return diagnostic
}

export function toDiagnostics(file: VFile, document: TextDocument): Diagnostic[] {
  return file.messages.map((message) => toDiagnostic(message, document))
}

function isData(value: unknown): value is DiagnosticData {
  return typeof value === 'object' && value !== null && Array.isArray((value as DiagnosticData).expected)
}

/**
 * The title of a fix. A deletion that takes the next word with it ("so-called experts" →
 * "experts", "Clearly, the" → "The") reads as removing the words that go.
 */
export function fixTitle(flagged: string, replacement: string): string {
  if (replacement === '') return `Remove “${flagged}”`
  if (flagged.length > replacement.length && flagged.toLowerCase().endsWith(replacement.toLowerCase())) {
    const removed = flagged.slice(0, flagged.length - replacement.length).replace(/[\s,;:]+$/, '')
    if (removed.trim() !== '') return `Remove “${removed.trim()}”`
  }
  return `Replace “${flagged}” with “${replacement}”`
}

/** One quick fix per `expected` alternative of each copydesk diagnostic. */
export function codeActionsFor(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || !isData(diagnostic.data)) continue
    const flagged = document.getText(diagnostic.range)
    diagnostic.data.expected.forEach((replacement, index) => {
      actions.push({
        title: fixTitle(flagged, replacement),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [document.uri]: [TextEdit.replace(diagnostic.range, replacement)] } },
      })
    })
  }
  return actions
}
