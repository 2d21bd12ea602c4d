/**
 * A real LSP client for the tests: starts `copydesk-language-server --stdio` as a child process
 * (from the TypeScript source, through tsx) and talks to it with vscode-languageserver-protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Command,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node'

export const root = resolve(import.meta.dirname, '../..')

interface Waiter {
  uri: string
  version: number | undefined
  resolve: (params: PublishDiagnosticsParams) => void
  timer: ReturnType<typeof setTimeout>
}

export class Client {
  readonly child: ChildProcess
  readonly connection: ProtocolConnection
  /** Every publication, in order. */
  readonly log: PublishDiagnosticsParams[] = []
  readonly stderr: string[] = []
  private waiters: Waiter[] = []
  private versions = new Map<string, number>()

  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/server/index.ts'), '--stdio'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()))
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.log.push(params)
      // A waiter for an older version is answered by the newer one (a debounced burst publishes once).
      const ready = this.waiters.filter((w) => w.uri === params.uri && (w.version === undefined || params.version === undefined || w.version <= params.version))
      this.waiters = this.waiters.filter((w) => !ready.includes(w))
      for (const waiter of ready) waiter.resolve(params)
    })
    this.connection.listen()
  }

  async initialize(rootPath: string, initializationOptions?: object): Promise<InitializeResult> {
    const rootUri = `file://${rootPath}`
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      initializationOptions,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } },
    })
    await this.connection.sendNotification(InitializedNotification.type, {})
    return result
  }

  /** Diagnostics for `uri` at `version` (the next publication when no version is given). */
  diagnostics(uri: string, version?: number, timeout = 15_000): Promise<Diagnostic[]> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeout} ms; stderr: ${this.stderr.join('')}`)), timeout)
      this.waiters.push({
        uri,
        version,
        timer,
        resolve: (params) => {
          clearTimeout(timer)
          resolvePromise(params.diagnostics)
        },
      })
    })
  }

  async open(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    this.versions.set(uri, 1)
    const published = this.diagnostics(uri, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } })
    return published
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1
    this.versions.set(uri, version)
    const published = this.diagnostics(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes })
    return published
  }

  /** Tell the server files changed; resolves with the next diagnostics of `uri`. */
  async watched(changes: FileEvent[], uri: string): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri)
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes })
    return published
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(CodeAction | Command)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })
  }

  async stop(): Promise<void> {
    for (const waiter of this.waiters) clearTimeout(waiter.timer)
    this.waiters = []
    try {
      await this.connection.sendRequest(ShutdownRequest.type)
      await this.connection.sendNotification(ExitNotification.type)
    } catch {
      // already gone
    }
    await new Promise<void>((done) => {
      if (this.child.exitCode !== null) return done()
      const timer = setTimeout(() => {
        this.child.kill()
        done()
      }, 3000)
      this.child.once('exit', () => {
        clearTimeout(timer)
        done()
      })
    })
    this.connection.dispose()
  }
}

/** Line and UTF-16 character of `offset`, counted independently of the server (CRLF, CR or LF end a line). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const c = text[i]
    if (c === '\r' && text[i + 1] === '\n') continue
    if (c === '\n' || c === '\r') {
      line++
      lineStart = i + 1
    }
  }
  return { line, character: offset - lineStart }
}

/** The text a range covers (UTF-16 characters per line, as LSP counts by default). */
export function textAt(text: string, range: Range): string {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1)
  }
  return text.slice(starts[range.start.line] + range.start.character, starts[range.end.line] + range.end.character)
}
