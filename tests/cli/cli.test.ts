/**
 * The copydesk command, run as a child process on fixture folders: exit codes, usage and
 * configuration errors, the configuration cascade, .copydeskignore, presets and --rule, mixed
 * formats in one run, standard input, and files that cannot be read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCli, fixtures, root, runCli, type Built } from './helpers.js'

let cli: Built
let scratch = ''
const run = (args: string[], options?: Parameters<typeof runCli>[2]) => runCli(cli.bin, args, options)

beforeAll(() => {
  cli = buildCli()
  scratch = mkdtempSync(join(tmpdir(), 'copydesk-cli-files-'))
}, 60_000)

afterAll(() => {
  cli?.dispose()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

interface JsonFile {
  path: string
  messages: { ruleId: string; reason: string; fatal: boolean | null | undefined; line?: number; column?: number; note?: string; source?: string }[]
}

const json = (stdout: string): JsonFile[] => JSON.parse(stdout) as JsonFile[]
const byPath = (files: JsonFile[]) => Object.fromEntries(files.map((f) => [f.path, f.messages.map((m) => `${m.line ?? ''}:${m.column ?? ''} ${m.ruleId} ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'}`)]))

test('the package’s bin `copydesk` is the bundled entry, a Node script', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> }
  expect(pkg.bin.copydesk).toBe('dist/bin/copydesk.js')
  expect(pkg.scripts.build).toContain('scripts/build-bin.ts')
  expect(readFileSync(join(root, 'src/cli/index.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
})

describe('help and version', () => {
  test('--help prints the usage and exits 0; --version prints the package version', async () => {
    const [help, version] = await Promise.all([run(['--help']), run(['--version'])])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: copydesk [options]')
    for (const flag of ['--preset', '--rule', '--config', '--stdin-filename', '--report', '--why', '--quiet', '--frail', '--jobs']) expect(help.stdout).toContain(flag)
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })
})

describe('exit codes', () => {
  test('0 when clean or info only, 0 for a warning, 1 for a warning with --frail, never for info', async () => {
    const [clean, info, warning, frailWarning, frailInfo] = await Promise.all([
      run(['levels/clean.txt']),
      run(['levels/info.txt']),
      run(['levels/warning.txt']),
      run(['levels/warning.txt', '--frail']),
      run(['levels/info.txt', '--frail']),
    ])
    expect(clean).toMatchObject({ code: 0, stderr: '' })
    expect(clean.stdout).toContain('levels/clean.txt: no issues found')
    expect(info.code).toBe(0)
    expect(info.stdout).toContain('1:22-1:38 info')
    expect(warning.code).toBe(0)
    expect(warning.stdout).toContain('1:15-1:17 warning Unsourced figure: “40” is a toll stated with no source.')
    expect(frailWarning.code).toBe(1)
    expect(frailInfo.code).toBe(0)
  })

  test('1 when an error-level finding exists (--rule raises the severity)', async () => {
    const result = await run(['levels/warning.txt', '--rule', 'unsourced-figure=error'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('1:15-1:17 error Unsourced figure')
  })

  test.each([
    [['--repot', 'json', 'levels'], "Unknown option '--repot'"],
    [['levels', '--rule', 'bogus=off'], '--rule bogus=off: unknown rule "bogus"; accepted rules: quote-without-speaker, '],
    [['levels', '--rule', 'unsourced-figure=loud'], '--rule unsourced-figure=loud: unknown severity "loud"; accepted severities: off, info, warning, error'],
    [['levels', '--rule', 'puffery'], '--rule puffery: expected <rule-id>=<severity>'],
    [['levels', '--preset', 'tabloid'], '--preset tabloid: unknown preset "tabloid"; accepted presets: recommended, wire, wikipedia, conflict, strict, inclusive'],
    [['levels', '--preset', 'wire,conflict'], 'only one preset besides inclusive'],
    [['levels', '--report', 'xml'], '--report xml: unknown report; accepted reports: json, sarif, github'],
    [[], 'no input: give files, folders or globs'],
    [['levels', '--stdin'], 'give files or standard input, not both'],
    [['levels', '--config', 'config/missing.json'], 'configuration file not found'],
    [['levels', '--config', 'config/bad-key.json'], 'unknown option "rulez"; accepted options: preset, rules, allow, deny'],
    [['levels', '--config', 'config/bad-severity.json'], 'rules.unsourced-figure must be a severity'],
    [['levels/warning.txt', '--config', 'config/bad-options.yml'], 'unknown option "weather"'],
  ])('2 for bad usage or configuration: %j', async (args, message) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })

  test('2 for a bad configuration file found in the cascade, naming the file; the other files are still linted', async () => {
    const dir = join(scratch, 'bad-cascade')
    writeFileSync(join(scratch, 'ok.txt'), 'Floods killed 40 people on Tuesday.\n')
    rmSync(dir, { recursive: true, force: true })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dir)
    writeFileSync(join(dir, '.copydeskrc'), '{ "rules": { "unsourced-figur": "off" } }\n')
    writeFileSync(join(dir, 'story.txt'), 'Floods killed 40 people on Tuesday.\n')
    const result = await run(['ok.txt', 'bad-cascade', '--report', 'json'], { cwd: scratch })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${join(dir, '.copydeskrc')}: unknown rule "unsourced-figur"`)
    expect(byPath(json(result.stdout))).toEqual({ 'ok.txt': ['1:15 unsourced-figure warning'], 'bad-cascade/story.txt': [': config-error error'] })
  })
})

describe('configuration', () => {
  test('the nearest .copydeskrc or package.json#copydesk applies to each file', async () => {
    const result = await run(['.', '--report', 'json'], { cwd: join(fixtures, 'cascade') })
    expect(result.code).toBe(1)
    expect(byPath(json(result.stdout))).toEqual({
      // package.json#copydesk: the wire preset, unsourced-figure off.
      'desk/sport/match.txt': ['1:37 vague-quantity info'],
      // .copydeskrc.yml: unsourced-figure at info.
      'desk/story.txt': ['1:15 unsourced-figure info'],
      // .copydeskrc.json: unsourced-figure at error.
      'top.txt': ['1:15 unsourced-figure error'],
    })
  })

  test('--config replaces the search; --preset and --rule apply over any configuration', async () => {
    const [config, preset, rule] = await Promise.all([
      run(['cascade/desk/story.txt', '--config', 'config/errors.json', '--report', 'json']),
      run(['cascade/desk/sport/match.txt', '--preset', 'recommended', '--report', 'json']),
      run(['cascade', '--rule', 'unsourced-figure=warning', '--rule', 'vague-quantity=off', '--report', 'json']),
    ])
    expect(byPath(json(config.stdout))).toEqual({ 'cascade/desk/story.txt': ['1:15 unsourced-figure error'] })
    // recommended leaves vague-quantity off; the package's unsourced-figure: off still holds.
    expect(byPath(json(preset.stdout))).toEqual({ 'cascade/desk/sport/match.txt': [] })
    expect(preset.code).toBe(0)
    expect(byPath(json(rule.stdout))).toEqual({
      'cascade/desk/sport/match.txt': ['1:15 unsourced-figure warning'],
      'cascade/desk/story.txt': ['1:15 unsourced-figure warning'],
      'cascade/top.txt': ['1:15 unsourced-figure warning'],
    })
    expect(rule.code).toBe(0)
  })

  test('.copydeskignore skips files and folders, also when a file is named on the command line', async () => {
    const [folder, named, only] = await Promise.all([
      run(['.', '--report', 'json'], { cwd: join(fixtures, 'ignore') }),
      run(['drafts/new.txt', 'drafts/old.txt', 'archive/2004.txt', '--report', 'json'], { cwd: join(fixtures, 'ignore') }),
      run(['drafts/old.txt'], { cwd: join(fixtures, 'ignore') }),
    ])
    expect(Object.keys(byPath(json(folder.stdout)))).toEqual(['drafts/new.txt'])
    expect(Object.keys(byPath(json(named.stdout)))).toEqual(['drafts/new.txt'])
    expect(only.code).toBe(0)
    expect(only.stdout).toBe('')
    expect(only.stderr).toContain('copydesk: no files to lint in drafts/old.txt')
  })
})

describe('inputs', () => {
  test('mixed formats in one run: each by its extension, code and markup are not prose', async () => {
    const result = await run(['mixed', 'mixed/notes.rst', '--report', 'json'])
    expect(result.code).toBe(0)
    // The toll of 12 in each file; the 99 in code blocks, JSX, <pre> and <script> is never read.
    expect(byPath(json(result.stdout))).toEqual({
      'mixed/notes.rst': ['1:18 unsourced-figure warning'],
      'mixed/page.htm': ['1:21 unsourced-figure warning'],
      'mixed/page.html': ['4:21 unsourced-figure warning'],
      'mixed/story.markdown': ['1:18 unsourced-figure warning'],
      'mixed/story.md': ['7:18 unsourced-figure warning'],
      'mixed/story.mdx': ['5:18 unsourced-figure warning'],
      'mixed/story.txt': ['1:18 unsourced-figure warning'],
    })
  })

  test('globs are expanded; a folder is searched only for prose extensions', async () => {
    const [glob, folder] = await Promise.all([run(['mixed/story.*', 'mixed/*.htm*', '--report', 'json']), run(['mixed', '--report', 'json'])])
    expect(Object.keys(byPath(json(glob.stdout)))).toEqual(['mixed/page.htm', 'mixed/page.html', 'mixed/story.markdown', 'mixed/story.md', 'mixed/story.mdx', 'mixed/story.txt'])
    expect(Object.keys(byPath(json(folder.stdout)))).not.toContain('mixed/notes.rst')
  })

  test('standard input: --stdin-filename picks the format and the configuration; --stdin is plain text', async () => {
    const markdown = '# Storm\n\nThe storm killed 12 people.\n\n```\nkilled 99 people\n```\n'
    const [named, inDesk, plain] = await Promise.all([
      run(['--stdin-filename', 'story.md', '--report', 'json'], { input: markdown, cwd: join(fixtures, 'mixed') }),
      run(['--stdin-filename', 'desk/story.txt', '--report', 'json'], { input: 'Floods killed 40 people.', cwd: join(fixtures, 'cascade') }),
      run(['--stdin'], { input: 'Floods killed 40 people.' }),
    ])
    expect(byPath(json(named.stdout))).toEqual({ 'story.md': ['3:18 unsourced-figure warning'] })
    expect(byPath(json(inDesk.stdout))).toEqual({ 'desk/story.txt': ['1:15 unsourced-figure info'] })
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('<stdin>\n1:15-1:17 warning')
  })

  test('a binary file, a file that is not UTF-8 and a missing path are file-level errors; the other files are linted', async () => {
    const dir = join(scratch, 'bytes')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'good.txt'), 'Floods killed 40 people on Tuesday.\n')
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Floods killed 40 people in S\xe3o Paulo.\n', 'latin1'))
    // U+FFFD written as UTF-8 is text, not a decoding error.
    writeFileSync(join(dir, 'replacement.txt'), 'Floods killed 40 people \uFFFD on Tuesday.\n')
    const result = await run(['.', 'missing.md', '--report', 'json'], { cwd: dir })
    expect(result.code).toBe(1)
    const files = json(result.stdout)
    expect(byPath(files)).toEqual({
      'good.txt': ['1:15 unsourced-figure warning'],
      'latin1.txt': [': invalid-utf8 error'],
      'missing.md': [': file-error error'],
      'photo.txt': [': binary-file error'],
      'replacement.txt': ['1:15 unsourced-figure warning'],
    })
    const reasons = files.flatMap((f) => f.messages.filter((m) => m.fatal === true).map((m) => m.reason))
    expect(reasons).toEqual([
      'This file is not valid UTF-8; save it as UTF-8 and lint it again.',
      'No such file or folder',
      'This looks like a binary file (it contains NUL bytes); copydesk reads text, Markdown, MDX and HTML.',
    ])
  })

  test('a file over --max-file-size is a file-level error; the other files are linted, in this thread or in workers', async () => {
    const dir = join(scratch, 'sizes')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'short.txt'), 'Floods killed 40 people on Tuesday.\n')
    // 2,169 bytes: over a limit of 0.002 MB (2,097 bytes); the short file is under it.
    writeFileSync(join(dir, 'long.txt'), 'Floods killed 40 people on Tuesday. '.repeat(60) + 'The end.\n')
    for (const jobs of ['1', '2']) {
      const result = await run(['.', '--max-file-size', '0.002', '--jobs', jobs, '--report', 'json'], { cwd: dir })
      expect([jobs, result.code]).toEqual([jobs, 1])
      const files = json(result.stdout)
      expect(byPath(files)).toEqual({ 'long.txt': [': file-too-large error'], 'short.txt': ['1:15 unsourced-figure warning'] })
      expect(files.flatMap((f) => f.messages.filter((m) => m.fatal === true).map((m) => m.reason))).toEqual([
        'This file is 2.1 KB; copydesk lints files up to 2.0 KB here, since a lint holds about 170 times the file in memory. Split the file, or raise the limit with --max-file-size <MB>.',
      ])
    }
    // The default limit lints it.
    const whole = await run(['long.txt', '--report', 'json'], { cwd: dir })
    expect(whole.code).toBe(0)
  })

  test('--max-file-size needs a size in megabytes, more than 0', async () => {
    for (const value of ['0', 'ten', '-1', '5MB']) {
      const result = await run(['levels', `--max-file-size=${value}`])
      expect([value, result.code]).toEqual([value, 2])
      expect(result.stderr).toContain(`--max-file-size ${value}: expected a size in megabytes, more than 0, as in --max-file-size 20`)
    }
  })

  test('a missing path after files with no configuration to wait for: every file is reported', async () => {
    // Files are read before the engine runs; one linted at once must not leave a missing path,
    // which fails later, waiting forever in the engine's queue.
    for (const args of [['levels/info.txt', 'missing.txt'], ['missing.txt', 'levels/info.txt'], ['levels', 'missing.txt', '--jobs', '2']]) {
      const result = await run([...args, '--report', 'json'])
      expect([args, result.code]).toEqual([args, 1])
      expect(Object.keys(byPath(json(result.stdout))).sort()).toEqual(args.includes('levels') ? ['levels/clean.txt', 'levels/info.txt', 'levels/warning.txt', 'missing.txt'] : ['levels/info.txt', 'missing.txt'])
    }
  })

  test('binary and mis-encoded standard input are file-level errors too', async () => {
    const [binary, latin1] = await Promise.all([
      run(['--stdin-filename', 'x.txt', '--report', 'json'], { input: new Uint8Array([0x41, 0x00, 0x42]) }),
      run(['--stdin-filename', 'x.txt', '--report', 'json'], { input: Buffer.from('S\xe3o Paulo', 'latin1') }),
    ])
    expect(binary.code).toBe(1)
    expect(byPath(json(binary.stdout))).toEqual({ 'x.txt': [': binary-file error'] })
    expect(byPath(json(latin1.stdout))).toEqual({ 'x.txt': [': invalid-utf8 error'] })
  })
})
