/**
 * The language server: copydesk's own processor (every format, by language id or extension) and
 * the CLI's configuration loader, on vscode-languageserver. Diagnostics on open and change
 * (debounced), re-lint when a configuration file changes, quick fixes from `expected`.
 */
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { VFile } from 'vfile'
import { lintSync } from '../lint.js'
import { formatOf, type Format } from '../formats/index.js'
import { CONFIG_FILES, clearConfigCache, loadConfigFor, type LoadedConfig } from '../node/config-loader.js'
import { maxFileSize, sizeOf, tooLargeReason } from '../node/file-size.js'
import { codeActionsFor, SOURCE, toDiagnostics } from './diagnostics.js'

/** Language ids (VS Code's, and the usual ones elsewhere) → copydesk formats. */
const LANGUAGES: Record<string, Format> = {
  plaintext: 'text',
  text: 'text',
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
}

const EXTENSIONS = /\.(txt|text|md|markdown|mdown|mkd|mdx|html?|xhtml)$/i

export interface ServerOptions {
  /** Milliseconds to wait after a change before linting (a typist's pause); default 150. */
  debounce?: number
  /** The largest document linted, in megabytes (default: src/node/file-size.ts, at most 10). */
  maxFileSize?: number
}

/** What a client may send as `initializationOptions` (the same as ServerOptions); other values are ignored. */
function readOptions(value: unknown): ServerOptions {
  const { debounce, maxFileSize } = (value ?? {}) as ServerOptions
  const options: ServerOptions = {}
  if (typeof debounce === 'number' && debounce >= 0 && debounce <= 5000) options.debounce = debounce
  if (typeof maxFileSize === 'number' && maxFileSize > 0) options.maxFileSize = maxFileSize
  return options
}

/** The format of an open document, or null when copydesk does not read that language. */
export function formatFor(document: TextDocument): Format | null {
  const byLanguage = LANGUAGES[document.languageId]
  if (byLanguage) return byLanguage
  const path = pathOf(document.uri)
  return path && EXTENSIONS.test(path) ? formatOf(path) : null
}

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null
  try {
    return fileURLToPath(uri)
  } catch {
    return null
  }
}

const isConfigFile = (path: string) => CONFIG_FILES.some((name) => path.endsWith(`/${name}`) || path.endsWith(`\\${name}`)) || /[/\\]package\.json$/.test(path)

/** Lint a short text once, so the first real document does not pay for the cold start. */
export function warmUp(): void {
  lintSync(new VFile({ value: 'The army said its troops killed 40 fighters. Floods killed 12 people.', path: 'warm-up.md' }))
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  let debounce = options.debounce ?? 150
  /** The largest document linted, in bytes. */
  let sizeLimit = options.maxFileSize !== undefined ? Math.floor(options.maxFileSize * 2 ** 20) : maxFileSize()
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  /** Configurations read, by document folder (cleared when a configuration file changes). */
  const configs = new Map<string, Promise<LoadedConfig>>()
  let root: string | null = null
  let canWatch = false

  function configFor(path: string | null): Promise<LoadedConfig> {
    // An untitled document takes the workspace's configuration, as the CLI does from its folder.
    const target = path ?? resolve(root ?? process.cwd(), 'untitled')
    const folder = resolve(target, '..')
    let loaded = configs.get(folder)
    if (!loaded) {
      loaded = loadConfigFor(target)
      configs.set(folder, loaded)
    }
    return loaded
  }

  async function validate(document: TextDocument): Promise<void> {
    const format = formatFor(document)
    if (!format) return
    const path = pathOf(document.uri)
    let diagnostics: Diagnostic[]
    try {
      const { config, path: configPath } = await configFor(path)
      // The document may have changed or closed while the configuration was read.
      if (documents.get(document.uri)?.version !== document.version) return
      const text = document.getText()
      // A document too big to lint in this process's memory gets one diagnostic instead (file-size.ts).
      const size = sizeOf(text)
      if (size > sizeLimit) {
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
        const message = tooLargeReason(size, sizeLimit, 'the language server\'s maxFileSize setting (megabytes)')
        await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [{ range, severity: DiagnosticSeverity.Warning, source: SOURCE, code: 'file-too-large', message }] })
        return
      }
      const file = lintSync(new VFile({ value: text, path: path ?? undefined }), {
        config,
        configPath: configPath ?? undefined,
        format,
      })
      diagnostics = toDiagnostics(file, document)
    } catch (error) {
      // A configuration error (unknown rule, bad preset) is shown on the document, not swallowed.
      configs.clear()
      diagnostics = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: 'config-error',
          message: (error as Error).message,
        },
      ]
    }
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics })
  }

  function schedule(document: TextDocument, delay: number): void {
    const pending = timers.get(document.uri)
    if (pending) clearTimeout(pending)
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        const current = documents.get(document.uri)
        if (current) void validate(current)
      }, delay),
    )
  }

  function relintAll(): void {
    clearConfigCache()
    configs.clear()
    for (const document of documents.all()) schedule(document, 0)
  }

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    root = folder ? pathOf(folder) : null
    const initial = readOptions(params.initializationOptions)
    debounce = initial.debounce ?? debounce
    if (initial.maxFileSize !== undefined) sizeLimit = Math.floor(initial.maxFileSize * 2 ** 20)
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'copydesk-language-server' },
    }
  })

  connection.onInitialized(() => {
    if (canWatch) {
      const watchers = [...CONFIG_FILES, 'package.json'].map((name) => ({ globPattern: `**/${name}` }))
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers })
    }
  })

  connection.onDidChangeWatchedFiles(() => relintAll())

  // Fired on open too: lint a newly opened document at once, then debounce the typing.
  const opened = new Set<string>()
  documents.onDidChangeContent(({ document }) => {
    const first = !opened.has(document.uri)
    opened.add(document.uri)
    schedule(document, first ? 0 : debounce)
  })
  documents.onDidSave(({ document }) => {
    const path = pathOf(document.uri)
    if (path && isConfigFile(path)) relintAll()
  })
  documents.onDidClose(({ document }) => {
    opened.delete(document.uri)
    const pending = timers.get(document.uri)
    if (pending) clearTimeout(pending)
    timers.delete(document.uri)
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
  })

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    return codeActionsFor(document, params.context.diagnostics)
  })

  documents.listen(connection)
  connection.listen()
}
