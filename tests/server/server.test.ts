/**
 * The language server as an editor sees it: a child process driven over stdio by a real LSP client.
 * Diagnostics on open and change with exact UTF-16 ranges (emoji, CRLF, HTML entities), severities,
 * codes and documentation links, the CLI's configuration (and its changes), and quick fixes that
 * leave a grammatical sentence.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CodeActionKind, DiagnosticSeverity, FileChangeType, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { categories } from '../../src/lexicon/generated/index.js'
import type { LexiconEntry } from '../../src/lexicon/schema.js'
import { rules } from '../../src/rules/index.js'
import { ruleUrl } from '../../src/rules/report.js'
import { Client, positionOf, root, textAt } from './client.js'

import { jest } from "@jest/globals"

jest.setTimeout(30_000)

let client: Client
let workspace = ''
const uri = (name: string) => pathToFileURL(join(workspace, name)).href

/** Every implemented rule at warning at least, so each rule's fixes can be exercised. */
const allRules = Object.fromEntries(rules.map((rule) => [rule.id, 'warning']))

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'copydesk-lsp-'))
  mkdirSync(join(workspace, 'strict'))
  mkdirSync(join(workspace, 'fixes'))
  writeFileSync(join(workspace, 'strict', '.copydeskrc.json'), JSON.stringify({ rules: { 'unsourced-figure': 'error' } }))
  writeFileSync(join(workspace, 'fixes', '.copydeskrc.yml'), `rules:\n${Object.entries(allRules).map(([id, s]) => `  ${id}: ${s}`).join('\n')}\n`)
  client = new Client()
  // A short debounce keeps the many fix cases quick; a burst of edits still publishes once.
  const result = await client.initialize(workspace, { debounce: 25 })
  expect(result.capabilities.codeActionProvider).toEqual({ codeActionKinds: [CodeActionKind.QuickFix] })
})

afterAll(async () => {
  await client?.stop()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

/** The expected range of the `nth` occurrence of `words` in `text`, counted by hand. */
function rangeOf(text: string, words: string, nth = 0) {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1)
  if (at < 0) throw new Error(`“${words}” is not in the text`)
  return { start: positionOf(text, at), end: positionOf(text, at + words.length) }
}

const figures = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'unsourced-figure')

describe('ranges are UTF-16 positions in the source', () => {
  const cases: [string, string, string, string[]][] = [
    ['emoji.txt', 'plaintext', 'Rescuers 🚁🚁 arrived at dawn. 🌊 Floods killed 40 people on Tuesday, and 12 fishermen are missing.', ['40', '12']],
    ['crlf.md', 'markdown', '# Floods 🌧️\r\n\r\nThe rain fell for days.\r\nFloods killed 40 people 😢 on Tuesday,\r\nand 12 fishermen are missing.\r\n', ['40', '12']],
    [
      'entities.html',
      'html',
      '<article>\n<h1>Floods</h1>\n<p>AT&amp;T&rsquo;s staff &mdash; and &#x1F30A; everyone &hellip; fled. Floods killed 40 people on Tuesday, and 12 fishermen are missing.</p>\n</article>\n',
      ['40', '12'],
    ],
    ['story.mdx', 'mdx', "import Map from './map.js'\n\n# Floods\n\n<Map />\n\nFloods killed 40 people 🙏 on Tuesday, and 12 fishermen are missing.\n", ['40', '12']],
  ]

  test.each(cases)('%s (%s)', async (name, languageId, text, words) => {
    const diagnostics = figures(await client.open(uri(name), languageId, text))
    expect(diagnostics.map((d) => d.range)).toEqual(words.map((w) => rangeOf(text, w)))
    expect(diagnostics.map((d) => textAt(text, d.range))).toEqual(words)
    // The server's own document model agrees with the hand count.
    const document = TextDocument.create(uri(name), languageId, 1, text)
    expect(diagnostics.map((d) => document.getText(d.range))).toEqual(words)
  })
})

