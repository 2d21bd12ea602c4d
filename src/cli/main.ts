/**
 * `copydesk`: parse and check the flags, answer --help and --version, then lint. Exit codes: 0
 * clean (info never fails), 1 an error-level finding or a file that cannot be read (or any warning
 * with --frail), 2 bad usage or configuration, with a message that names the problem.
 */
import { version } from '../generated/meta.js'
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args.js'
import { write, type Io } from './io.js'

export type { Io }

/** Run the command; resolves to the exit code. */
export async function main(io: Io): Promise<number> {
  let options: CliOptions
  try {
    options = parseCliArgs(io.argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    await write(io.stderr, `copydesk: ${error.message}\nRun copydesk --help for the options.\n`)
    return 2
  }
  if (options.help) {
    await write(io.stdout, USAGE + '\n')
    return 0
  }
  if (options.version) {
    await write(io.stdout, version + '\n')
    return 0
  }
  const { lintCommand } = await import('./run.js')
  return lintCommand(options, io)
}
