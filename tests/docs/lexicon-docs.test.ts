/** docs/lexicon.md is generated from the lexicon data (scripts/build-lexicon-docs.ts) and cannot drift. */
import { readFileSync } from 'node:fs'
import { LEXICON_DOC, lexiconMarkdown } from '../../scripts/build-lexicon-docs.js'
import { loadLexicon } from '../../scripts/build-lexicon.js'

test('docs/lexicon.md is generated from src/lexicon/data (run npx tsx scripts/build-lexicon-docs.ts)', () => {
  expect(readFileSync(LEXICON_DOC, 'utf8')).toBe(lexiconMarkdown())
})

test('every category and every entry appears in the lexicon documentation', () => {
  const lexicon = loadLexicon()
  const doc = lexiconMarkdown(lexicon)
  for (const [name, entries] of lexicon.categories) {
    expect(doc).toContain(`\n## ${name}\n`)
    for (const entry of entries) expect(doc).toContain(`| **${entry.term.replace(/\|/g, '\\|')}** |`)
  }
  for (const reference of lexicon.references) expect(doc).toContain(`<a id="${reference.tag.toLowerCase()}"></a>`)
})