test('a diagnostic carries the message contract: severity, code, documentation, note, source', async () => {
  const text = 'Floods killed 40 people. The new bridge cost 12 million euros.'
  const [toll, money] = figures(await client.open(uri('contract.txt'), 'plaintext', text))
  expect(toll).toMatchObject({
    severity: DiagnosticSeverity.Warning,
    code: 'unsourced-figure',
    codeDescription: { href: ruleUrl('unsourced-figure') },
    source: 'copydesk',
  })
  // The reason, then the note (why it matters, what to do) on its own line.
  expect(toll.message).toMatch(/^Unsourced figure: “40” is a toll stated with no source\.\n\S/)
  expect(money.severity).toBe(DiagnosticSeverity.Information)
})

test('the same configuration as the CLI: the nearest .copydeskrc applies, and a change to it re-lints', async () => {
  const text = 'Floods killed 40 people on Tuesday.'
  const [error] = figures(await client.open(uri('strict/story.md'), 'markdown', text))
  expect(error.severity).toBe(DiagnosticSeverity.Error)

  writeFileSync(join(workspace, 'strict', '.copydeskrc.json'), JSON.stringify({ rules: { 'unsourced-figure': 'off' } }))
  const after = await client.watched([{ uri: uri('strict/.copydeskrc.json'), type: FileChangeType.Changed }], uri('strict/story.md'))
  expect(figures(after)).toEqual([])

  // A broken configuration is reported on the document, naming the file and the problem.
  writeFileSync(join(workspace, 'strict', '.copydeskrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }))
  const broken = await client.watched([{ uri: uri('strict/.copydeskrc.json'), type: FileChangeType.Changed }], uri('strict/story.md'))
  expect(broken).toHaveLength(1)
  expect(broken[0]).toMatchObject({ severity: DiagnosticSeverity.Error, code: 'config-error', source: 'copydesk' })
  expect(broken[0].message).toContain('unknown rule "no-such-rule"')
})

test('a change is re-linted (debounced: a burst of edits publishes once, for the last version)', async () => {
  const name = uri('change.md')
  const text = 'Floods killed 40 people.'
  expect(figures(await client.open(name, 'markdown', text)).map((d) => d.range)).toEqual([rangeOf(text, '40')])

  // Incremental edits, as an editor sends them: "Floods" → "Police said floods".
  const before = client.log.length
  void client.change(name, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 'P' }])
  void client.change(name, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 6 } }, text: 'olice' }])
  const sourced = await client.change(name, [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: ' said floods' }])
  expect(figures(sourced)).toEqual([])
  expect(client.log.slice(before).filter((p) => p.uri === name).map((p) => p.version)).toEqual([4])

  // A new line with emoji above shifts the finding; its range follows in UTF-16.
  const added = '🌊🌊 Storms killed 12 people.\r\n'
  const shifted = await client.change(name, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added }])
  const full = added + 'Police said floods killed 40 people.'
  expect(figures(shifted).map((d) => d.range)).toEqual([rangeOf(full, '12')])
  // Each emoji is two UTF-16 code units: "🌊🌊 Storms killed " is 19.
  expect(figures(shifted)[0].range.start).toEqual({ line: 0, character: 19 })
})

// ---------------------------------------------------------------------------------------------
// Quick fixes

