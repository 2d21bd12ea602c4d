/** Generated documentation must match the rule metadata (docs cannot drift). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { rulesMarkdown, withTable } from '../../scripts/build-docs.js'
import { rules } from '../../src/rules/index.js'

const root = resolve(import.meta.dirname, '../..')

test('docs/rules.md is generated from the rule modules', () => {
  expect(readFileSync(resolve(root, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown())
})

test('the README rules table is generated from the rule modules', () => {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
  expect(withTable(readme)).toBe(readme)
})

test.each(rules.map((rule) => [rule.id]))('%s has a documentation anchor', (id) => {
  expect(rulesMarkdown()).toContain(`\n## ${id}\n`)
})
