#!/usr/bin/env node
/**
 * `copydesk-language-server --stdio`: diagnostics and quick fixes for Markdown, MDX, HTML and plain
 * text in any LSP editor, with the same configuration files as the CLI.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node'
import { startServer, warmUp } from './server.js'

const USAGE = `Usage: copydesk-language-server --stdio

Language server for copydesk: Markdown, MDX, HTML and plain text. Reads the same configuration
files as the CLI (.copydeskrc, .copydeskrc.json/.yml/.yaml/.js, package.json#copydesk).
Transports: --stdio, --node-ipc, --socket=<port>, --pipe=<name>.`

const args = process.argv.slice(2)
const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`)
} else if (!transport) {
  process.stderr.write(`${USAGE}\n`)
  process.exitCode = 2
} else {
  const connection = createConnection(ProposedFeatures.all)
  startServer(connection)
  // The first lint in a process is 10–20× slower than warm ones: pay for it before the first document.
  setImmediate(warmUp)
}