/** Ways a fixed sentence can be broken; [] when it reads as a sentence. */
function sentenceProblems(sentence: string): string[] {
  const problems: string[] = []
  if (/ {2}/.test(sentence)) problems.push('double space')
  if (/\s[,.;:!?]/.test(sentence)) problems.push('space before punctuation')
  if (/^\s/.test(sentence)) problems.push('leading space')
  if (/^[“"‘'(]?[a-z]/.test(sentence)) problems.push('starts in lower case')
  if (/,\s*[,.;:]|[,;:]\s*\./.test(sentence)) problems.push('punctuation pile-up')
  const repeated = /\b(\w+)\s+\1\b/i.exec(sentence)
  if (repeated && !/^(had|that)$/i.test(repeated[1])) problems.push(`repeated word “${repeated[1]}”`)
  if (/\ban\s+(?![aeiouh])[a-z]/.test(sentence)) problems.push('“an” before a consonant')
  if (/\ba\s+(?!one|once|uni|use|usu|eu|ur)[aeio]/i.test(sentence)) problems.push('“a” before a vowel')
  return problems
}

function parseExample(sentence: string): { text: string; marked: string } {
  const open = sentence.indexOf('[')
  const close = sentence.indexOf(']', open)
  return { text: sentence.slice(0, open) + sentence.slice(open + 1, close) + sentence.slice(close + 1), marked: sentence.slice(open + 1, close) }
}

const apply = (text: string, action: CodeAction, name: string) =>
  TextDocument.applyEdits(TextDocument.create(name, 'plaintext', 1, text), action.edit!.changes![name])

let counter = 0

/** Open `text`, find the `ruleId` diagnostic over `marked`, request its fixes. */
async function fixesFor(ruleId: string, text: string, marked: string) {
  const name = uri(`fixes/case-${++counter}.txt`)
  const diagnostics = await client.open(name, 'plaintext', text)
  const at = text.indexOf(marked)
  const diagnostic = diagnostics.find((d) => {
    if (d.code !== ruleId) return false
    const document = TextDocument.create(name, 'plaintext', 1, text)
    const [start, end] = [document.offsetAt(d.range.start), document.offsetAt(d.range.end)]
    return start < at + marked.length && at < end
  })
  const actions = diagnostic ? ((await client.codeActions(name, diagnostic.range, [diagnostic])) ?? []).filter((a): a is CodeAction => 'edit' in a) : []
  return { name, diagnostic, actions }
}

/** Real fixes from the rules that offer them; a case runs once its rule is registered. */
const realFixes: { rule: string; text: string; title: string; fixed: string }[] = [
  {
    rule: 'loaded-attribution-verb',
    text: 'The minister claimed that the economy was growing.',
    title: 'Replace “claimed” with “said”',
    fixed: 'The minister said that the economy was growing.',
  },
  {
    rule: 'loaded-attribution-verb',
    text: 'The company admits the plant leaked, and the mayor insists it is safe.',
    title: 'Replace “admits” with “says”',
    fixed: 'The company says the plant leaked, and the mayor insists it is safe.',
  },
]
const implemented = new Set<string>(rules.map((r) => r.id))
const liveFixes = realFixes.filter((c) => implemented.has(c.rule))

/** Every lexicon example of an implemented rule whose entry offers alternatives. */
const exampleFixes: [string, string, LexiconEntry][] = []
for (const entries of Object.values(categories)) {
  for (const entry of entries as readonly LexiconEntry[]) {
    if (!implemented.has(entry.rule) || entry.alternatives.length === 0) continue
    for (const sentence of entry.examples.flag) exampleFixes.push([entry.rule, sentence, entry])
  }
}

/** Fix cases applied per rule (the table must not pass by returning early everywhere). */
const applied = new Map<string, number>()

describe('quick fixes', () => {
  test('the code action machinery: each expected alternative is one quick fix over the flagged range', async () => {
    // Independent of which rules exist yet: codeActionsFor turns any diagnostic's expected into edits.
    const { codeActionsFor } = await import('../../src/server/diagnostics.js')
    const text = 'Clearly, the plan failed. It was an iconic tower.'
    const document = TextDocument.create('file:///x.txt', 'plaintext', 1, text)
    const diagnostic = (words: string, expected: string[]): Diagnostic => ({
      range: rangeOf(text, words),
      message: 'm',
      source: 'copydesk',
      code: 'r',
      data: { expected },
    })
    const actions = codeActionsFor(document, [diagnostic('Clearly, the', ['The']), diagnostic('an iconic tower', ['a tower', '']), { ...diagnostic('plan', ['x']), source: 'other' }])
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ['Remove “Clearly”', 'quickfix', true],
      ['Replace “an iconic tower” with “a tower”', 'quickfix', true],
      ['Remove “an iconic tower”', 'quickfix', false],
    ])
    expect(TextDocument.applyEdits(document, actions[0].edit!.changes!['file:///x.txt'])).toBe('The plan failed. It was an iconic tower.')
  })

  test.each(liveFixes.length > 0 ? liveFixes : [{ rule: '(none yet)', text: '', title: '', fixed: '' }])('$rule: $text', async (fix) => {
    if (fix.rule === '(none yet)') return expect(realFixes.every((c) => !implemented.has(c.rule))).toBe(true)
    const marked = fix.title.match(/“([^”]+)”/)![1]
    const { name, diagnostic, actions } = await fixesFor(fix.rule, fix.text, marked)
    expect(diagnostic).toBeDefined()
    const action = actions.find((a) => a.title === fix.title)
    expect(actions.map((a) => a.title)).toContain(fix.title)
    expect(action!.diagnostics).toEqual([diagnostic])
    const fixed = apply(fix.text, action!, name)
    expect(fixed).toBe(fix.fixed)
    // Applied in the editor, the finding goes away.
    const after = await client.change(name, [{ text: fixed }])
    expect(after.filter((d) => d.code === fix.rule && textAt(fixed, d.range) === marked)).toEqual([])
  })

  // Table-driven over the registry: any rule that returns `expected` is exercised here.
  const table = exampleFixes.length > 0 ? exampleFixes : ([['(no rule offers fixes yet)', '', null]] as unknown as typeof exampleFixes)
  test.each(table)('%s: %s', async (ruleId, sentence, entry) => {
    if (!entry) return
    const { text, marked } = parseExample(sentence)
    const { name, diagnostic, actions } = await fixesFor(ruleId, text, marked)
    // Flagging is the lexicon example tests' business; an entry may offer no fix in this sentence.
    if (!diagnostic || actions.length === 0) return
    for (const action of actions) {
      const fixed = apply(text, action, name)
      expect(fixed).not.toBe(text)
      expect([action.title, sentenceProblems(fixed)]).toEqual([action.title, []])
    }
    applied.set(ruleId, (applied.get(ruleId) ?? 0) + 1)
    const fixed = apply(text, actions[0], name)
    const after = await client.change(name, [{ text: fixed }])
    const still = after.filter((d) => d.code === ruleId && d.range.start.line === diagnostic.range.start.line && d.range.start.character === diagnostic.range.start.character && d.message === diagnostic.message)
    expect(still).toEqual([])
  })
})

