// A minimal VS Code client for copydesk-language-server: VS Code starts the server with Node
// (`--stdio`), sends it Markdown, MDX, HTML and plain-text documents, and shows its diagnostics and
// quick fixes. Everything else (configuration files, formats, fixes) is the server's.
/* eslint-disable @typescript-eslint/no-require-imports -- VS Code loads extensions as CommonJS */
const { dirname, join } = require('node:path')
const { readFileSync } = require('node:fs')
const { workspace, window } = require('vscode')
const { LanguageClient, TransportKind } = require('vscode-languageclient/node')

let client

/** The server script: the setting, else the workspace's copydesk, else this extension's own. */
function serverModule() {
  const configured = workspace.getConfiguration('copydesk').get('serverPath')
  if (configured) return configured
  const folders = (workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)
  const manifest = require.resolve('copydesk/package.json', { paths: [...folders, __dirname] })
  const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin['copydesk-language-server']
  return join(dirname(manifest), bin)
}

async function activate(context) {
  let script
  try {
    script = serverModule()
  } catch (error) {
    void window.showErrorMessage(`copydesk: cannot find the language server (${error.message}). Install copydesk or set copydesk.serverPath.`)
    return
  }
  const run = { module: script, transport: TransportKind.stdio }
  const serverOptions = { run, debug: { ...run, options: { execArgv: ['--inspect=6009'] } } }
  const clientOptions = {
    // MDX needs an extension that defines the `mdx` language (unifiedjs.vscode-mdx).
    documentSelector: ['markdown', 'mdx', 'html', 'plaintext'].flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
  }
  client = new LanguageClient('copydesk', 'copydesk', serverOptions, clientOptions)
  context.subscriptions.push(client)
  await client.start()
}

function deactivate() {
  return client ? client.stop() : undefined
}

module.exports = { activate, deactivate }
