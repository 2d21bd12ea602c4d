/**
 * --jobs: files linted in worker threads give the same report, byte for byte, as the main thread
 * alone: every reporter, the configuration cascade (and a bad configuration in it), --config,
 * --preset and --rule, mixed formats, .copydeskignore, binary, mis-encoded and missing files.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCli, fixtures, runCli, type Built } from './helpers.js'

let cli: Built
let dir = ''

beforeAll(() => {
  cli = buildCli()
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-jobs-'))
  for (const name of ['cascade', 'levels', 'mixed', 'ignore', 'config']) cpSync(join(fixtures, name), join(dir, name), { recursive: true })
  mkdirSync(join(dir, 'bytes'))
  writeFileSync(join(dir, 'bytes/photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
  writeFileSync(join(dir, 'bytes/latin1.txt'), Buffer.from('Floods killed 40 people in S\xe3o Paulo.\n', 'latin1'))
  writeFileSync(join(dir, 'bytes/replacement.txt'), 'Floods killed 40 people \uFFFD on Tuesday.\n')
  // A binary file where a configuration file applies (read while the file waits).
  writeFileSync(join(dir, 'cascade/desk/photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
  mkdirSync(join(dir, 'bad'))
  writeFileSync(join(dir, 'bad/.copydeskrc'), '{ "rules": { "unsourced-figur": "off" } }\n')
  writeFileSync(join(dir, 'bad/story.txt'), 'Floods killed 40 people on Tuesday.\n')
  // Enough files that each worker lints many, in no fixed order.
  mkdirSync(join(dir, 'many'))
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `many/story-${String(i).padStart(2, '0')}.txt`), `Floods killed ${i + 2} people on Tuesday. Critics say the response was slow.\n`)
}, 60_000)

afterAll(() => {
  cli?.dispose()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const INPUTS = ['cascade', 'levels', 'mixed', 'mixed/notes.rst', 'ignore', 'bytes', 'bad', 'many', 'missing.md']

test.each([
  ['the readable report', []],
  ['--why --quiet', ['--why', '--quiet']],
  ['--report json', ['--report', 'json']],
  ['--report sarif', ['--report', 'sarif']],
  ['--report github --why', ['--report', 'github', '--why']],
  ['--preset wire,inclusive --rule vague-quantity=error', ['--preset', 'wire,inclusive', '--rule', 'vague-quantity=error']],
])('%s: --jobs 3 gives what one thread gives', async (_name, flags: string[]) => {
  const [one, three] = await Promise.all([runCli(cli.bin, [...INPUTS, ...flags, '--jobs', '1'], { cwd: dir }), runCli(cli.bin, [...INPUTS, ...flags, '--jobs', '3'], { cwd: dir })])
  // A bad configuration in the cascade: exit 2, and every other file still linted.
  expect(one.code).toBe(2)
  expect(one.stdout).toContain('desk/photo.txt')
  expect(three).toEqual(one)
})

test('--config with --jobs: the same report as one thread', async () => {
  const args = ['cascade', 'levels', 'many', '--config', 'config/errors.json', '--report', 'json']
  const [one, two] = await Promise.all([runCli(cli.bin, [...args, '--jobs', '1'], { cwd: dir }), runCli(cli.bin, [...args, '--jobs', '2'], { cwd: dir })])
  expect(one.stdout.length).toBeGreaterThan(0)
  expect(two).toEqual(one)
})

test('--jobs needs a whole number of threads, 1 or more', async () => {
  for (const value of ['0', 'two', '1.5', '-2']) {
    const result = await runCli(cli.bin, ['levels', `--jobs=${value}`], { cwd: dir })
    expect([value, result.code]).toEqual([value, 2])
    expect(result.stderr).toContain(`--jobs ${value}: expected a whole number of threads, 1 or more, as in --jobs 2`)
  }
})
