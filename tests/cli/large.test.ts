/**
 * A 5 MB draft, written at test time (never committed): linted whole, with findings at the right
 * lines from the first paragraph to the last. Plain text is parsed in pieces (src/formats/text.ts),
 * so this takes seconds, not the minute a whole-document parse-latin run would.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCli, runCli, type Built } from './helpers.js'

let cli: Built
let dir = ''

const PLAIN = [
  'The council met on Tuesday and agreed a new timetable for the town buses.',
  'Work on the bridge is due to start in the spring, the transport office said.',
  'Residents can read the plans at the library until the end of the month.',
]
/** Every 50th paragraph states a toll with no source: one warning. */
const EVERY = 50

function draft(bytes: number): { text: string; tolls: number[] } {
  const paragraphs: string[] = []
  const tolls: number[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const toll = i % EVERY === 0
    const paragraph = toll ? `Floods killed ${i + 7} people in the valley on Monday. ${PLAIN[i % 3]}` : `${PLAIN[i % 3]} ${PLAIN[(i + 1) % 3]}`
    if (toll) tolls.push(i * 2 + 1) // paragraph i starts on line 2i + 1
    paragraphs.push(paragraph)
    size += paragraph.length + 2
  }
  return { text: paragraphs.join('\n\n') + '\n', tolls }
}

beforeAll(() => {
  cli = buildCli()
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-large-'))
}, 60_000)

afterAll(() => {
  cli?.dispose()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('a 5 MB plain-text draft is linted whole: every toll found, on its line', async () => {
  const { text, tolls } = draft(5 * 1024 * 1024)
  expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5 * 1024 * 1024)
  writeFileSync(join(dir, 'archive.txt'), text)
  const result = await runCli(cli.bin, ['archive.txt', '--report', 'github'], { cwd: dir })
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  const lines = result.stdout.trimEnd().split('\n')
  const found = lines.filter((line) => line.startsWith('::warning')).map((line) => Number(/,line=(\d+),/.exec(line)![1]))
  expect(found).toEqual(tolls)
  expect(lines.at(-1)).toBe(`copydesk: 0 errors, ${tolls.length} warnings, 0 info in 1 of 1 file`)
}, 120_000)
