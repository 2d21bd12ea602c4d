/**
 * Each reporter on the same run: the readable default (--why, --quiet), JSON, SARIF 2.1.0
 * (validated against the official schema with Ajv) and GitHub workflow commands.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// A CommonJS module: its class is on `default` under NodeNext and at run time alike.
import AjvDraft04 from 'ajv-draft-04'
import type { Log } from 'sarif'
import { escapeData, escapeProperty } from '../../src/cli/reporters/github.js'
import { ruleUrl } from '../../src/rules/report.js'
import { rules } from '../../src/rules/index.js'
import { buildCli, fixtures, root, runCli, type Built, type Run } from './helpers.js'

let cli: Built
/** One run per reporter over the same inputs: info, warning, error, a clean file and a missing one. */
const runs: Record<string, Run> = {}
const INPUTS = ['levels', 'cascade/top.txt', 'missing.txt']

beforeAll(async () => {
  cli = buildCli()
  const reports: [string, string[]][] = [
    ['default', []],
    ['why', ['--why']],
    ['quiet', ['--quiet']],
    ['json', ['--report', 'json']],
    ['sarif', ['--report', 'sarif']],
    ['sarifWhy', ['--report', 'sarif', '--why']],
    ['github', ['--report', 'github']],
    ['githubWhy', ['--report', 'github', '--why']],
  ]
  const results = await Promise.all(reports.map(([, flags]) => runCli(cli.bin, [...INPUTS, ...flags])))
  reports.forEach(([name], i) => (runs[name] = results[i]!))
}, 60_000)

afterAll(() => cli?.dispose())

const NOTE_START = 'Tolls of dead, injured, missing or arrested need a source'

test('every reporter exits 1 here (an error-level finding and a missing file) and writes to standard output', () => {
  for (const [name, run] of Object.entries(runs)) {
    expect([name, run.code]).toEqual([name, 1])
    expect([name, run.stderr]).toEqual([name, ''])
  }
})

test('default: vfile-reporter, each finding with its place, severity, reason and rule', () => {
  const out = runs.default!.stdout
  expect(out).toMatch(/cascade\/top\.txt\n1:15-1:17 +error +Unsourced figure: “40” is a toll stated with no source\. +unsourced-figure +copydesk/)
  expect(out).toContain('levels/clean.txt: no issues found')
  expect(out).toMatch(/levels\/info\.txt\n1:22-1:38 +info +Unsourced figure: “12 million euros” is a sum of money stated with no source\. +unsourced-figure +copydesk/)
  expect(out).toMatch(/missing\.txt\n +error +No such file or folder +file-error +copydesk/)
  expect(out).not.toContain(NOTE_START)
  expect(out).toContain('4 messages (✖ 2 errors, ⚠ 1 warning)')
})

test('--why adds each finding’s note and documentation link; --quiet leaves out files with no findings', () => {
  expect(runs.why!.stdout).toContain('[note]:')
  expect(runs.why!.stdout).toContain(NOTE_START)
  expect(runs.why!.stdout).toContain(ruleUrl('unsourced-figure'))
  expect(runs.quiet!.stdout).not.toContain('clean.txt')
  expect(runs.quiet!.stdout).toContain('levels/warning.txt')
})

test('json: vfile-reporter-json, with rule ids, places and notes', () => {
  const files = JSON.parse(runs.json!.stdout) as { path: string; messages: { ruleId: string; line: number; column: number; note?: string; url?: string; fatal?: boolean | null }[] }[]
  expect(files.map((f) => f.path)).toEqual(['cascade/top.txt', 'levels/clean.txt', 'levels/info.txt', 'levels/warning.txt', 'missing.txt'])
  const top = files[0]!.messages[0]!
  expect(top).toMatchObject({ ruleId: 'unsourced-figure', line: 1, column: 15, fatal: true, url: ruleUrl('unsourced-figure') })
  expect(top.note).toContain(NOTE_START)
})

