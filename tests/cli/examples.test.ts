/**
 * examples/ci: the pre-commit hook run in a scratch git repository (copydesk installed there as a
 * local bin), the GitHub Actions workflow checked for what it relies on, and the README's command
 * line output re-run on examples/ci/drafts.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseCliArgs } from '../../src/cli/args.js'
import { buildCli, root, runCli, type Built } from './helpers.js'

let cli: Built
let repo = ''

beforeAll(() => {
  cli = buildCli()
  repo = mkdtempSync(join(tmpdir(), 'copydesk-hook-'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' })
  git('init', '-q')
  git('config', 'user.email', 'desk@example.com')
  git('config', 'user.name', 'Desk')
  // copydesk as a dev dependency would be: a local bin that npx finds without the registry.
  mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true })
  chmodSync(cli.bin, 0o755)
  symlinkSync(cli.bin, join(repo, 'node_modules/.bin/copydesk'))
}, 60_000)

afterAll(() => {
  cli?.dispose()
  if (repo) rmSync(repo, { recursive: true, force: true })
})

function hook(): { code: number; output: string } {
  try {
    const stdout = execFileSync('sh', [join(root, 'examples/ci/pre-commit')], { cwd: repo, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } })
    return { code: 0, output: stdout }
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string }
    return { code: failure.status, output: failure.stdout + failure.stderr }
  }
}

test('the pre-commit hook lints staged drafts and stops the commit on an error-level finding', () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' })
  writeFileSync(join(repo, 'notes.js'), 'const killed = 40\n')
  git('add', 'notes.js')
  expect(hook()).toEqual({ code: 0, output: '' })

  writeFileSync(join(repo, 'storm draft.md'), '# Storm\n\nThe storm killed 12 people on Monday.\n')
  git('add', 'storm draft.md')
  // A warning does not stop the commit.
  const warned = hook()
  expect(warned.code).toBe(0)
  expect(warned.output).toContain('storm draft.md\n3:18-3:20')

  writeFileSync(join(repo, '.copydeskrc.yml'), 'rules:\n  unsourced-figure: error\n')
  const stopped = hook()
  expect(stopped.code).toBe(1)
  expect(stopped.output).toContain('3:18-3:20 error')
  expect(stopped.output).toContain('copydesk: fix the findings above, or commit with --no-verify')
}, 30_000)

test('the workflow lints the changed drafts with flags copydesk accepts and uploads SARIF', () => {
  const workflow = parse(readFileSync(join(root, 'examples/ci/copydesk.yml'), 'utf8')) as {
    permissions: Record<string, string>
    jobs: { copydesk: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } }
  }
  expect(workflow.permissions['security-events']).toBe('write')
  const steps = workflow.jobs.copydesk.steps
  const commands = steps.flatMap((step) => (step.run ?? '').split('\n')).filter((line) => line.includes('npx --no-install copydesk'))
  expect(commands.length).toBe(2)
  for (const line of commands) {
    const args = line.slice(line.indexOf('copydesk ') + 'copydesk '.length).split(' <')[0]!.trim().split(/\s+/)
    expect(parseCliArgs([...args, 'draft.md']).report).toMatch(/^(github|sarif)$/)
  }
  expect(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif') && step.with?.sarif_file === 'copydesk.sarif')).toBe(true)
})

test('the README shows what `copydesk drafts/` prints in examples/ci', async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### The command line'))
  expect(section.startsWith('### The command line')).toBe(true)
  const shown = /```text\n([^]*?)\n```/.exec(section)![1]
  const result = await runCli(cli.bin, ['drafts/'], { cwd: join(root, 'examples/ci') })
  expect(result.code).toBe(0)
  expect(shown).toBe(result.stdout.trimEnd())
})
