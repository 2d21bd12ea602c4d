/**
 * Headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core (no browser
 * download). When it is missing the tests FAIL with the install command: CI installs it in .ci/run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium'

/** Flags that keep Chromium quiet on a machine with no network (DESIGN.md). */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface Browser {
  context: BrowserContext
  close: () => Promise<void>
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does), or set COPYDESK_CHROMIUM.`)
  }
  const profile = mkdtempSync(join(tmpdir(), 'copydesk-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** Serve a folder on 127.0.0.1 (a free port); extra routes map a path to a file or text. */
export async function serve(folder: string, routes: Record<string, string | { text: string }> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const route = routes[path]
    if (path === '/favicon.ico') return void response.writeHead(204).end()
    try {
      if (route && typeof route === 'object') {
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain' }).end(route.text)
        return
      }
      const file = route ?? resolve(folder, `.${normalize(path === '/' ? '/index.html' : path)}`)
      if (!route && !file.startsWith(resolve(folder))) throw new Error('outside')
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) }
}
