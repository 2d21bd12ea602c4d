/** The README shows real output: re-run its examples against the source and compare. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { retext } from 'retext'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { retextUnsourcedFigures } from '../../src/index.js'

const root = resolve(import.meta.dirname, '../..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')

test('the quick-start output in the README is what the snippet prints', async () => {
  const snippet = readFileSync(resolve(root, 'examples/quick-start.js'), 'utf8')
  const text = /\.process\('([^']+)'\)/.exec(snippet)![1]
  expect(readme).toContain(text)
  const file = await retext().use(retextUnsourcedFigures).process(text)
  expect(readme).toContain(reporter(file).trimEnd())
})

test('the example draft output in the README is what lint-draft.js prints', async () => {
  const file = new VFile({ path: 'examples/draft-floods.txt', value: readFileSync(resolve(root, 'examples/draft-floods.txt'), 'utf8') })
  await retext().use(retextUnsourcedFigures, { 'vague-quantity': 'info' }).process(file)
  expect(readme).toContain(reporter(file, { verbose: false }).trimEnd())
})
