/**
 * The worker pool behind --jobs (src/cli/pool.ts), with stand-in workers: the messages a worker
 * sends back become VFileMessages on the right file with the same fields in the same order, and a
 * worker that dies fails only its files in flight (an internal-error each) while a replacement
 * lints the rest. tests/cli/jobs.test.ts runs the real workers through the command.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { createPool, plainMessage, type Task } from '../../src/cli/pool.js'

let dir = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-pool-'))
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** A worker module: answers each task with `answer(task)` (a JS expression), or dies as told. */
function worker(name: string, body: string): URL {
  const path = join(dir, name)
  writeFileSync(
    path,
    `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (task) => {\n  if (task === null) return parentPort.close()\n${body}\n})\n`,
  )
  return pathToFileURL(path)
}

function lintAll(entry: URL, paths: string[], size = 2): Promise<{ files: VFile[]; configErrors: (string | undefined)[] }> {
  const pool = createPool(size, entry, { rules: {} })
  const files = paths.map((path) => new VFile({ path, value: 'text' }))
  return Promise.all(
    files.map(
      (file) =>
        new Promise<string | undefined>((done) => {
          const task: Omit<Task, 'id'> = { path: file.path, cwd: file.cwd, value: 'text', stdin: false, config: null }
          pool.lint(file, task, done)
        }),
    ),
  ).then(async (configErrors) => {
    await pool.close()
    return { files, configErrors }
  })
}

test('a worker’s messages come back as VFileMessages with the same fields, in order, on their file', async () => {
  // What a lint worker sends: each message's own fields, as plainMessage copies them.
  const original = new VFile({ path: 'a.txt', value: 'Floods killed 40 people.' })
  const message = original.message('Unsourced figure: “40”', { place: { start: { line: 1, column: 15, offset: 14 }, end: { line: 1, column: 17, offset: 16 } }, ruleId: 'unsourced-figure', source: 'copydesk' })
  message.fatal = false
  message.note = 'Say whose figure it is.'
  message.url = 'https://example.com/#unsourced-figure'
  message.actual = '40'
  message.expected = ['forty']
  Object.assign(message, { data: { kind: 'toll' } })
  original.message('A second one', { ruleId: 'other', source: 'copydesk' })
  // As source, keeping each field's order and the ones that are undefined.
  const literal = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value))
  const fields = original.messages.map(plainMessage).map((m) => `{${Object.entries(m).map(([key, value]) => `${JSON.stringify(key)}: ${literal(value)}`).join(', ')}}`)
  const entry = worker('echo.mjs', `  parentPort.postMessage({ id: task.id, messages: task.path.endsWith('b.txt') ? [] : [${fields.join(', ')}], ...(task.path.endsWith('c.txt') ? { configError: 'bad config' } : {}) })`)

  const { files, configErrors } = await lintAll(entry, ['a.txt', 'b.txt', 'c.txt'])
  expect(configErrors).toEqual([undefined, undefined, 'bad config'])
  const [a, b] = files
  expect(b!.messages).toEqual([])
  expect(a!.messages.map((m) => m instanceof VFileMessage)).toEqual([true, true])
  for (const [index, revived] of a!.messages.entries()) {
    const before = original.messages[index]!
    expect(Object.keys(revived)).toEqual(Object.keys(before))
    expect({ ...revived }).toEqual({ ...before })
    expect(revived.stack).toBe(before.stack)
  }
})

test('a worker that dies fails only its files in flight; a replacement lints the others', async () => {
  // Dies on any file named crash*.txt, answers the others with no messages.
  const entry = worker('crash.mjs', `  if (task.path.includes('crash')) process.exit(7)\n  parentPort.postMessage({ id: task.id, messages: [] })`)
  const paths = ['one.txt', 'crash.txt', 'two.txt', 'three.txt', 'four.txt', 'five.txt']
  const { files } = await lintAll(entry, paths, 1)
  const failed = files.filter((file) => file.messages.length > 0)
  // One worker, two files in flight: the crash takes the file beside it too, no other.
  expect(failed.map((file) => file.path)).toContain('crash.txt')
  expect(failed.length).toBeLessThanOrEqual(2)
  for (const file of failed) {
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([['internal-error', true, 'copydesk could not lint this file: a worker thread stopped (exit code 7)']])
  }
  expect(files.filter((file) => file.messages.length === 0).length).toBeGreaterThanOrEqual(4)
})