describe('sarif', () => {
  const log = (): Log => JSON.parse(runs.sarif!.stdout) as Log

  test('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    const ajv = new AjvDraft04.default({
      allErrors: true,
      // The schema holds a pattern that is invalid in Unicode mode.
      unicodeRegExp: false,
      formats: {
        uri: (value: string) => URL.canParse(value),
        'uri-reference': (value: string) => URL.canParse(value, 'file:///base/'),
        'date-time': (value: string) => !Number.isNaN(Date.parse(value)),
      },
    })
    const validate = ajv.compile(schema)
    for (const name of ['sarif', 'sarifWhy']) {
      const valid = validate(JSON.parse(runs[name]!.stdout))
      expect([name, validate.errors ?? []]).toEqual([name, []])
      expect(valid).toBe(true)
    }
  })

  test('the tool lists every copydesk rule with descriptions, help text and help URI', () => {
    const driver = log().runs[0]!.tool.driver
    expect(driver.name).toBe('copydesk')
    expect(driver.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
    const ids = (driver.rules ?? []).map((r) => r.id)
    for (const rule of rules) expect(ids).toContain(rule.id)
    const figure = driver.rules!.find((r) => r.id === 'unsourced-figure')!
    expect(figure.helpUri).toBe(ruleUrl('unsourced-figure'))
    expect(figure.shortDescription?.text).toBeTruthy()
    expect(figure.fullDescription?.text).toBeTruthy()
    expect(figure.help?.text).toBeTruthy()
    expect(figure.help?.markdown).toBe(rules.find((r) => r.id === 'unsourced-figure')!.docs)
    // A file-level error names a described rule too.
    expect(ids).toContain('file-error')
  })

  test('results carry the rule, level, message and a region with lines, columns and offsets; URIs are relative', () => {
    const run = log().runs[0]!
    const rulesOf = run.tool.driver.rules!
    for (const result of run.results ?? []) expect(rulesOf[result.ruleIndex!]!.id).toBe(result.ruleId)
    const summary = (run.results ?? []).map((r) => [r.ruleId, r.level, r.locations![0]!.physicalLocation!.artifactLocation!.uri])
    expect(summary).toEqual([
      ['unsourced-figure', 'error', 'cascade/top.txt'],
      ['unsourced-figure', 'note', 'levels/info.txt'],
      ['unsourced-figure', 'warning', 'levels/warning.txt'],
      ['file-error', 'error', 'missing.txt'],
    ])
    const top = run.results![0]!
    expect(top.message.text).toBe('Unsourced figure: “40” is a toll stated with no source.')
    expect(top.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'cascade/top.txt', uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 1, startColumn: 15, endLine: 1, endColumn: 17, charOffset: 14, charLength: 2 },
    })
    expect(run.results![3]!.locations![0]!.physicalLocation!.region).toBeUndefined()
    expect(run.artifacts!.map((a) => a.location!.uri)).toEqual(['cascade/top.txt', 'levels/clean.txt', 'levels/info.txt', 'levels/warning.txt', 'missing.txt'])
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`file://${fixtures}/`)
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  test('--why appends the note to each message', () => {
    const results = (JSON.parse(runs.sarifWhy!.stdout) as Log).runs[0]!.results!
    expect(results[0]!.message.text).toContain(`no source.\n\n${NOTE_START}`)
  })
})

describe('github', () => {
  test('one workflow command per finding: error, warning or notice, with file, lines, columns and title', () => {
    const lines = runs.github!.stdout.trimEnd().split('\n')
    expect(lines).toEqual([
      '::error file=cascade/top.txt,line=1,col=15,endLine=1,endColumn=17,title=unsourced-figure (copydesk)::Unsourced figure: “40” is a toll stated with no source.',
      '::notice file=levels/info.txt,line=1,col=22,endLine=1,endColumn=38,title=unsourced-figure (copydesk)::Unsourced figure: “12 million euros” is a sum of money stated with no source.',
      '::warning file=levels/warning.txt,line=1,col=15,endLine=1,endColumn=17,title=unsourced-figure (copydesk)::Unsourced figure: “40” is a toll stated with no source.',
      '::error file=missing.txt,title=file-error (copydesk)::No such file or folder',
      'copydesk: 2 errors, 1 warning, 1 info in 4 of 5 files',
    ])
  })

  test('--why adds the note on escaped new lines', () => {
    expect(runs.githubWhy!.stdout).toContain(`no source.%0A%0A${NOTE_START}`)
  })

  test('values are escaped as the runner expects', () => {
    expect(escapeData('50% said\r\nyes')).toBe('50%25 said%0D%0Ayes')
    expect(escapeProperty('drafts/a,b: c.md')).toBe('drafts/a%2Cb%3A c.md')
  })
})
