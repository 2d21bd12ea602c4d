/**
 * The playground page in headless Chromium, as an editor uses it: type an article, see the findings
 * highlighted by severity and grouped by rule with their notes, apply a one-click fix, and keep
 * typing in a 2,000-word article without the page stalling. Screenshots go to test-artifacts/.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { jest } from '@jest/globals'
import type { Page } from 'playwright-core'
import { lintSync } from '../../src/lint.js'
import { launch, serve, type Browser } from './chromium.js'

jest.setTimeout(30_000)

const root = resolve(import.meta.dirname, '../..')
const artifacts = resolve(root, 'test-artifacts')
let out = ''
let browser: Browser
let server: Awaited<ReturnType<typeof serve>>
let page: Page
const pageErrors: string[] = []

// Page functions run in the browser; the project's type-check has no DOM library, so they reach
// the DOM through this loose view of globalThis.
interface El {
  value: string
  textContent: string | null
  className: string
  dataset: Record<string, string>
  querySelectorAll(selector: string): El[]
  getAttribute(name: string): string | null
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'copydesk-playground-'))
  execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', 'examples/playground', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'pipe',
  })
  server = await serve(out)
  browser = await launch()
  page = await browser.context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.goto(`${server.url}/index.html`)
  await waitForLint()
  mkdirSync(artifacts, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (out) rmSync(out, { recursive: true, force: true })
})

/** Wait until the page has shown the findings for the text as it is now. */
async function waitForLint(): Promise<void> {
  await page.waitForFunction(() => {
    const d = (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document
    return d.body.dataset.linting === 'false' && d.body.dataset.lintedVersion !== undefined
  })
  // A lint may be scheduled (debounce) but not sent yet: wait out the debounce and check again.
  await page.waitForTimeout(200)
  await page.waitForFunction(() => (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset.linting === 'false')
}

async function typeArticle(text: string): Promise<void> {
  await page.click('#text')
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.type(text)
  await waitForLint()
}

const severity = (fatal: boolean | null | undefined) => (fatal === true ? 'error' : fatal === false ? 'warning' : 'info')

/** What Node's copydesk finds in `text`: [flagged words, severity, rule, note, expected]. */
function expectedFindings(text: string) {
  return lintSync(text, { preset: 'recommended', format: 'text' }).messages.map((m) => {
    const place = m.place as { start: { offset: number }; end: { offset: number } }
    return { words: text.slice(place.start.offset, place.end.offset), severity: severity(m.fatal), rule: m.ruleId!, note: m.note ?? '', expected: m.expected ?? [] }
  })
}

const STORY = [
  'Floods killed 40 people on Tuesday, and 12 fishermen are missing.',
  'The minister claimed that the dam was safe.',
  'The regional emergency service said 300 homes were destroyed.',
  'The new bridge cost 12 million euros.',
].join(' ')

test('typed text is highlighted by severity and grouped by rule, with notes', async () => {
  await typeArticle(STORY)
  expect(await page.inputValue('#text')).toBe(STORY)
  const wanted = expectedFindings(STORY)
  expect(wanted.length).toBeGreaterThan(0)

  const marks = await page.$$eval('#backdrop mark', (els) => els.map((el) => [el.textContent, el.className]))
  for (const finding of wanted) expect(marks).toContainEqual([finding.words, `hl ${finding.severity}`])
  expect(marks).toHaveLength(wanted.length)

  // One group per rule, each card with its words, severity and note.
  const groups = await page.$$eval('.group', (els) => els.map((el) => (el as unknown as El).dataset.rule))
  expect([...groups].sort()).toEqual([...new Set(wanted.map((f) => f.rule))].sort())
  const cards = await page.$$eval('.finding', (els) =>
    els.map((el) => [el.querySelector('.quote q')?.textContent, ['error', 'warning', 'info'].find((c) => el.classList.contains(c)), el.querySelector('.note')?.textContent ?? '']),
  )
  for (const finding of wanted) expect(cards).toContainEqual([finding.words, finding.severity, finding.note])
  expect(await page.textContent('#summary h2')).toBe(`${wanted.length} finding${wanted.length === 1 ? '' : 's'}`)
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0))
  await page.screenshot({ path: join(artifacts, 'playground-typed.png'), fullPage: false })
  expect(pageErrors).toEqual([])
})

