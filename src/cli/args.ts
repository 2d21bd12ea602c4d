/**
 * The command line's flags, parsed with node:util's parseArgs and validated up front: a bad flag,
 * an unknown preset, rule or severity is a usage error (exit 2) whose message names the problem and
 * the accepted values.
 */
import { parseArgs } from 'node:util'
import { PRESET_NAMES, type PresetName } from '../../presets/types.js'
import { SEVERITIES, type Severity } from '../lexicon/schema.js'
import { RULE_IDS, type RuleId } from '../rules/ids.js'

export const REPORTS = ['json', 'sarif', 'github'] as const
export type Report = (typeof REPORTS)[number] | 'default'

export interface CliOptions {
  /** Files, folders and globs. */
  inputs: string[]
  /** Read standard input; `stdinFilename` names it (and picks its format and configuration). */
  stdin: boolean
  stdinFilename?: string
  preset?: PresetName | PresetName[]
  /** `--rule id=severity`, in order (a later one wins). */
  rules: Partial<Record<RuleId, Severity>>
  config?: string
  report: Report
  why: boolean
  quiet: boolean
  frail: boolean
  /** --jobs: threads that lint (1, the default: the main thread alone; see run.ts). */
  jobs?: number
  /** --max-file-size, in megabytes (default: lint-file.ts's maxFileSize()). */
  maxFileSize?: number
  help: boolean
  version: boolean
}

/** Bad usage: the CLI prints the message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const USAGE = `Usage: copydesk [options] [<file | folder | glob> ...]

Lint news copy (.txt, .md, .markdown, .mdx, .html, .htm) like a copy editor. Folders are searched
for those extensions; files named on the command line are linted whatever their extension.

Options:
  --preset <name>          recommended (default), wire, wikipedia, conflict, strict, inclusive;
                           add inclusive-language checks to any with a comma: --preset wire,inclusive
  --rule <id>=<severity>   set one rule's severity (off, info, warning, error); repeatable
  --config <file>          use this configuration file and do not search for .copydeskrc files
  --stdin                  lint standard input (plain text unless --stdin-filename says otherwise)
  --stdin-filename <path>  lint standard input as if it were this file (format, configuration)
  --report <format>        json, sarif (SARIF 2.1.0) or github (workflow annotations);
                           default: a readable report
  -w, --why                add each finding's note: why it matters and what to do
  -q, --quiet              show only files with findings
  --frail                  exit 1 on warnings too (info never fails)
  --jobs <n>               lint in n worker threads (default 1: in the main thread); may help
                           on machines with more than two cores
  --max-file-size <MB>     lint files up to this size (default 10, less where Node has less
                           memory); a bigger file is an error, the others are still linted
  -h, --help               show this help
  -v, --version            show the version

Configuration: .copydeskrc, .copydeskrc.json, .copydeskrc.yml, .copydeskrc.yaml, .copydeskrc.js or
"copydesk" in package.json, found from each file's folder upwards. Paths in .copydeskignore files
(gitignore syntax) are skipped.

Exit codes: 0 clean (info only); 1 an error-level finding or a file that cannot be read, or a
warning with --frail; 2 bad usage or configuration.

Examples:
  copydesk drafts/
  copydesk 'drafts/**/*.md' --preset wire --rule puffery=error
  copydesk drafts/ --report sarif > copydesk.sarif
  pbpaste | copydesk --stdin-filename draft.md --why`

function parsePreset(raw: string): PresetName | PresetName[] {
  const names = raw.split(',').map((name) => name.trim()).filter(Boolean)
  // The same rule as a configuration's "preset": one name, or one with inclusive.
  const unknown = names.find((name) => !(PRESET_NAMES as readonly string[]).includes(name))
  const problem = unknown !== undefined ? `unknown preset "${unknown}"` : names.length === 0 ? 'no preset named' : names.filter((n) => n !== 'inclusive').length > 1 ? 'only one preset besides inclusive' : undefined
  if (problem) throw new UsageError(`--preset ${raw}: ${problem}; accepted presets: ${PRESET_NAMES.join(', ')} (add inclusive to one of the others with a comma: wire,inclusive)`)
  return names.length === 1 ? (names[0] as PresetName) : (names as PresetName[])
}

function parseRule(raw: string, rules: Partial<Record<RuleId, Severity>>): void {
  const at = raw.lastIndexOf('=')
  if (at <= 0) throw new UsageError(`--rule ${raw}: expected <rule-id>=<severity>, as in --rule puffery=off`)
  const id = raw.slice(0, at).trim()
  const severity = raw.slice(at + 1).trim()
  if (!(RULE_IDS as readonly string[]).includes(id)) {
    throw new UsageError(`--rule ${raw}: unknown rule "${id}"; accepted rules: ${RULE_IDS.join(', ')}`)
  }
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new UsageError(`--rule ${raw}: unknown severity "${severity}"; accepted severities: ${SEVERITIES.join(', ')}`)
  }
  rules[id as RuleId] = severity as Severity
}

/** Parse argv (without node and the script); throws UsageError. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        preset: { type: 'string' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        report: { type: 'string' },
        why: { type: 'boolean', short: 'w' },
        quiet: { type: 'boolean', short: 'q' },
        frail: { type: 'boolean' },
        jobs: { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    // parseArgs names the flag: "Unknown option '--repot'", "Option '--preset <value>' argument missing".
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''))
  }
  const { values, positionals } = parsed
  const rules: Partial<Record<RuleId, Severity>> = {}
  for (const raw of values.rule ?? []) parseRule(raw, rules)
  const report = values.report ?? 'default'
  if (report !== 'default' && !(REPORTS as readonly string[]).includes(report)) {
    throw new UsageError(`--report ${report}: unknown report; accepted reports: ${REPORTS.join(', ')} (or none for the readable report)`)
  }
  const stdinFilename = values['stdin-filename']
  if (stdinFilename !== undefined && stdinFilename.trim() === '') throw new UsageError('--stdin-filename needs a file name, as in --stdin-filename draft.md')
  const stdin = values.stdin === true || stdinFilename !== undefined
  let jobs: number | undefined
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!/^\s*\d+\s*$/.test(values.jobs) || !Number.isSafeInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${values.jobs}: expected a whole number of threads, 1 or more, as in --jobs 2`)
  }
  let maxFileSize: number | undefined
  const rawSize = values['max-file-size']
  if (rawSize !== undefined) {
    maxFileSize = Number(rawSize)
    if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(rawSize) || !(maxFileSize > 0)) {
      throw new UsageError(`--max-file-size ${rawSize}: expected a size in megabytes, more than 0, as in --max-file-size 20`)
    }
  }
  const options: CliOptions = {
    inputs: positionals,
    stdin,
    stdinFilename,
    preset: values.preset === undefined ? undefined : parsePreset(values.preset),
    rules,
    config: values.config,
    report: report as Report,
    why: values.why === true,
    quiet: values.quiet === true,
    frail: values.frail === true,
    jobs,
    maxFileSize,
    help: values.help === true,
    version: values.version === true,
  }
  if (options.help || options.version) return options
  if (stdin && positionals.length > 0) {
    throw new UsageError(`give files or standard input, not both: got --stdin${stdinFilename !== undefined ? '-filename' : ''} and ${positionals.join(' ')}`)
  }
  if (!stdin && positionals.length === 0) {
    throw new UsageError('no input: give files, folders or globs (copydesk drafts/), or pipe text with --stdin or --stdin-filename <name>')
  }
  return options
}
