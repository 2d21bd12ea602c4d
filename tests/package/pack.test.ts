/**
 * What a user gets must work: pack the package, install the tarball into a scratch project, import
 * it from plain Node ESM and type-check a TypeScript consumer against its declarations.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

let scratch = ''

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'copydesk-pack-'))
  // npm pack runs `prepare`, which builds dist/ from a clean state.
  execFileSync(npm, ['pack', '--pack-destination', scratch, '--silent'], { cwd: root, stdio: 'pipe' })
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack produced no tarball')
  const project = join(scratch, 'project')
  execFileSync('mkdir', ['-p', project])
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }))
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', join(scratch, tarball), 'retext@9', 'unified@11', 'retext-english@5', 'vfile@6'], {
    cwd: project,
    stdio: 'pipe',
  })
}, 180_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

test('the tarball holds only what users need', () => {
  const listing = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })
  const files: string[] = JSON.parse(listing)[0].files.map((f: { path: string }) => f.path)
  expect(files).toContain('dist/src/index.js')
  expect(files).toContain('dist/src/index.d.ts')
  expect(files).toContain('dist/bin/copydesk.js')
  expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/') || f.startsWith('scripts/'))).toEqual([])
})

test('plain Node ESM imports the package and lints a sentence', () => {
  const script = [
    "import { retext } from 'retext'",
    "import { retextUnsourcedFigures, buildProseModel } from 'copydesk'",
    "const file = await retext().use(retextUnsourcedFigures).process('The floods killed 40 people. The ministry said 12 were missing.')",
    "console.log(JSON.stringify({ type: typeof buildProseModel, messages: file.messages.map((m) => [m.ruleId, m.source, m.actual]) }))",
  ].join('\n')
  const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: join(scratch, 'project'), encoding: 'utf8' })
  const result = JSON.parse(out)
  expect(result.type).toBe('function')
  expect(result.messages).toEqual([['unsourced-figure', 'copydesk', '40']])
})

test('the installed `copydesk` command (the bundled bin) lints a draft and exits 1 on an error', () => {
  const project = join(scratch, 'project')
  writeFileSync(join(project, 'draft.txt'), 'Floods killed 40 people on Tuesday.\n')
  const bin = join(project, 'node_modules/.bin/copydesk')
  expect(execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/)
  const out = execFileSync(bin, ['draft.txt', '--report', 'json'], { cwd: project, encoding: 'utf8' })
  expect((JSON.parse(out) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId)).toEqual(['unsourced-figure'])
  let code = 0
  try {
    execFileSync(bin, ['draft.txt', '--rule', 'unsourced-figure=error'], { cwd: project, stdio: 'pipe' })
  } catch (error) {
    code = (error as { status: number }).status
  }
  expect(code).toBe(1)
})

test('a TypeScript consumer type-checks against the shipped declarations', () => {
  const project = join(scratch, 'project')
  writeFileSync(
    join(project, 'consumer.ts'),
    [
      "import { retextUnsourcedFigures, buildProseModel, type ProseModel, type Figure } from 'copydesk'",
      "import { unified } from 'unified'",
      "import retextEnglish from 'retext-english'",
      "const processor = unified().use(retextEnglish).use(retextUnsourcedFigures, { 'unsourced-figure': ['warning', { kinds: { money: 'warning' } }] })",
      'export function firstFigure(model: ProseModel): Figure | undefined { return model.figures[0] }',
      'export { processor, buildProseModel }',
    ].join('\n'),
  )
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
  )
  const tsc = join(root, 'node_modules/typescript/bin/tsc')
  let output = ''
  try {
    execFileSync('node', [tsc, '-p', project], { cwd: project, encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error)
  }
  expect(output).toBe('')
})