test('a one-click fix replaces the words and the finding goes away', async () => {
  await typeArticle(STORY)
  const wanted = expectedFindings(STORY)
  const fixable = wanted.find((f) => f.expected.length > 0)
  const buttons = await page.$$('button.fix')
  if (!fixable) {
    // No rule in this build offers fixes yet (loaded terms and attribution bring them): none shown.
    expect(buttons).toHaveLength(0)
    return
  }
  const card = page.locator('.finding', { has: page.locator('.quote q', { hasText: fixable.words }) }).first()
  await card.locator('button.fix').first().click()
  const at = STORY.indexOf(fixable.words)
  const fixed = STORY.slice(0, at) + fixable.expected[0] + STORY.slice(at + fixable.words.length)
  await page.waitForFunction((want) => (globalThis as unknown as { document: { querySelector(s: string): { value: string } } }).document.querySelector('#text').value === want, fixed)
  await waitForLint()
  const remaining = expectedFindings(fixed)
  expect(remaining.filter((f) => f.rule === fixable.rule && f.words === fixable.words)).toEqual([])
  expect(await page.$$eval('#backdrop mark', (els) => els.length)).toBe(remaining.length)
  // The fix went through the browser's editing commands: Ctrl+Z brings the words back.
  await page.keyboard.press('Control+Z')
  await page.waitForFunction((want) => (globalThis as unknown as { document: { querySelector(s: string): { value: string } } }).document.querySelector('#text').value === want, STORY)
  expect(pageErrors).toEqual([])
})

test('presets and formats re-lint at once', async () => {
  await typeArticle('Critics say the so-called reforms failed. Floods killed 40 people.')
  await page.selectOption('#preset', 'strict')
  await waitForLint()
  const strict = lintSync('Critics say the so-called reforms failed. Floods killed 40 people.', { preset: 'strict', format: 'text' }).messages.length
  expect(await page.$$eval('#backdrop mark', (els) => els.length)).toBe(strict)
  expect(await page.textContent('#preset-note')).toMatch(/Everything/)
  await page.selectOption('#preset', 'recommended')
  await waitForLint()
})

test('a 2,000-word article: typing never stalls the page, and findings follow', async () => {
  const draft = readFileSync(resolve(root, 'examples/draft-floods.txt'), 'utf8')
  let article = ''
  while ((article.match(/\S+/g) ?? []).length < 2000) article += `${draft}\n`
  await page.click('#text')
  await page.fill('#text', article)
  await waitForLint()

  // Long tasks (over 50 ms) on the main thread are what a typist feels as lag.
  await page.evaluate(() => {
    const g = globalThis as unknown as { longTasks: number[]; PerformanceObserver: new (cb: (list: { getEntries(): { duration: number }[] }) => void) => { observe(o: object): void } }
    g.longTasks = []
    new g.PerformanceObserver((list) => g.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: false })
  })
  await page.keyboard.press('Control+End')
  const typed = ' Floods killed 75 people in the north on Friday.'
  const started = Date.now()
  await page.keyboard.type(typed, { delay: 15 })
  const typing = Date.now() - started
  await waitForLint()
  const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks)
  const status = await page.textContent('#status')

  expect(await page.inputValue('#text')).toBe(article + typed)
  // Each keystroke is handled at once: 48 keys at a 15 ms pace take well under two seconds.
  expect(typing).toBeLessThan(48 * 15 + 1500)
  expect(longTasks.filter((d) => d > 120)).toEqual([])
  const marks = await page.$$eval('#backdrop mark', (els) => els.map((el) => el.textContent))
  expect(marks).toContain('75')
  expect(marks).toHaveLength(expectedFindings(article + typed).length)
  expect(status).toMatch(/^2,?\d{3} words · checked in \d+ ms$/)
  const ms = Number(/checked in (\d+) ms/.exec(status ?? '')![1])
  expect(ms).toBeLessThan(1500)
  expect(pageErrors).toEqual([])
})

test('the screenshot: the sample story as an editor first sees it', async () => {
  await page.click('#sample')
  await waitForLint()
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0))
  await page.screenshot({ path: join(artifacts, 'playground.png') })
  expect(await page.$$eval('#backdrop mark', (els) => els.length)).toBe(expectedFindings(readFileSync(resolve(root, 'examples/playground/sample.txt'), 'utf8')).length)
})
