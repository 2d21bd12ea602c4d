/** The README shows real output: every example block is regenerated from its script and compared. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { exampleOutput } from '../../scripts/build-docs.js'

const root = resolve(import.meta.dirname, '../..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
const names = [...readme.matchAll(/<!-- output:([a-z0-9-]+):start -->/g)].map((m) => m[1])

test('the README has example outputs', () => {
  expect(names.length).toBeGreaterThanOrEqual(2)
})

test.each(names)('the README shows what examples/%s.js prints', (name) => {
  const start = `<!-- output:${name}:start -->\n`
  const block = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(`<!-- output:${name}:end -->`))
  expect(block).toBe('```text\n' + exampleOutput(name) + '\n```\n')
}, 30_000)
