/** The configuration loader: every file kind, found from the file's folder upwards, errors naming the file. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clearConfigCache, findConfigFile, lintFile, loadConfigFor } from '../../src/node/index.js'

let root = ''
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-config-'))
  clearConfigCache()
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const write = (path: string, content: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), content)
}

test.each([
  ['.copydeskrc', '{"preset": "wire"}'],
  ['.copydeskrc', 'preset: wire\n'],
  ['.copydeskrc.json', '{"preset": "wire"}'],
  ['.copydeskrc.yml', 'preset: wire\nrules:\n  puffery: "off"\n'],
  ['.copydeskrc.yaml', 'preset: wire\n'],
  ['.copydeskrc.js', 'export default { preset: "wire" }\n'],
  ['package.json', '{"name": "desk", "copydesk": {"preset": "wire"}}'],
])('reads %s', async (name, content) => {
  write(name, content)
  write('drafts/story.md', 'x')
  const loaded = await loadConfigFor(join(root, 'drafts/story.md'))
  expect(loaded.path).toBe(join(root, name))
  expect(loaded.config.preset).toBe('wire')
})

test('the nearest configuration wins (the cascade from the file upwards)', async () => {
  write('.copydeskrc.json', '{"preset": "wire"}')
  write('desk/sport/.copydeskrc.json', '{"preset": "strict"}')
  write('desk/sport/match.md', 'x')
  write('desk/politics/story.md', 'x')
  expect((await loadConfigFor(join(root, 'desk/sport/match.md'))).config.preset).toBe('strict')
  expect((await loadConfigFor(join(root, 'desk/politics/story.md'))).config.preset).toBe('wire')
})

test('a package.json without a copydesk field is passed over', () => {
  write('package.json', '{"name": "site"}')
  write('drafts/story.md', 'x')
  expect(findConfigFile(join(root, 'drafts'))).not.toBe(join(root, 'package.json'))
})

test('an invalid configuration names the file, the option and the accepted values', async () => {
  write('.copydeskrc.json', '{"rules": {"puffery": "loud"}}')
  write('story.md', 'x')
  await expect(loadConfigFor(join(root, 'story.md'))).rejects.toThrow(new RegExp(`${join(root, '.copydeskrc.json').replace(/[.]/g, '\\.')}: rules\\.puffery must be a severity`))
})

test('a configuration that cannot be parsed says so, naming the file', async () => {
  write('.copydeskrc.json', '{"preset": ')
  write('story.md', 'x')
  await expect(loadConfigFor(join(root, 'story.md'))).rejects.toThrow(/\.copydeskrc\.json: cannot be parsed/)
})

test('lintFile lints a file on disk with its configuration', async () => {
  write('.copydeskrc.json', '{"rules": {"unsourced-figure": "error"}}')
  write('story.md', '# Floods\n\nFloods killed 12 people.\n')
  const file = await lintFile(join(root, 'story.md'))
  expect(file.messages.map((m) => [m.actual, m.fatal])).toEqual([['12', true]])
})

test('a style book in .copydeskrc.yml (deny entries) is applied, and a malformed entry names the file', async () => {
  write(
    'desk/.copydeskrc.yml',
    [
      'deny:',
      '  - term: slum',
      '    forms: [slums]',
      '    rule: contested-label',
      '    note: "House style: name the neighbourhood, or say informal settlement."',
      '    alternatives: [informal settlement]',
      '',
    ].join('\n'),
  )
  write('desk/story.md', '# Clearances\n\nPolice cleared a slum near the airport.\n')
  const file = await lintFile(join(root, 'desk/story.md'))
  expect(file.messages.map((m) => [m.ruleId, m.actual, m.expected, m.line])).toEqual([['contested-label', 'a slum', ['an informal settlement'], 3]])
  write('other/.copydeskrc.yml', 'deny:\n  - term: slum\n    rule: contested-label\n')
  write('other/story.md', 'x')
  await expect(loadConfigFor(join(root, 'other/story.md'))).rejects.toThrow(/other\/\.copydeskrc\.yml: deny\[0\] \(slum\): every entry needs a "note"/)
})

test('an edited .copydeskrc.js is read again (no stale module cache)', async () => {
  // In plain Node, as users and the language server run it (tsx and Jest keep modules by path
  // whatever the query): bundle the loader with esbuild, run the bundle in a child process.
  const { build } = await import('esbuild')
  const bundle = join(root, 'loader.mjs')
  await build({ entryPoints: [join(import.meta.dirname, '../../src/node/config-loader.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } })
  write('.copydeskrc.js', 'export default { preset: "wire" }\n')
  write('story.md', 'x')
  const script = [
    `import { loadConfigFor, clearConfigCache } from ${JSON.stringify(bundle)}`,
    `import { writeFileSync } from 'node:fs'`,
    `const story = ${JSON.stringify(join(root, 'story.md'))}`,
    `const first = (await loadConfigFor(story)).config.preset`,
    `await new Promise((done) => setTimeout(done, 20))`,
    `writeFileSync(${JSON.stringify(join(root, '.copydeskrc.js'))}, 'export default { preset: "strict" }\\n')`,
    `clearConfigCache()`,
    `console.log(first, (await loadConfigFor(story)).config.preset)`,
  ].join('\n')
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') })
  expect(out.trim()).toBe('wire strict')
})