test('every rule whose entries offer alternatives had at least one fix applied', () => {
  const offering = [...new Set(exampleFixes.map(([rule]) => rule))]
  expect(offering.filter((rule) => !applied.has(rule))).toEqual([])
})

test('the package names the bin, built from this entry', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> }
  expect(pkg.bin?.['copydesk-language-server']).toBe('dist/src/server/index.js')
  expect(readFileSync(join(root, 'src/server/index.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
})

test('a document over maxFileSize gets one warning saying so, and a smaller one is linted', async () => {
  // A second server, told to lint documents up to 0.0002 MB (209 bytes).
  const small = new Client()
  try {
    await small.initialize(workspace, { debounce: 0, maxFileSize: 0.0002 })
    const short = 'Floods killed 40 people on Tuesday.'
    expect(figures(await small.open(uri('short.txt'), 'plaintext', short)).map((d) => d.range)).toEqual([rangeOf(short, '40')])
    const long = 'Floods killed 40 people on Tuesday. '.repeat(6)
    const diagnostics = await small.open(uri('long.txt'), 'plaintext', long)
    expect(diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Warning,
        source: 'copydesk',
        code: 'file-too-large',
        message: "This file is 216 bytes; copydesk lints files up to 209 bytes here, since a lint holds about 170 times the file in memory. Split the file, or raise the limit with the language server's maxFileSize setting (megabytes).",
      },
    ])
  } finally {
    await small.stop()
  }
})
