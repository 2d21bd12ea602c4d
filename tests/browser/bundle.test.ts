/**
 * The browser build: the core bundles with no Node built-ins (the build fails when one is pulled
 * in), and the bundle lints in headless Chromium exactly as the source does in Node.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { jest } from '@jest/globals'
import type { Page } from 'playwright-core'
import { buildBrowser, type BrowserBuild } from '../../scripts/build-browser.js'
import { lintSync } from '../../src/lint.js'
import { launch, serve, type Browser } from './chromium.js'

jest.setTimeout(30_000)

const root = resolve(import.meta.dirname, '../..')
let built: BrowserBuild
let browser: Browser
let server: Awaited<ReturnType<typeof serve>>
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  built = await buildBrowser()
  server = await serve(resolve(root, 'dist/browser'), {
    '/worker.js': {
      text: 'import { lintSync } from "./copydesk.js"; self.onmessage = ({ data }) => self.postMessage(lintSync(data).messages.map((m) => [m.ruleId, m.place.start.offset, m.place.end.offset]))',
    },
    '/index.html': {
      text: '<!doctype html><meta charset="utf-8"><title>copydesk</title><script type="module">import * as copydesk from "./copydesk.js"; window.copydesk = copydesk; document.title = "ready"</script>',
    },
  })
  browser = await launch()
  page = await browser.context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.goto(`${server.url}/index.html`)
  await page.waitForFunction(() => (globalThis as unknown as { document: { title: string } }).document.title === 'ready')
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const STORY = 'Floods killed at least 40 people on Tuesday, and 12 fishermen are missing. The ministry said 300 homes were destroyed. The minister claimed that the dam was safe.'

type Row = [string | undefined, boolean | null | undefined, number | undefined, number | undefined, string | null | undefined, string[] | undefined]

function rows(file: { messages: { ruleId?: string; fatal?: boolean | null; place?: unknown; actual?: string | null; expected?: string[] | null }[] }): Row[] {
  return file.messages.map((m) => {
    const place = m.place as { start: { offset?: number }; end: { offset?: number } }
    return [m.ruleId, m.fatal, place?.start.offset, place?.end.offset, m.actual, m.expected ?? undefined]
  })
}

/** Lint in the page with the bundle; messages as plain rows. */
function lintInPage(text: string, options: Record<string, unknown> = {}): Promise<Row[]> {
  return page.evaluate(
    async ([text, options]) => {
      const { lint } = (globalThis as unknown as { copydesk: { lint: (t: string, o: unknown) => Promise<{ messages: { ruleId?: string; fatal?: boolean | null; place?: { start: { offset?: number }; end: { offset?: number } }; actual?: string | null; expected?: string[] | null }[] }> } }).copydesk
      const file = await lint(text, options)
      return file.messages.map((m) => [m.ruleId, m.fatal, m.place?.start.offset, m.place?.end.offset, m.actual, m.expected ?? undefined])
    },
    [text, options] as const,
  ) as Promise<Row[]>
}

test('the bundle is one ES module with no Node built-ins, and reports its size', () => {
  expect(built.outfile).toBe(resolve(root, 'dist/browser/copydesk.js'))
  expect(Object.keys(built.inputs).filter((path) => path.startsWith('node:'))).toEqual([])
  expect(built.gzipBytes).toBeLessThan(built.bytes)
  // A ceiling that catches an accidental dependency, not a target.
  expect(built.gzipBytes).toBeLessThan(600 * 1024)
})

test('a Node built-in anywhere in the graph fails the build, naming the importer', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-browser-'))
  try {
    writeFileSync(join(scratch, 'helper.ts'), "import { readFileSync } from 'fs'\nexport const read = () => readFileSync('x')\n")
    writeFileSync(join(scratch, 'entry.ts'), "import { join } from 'node:path'\nexport { read } from './helper.js'\nexport const where = join('a', 'b')\n")
    const failure = buildBrowser({ entry: join(scratch, 'entry.ts'), outfile: join(scratch, 'out.js') })
    await expect(failure).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({ text: expect.stringMatching(/Node built-in "node:path" imported by .*entry\.ts/) }),
        expect.objectContaining({ text: expect.stringMatching(/Node built-in "fs" imported by .*helper\.ts/) }),
      ]),
    })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
})

test('the bundle lints in Chromium exactly as the source does in Node', async () => {
  const inPage = await lintInPage(STORY)
  expect(inPage).toEqual(rows(lintSync(STORY)))
  expect(inPage.filter(([rule]) => rule === 'unsourced-figure').map((row) => row[4])).toEqual(['at least 40', '12'])
  expect(pageErrors).toEqual([])
})

test('every format and preset runs in the page', async () => {
  const html = '<p>AT&amp;T&rsquo;s staff fled. Floods killed 40 people on Tuesday.</p>'
  const markdown = '# Floods\n\n> Floods killed 40 people, she said.\n\nFloods killed **40** people on Tuesday.\n'
  for (const [text, options] of [
    [html, { format: 'html' }],
    [markdown, { format: 'markdown' }],
    [markdown, { format: 'mdx' }],
    [STORY, { preset: 'wire' }],
    [STORY, { preset: ['strict', 'inclusive'] }],
  ] as const) {
    expect(await lintInPage(text, options)).toEqual(rows(lintSync(text, options as never)))
  }
  const [toll] = await lintInPage(html, { format: 'html' })
  expect(html.slice(toll[2], toll[3])).toBe('40')
  expect(pageErrors).toEqual([])
})

test('the bundle runs in a Web Worker too (no DOM there)', async () => {
  const text = '<p>AT&amp;T&rsquo;s floods killed 40 people. The minister claimed the dam was safe.</p>'
  const inWorker = await page.evaluate(async (text) => {
    const g = globalThis as unknown as { Worker: new (url: string, options: object) => { onmessage: (e: { data: unknown }) => void; onerror: (e: { message: string }) => void; postMessage(d: unknown): void } }
    const worker = new g.Worker('./worker.js', { type: 'module' })
    return new Promise((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data)
      worker.onerror = (event) => reject(new Error(event.message))
      worker.postMessage(text)
    })
  }, text)
  // Plain text in the worker (no path): the same as Node with no format.
  expect(inWorker).toEqual(rows(lintSync(text)).map(([rule, , start, end]) => [rule, start, end]))
  expect(pageErrors).toEqual([])
})
