#!/usr/bin/env node
/** The `copydesk` command (the package's `bin`). */
import { setFlagsFromString } from 'node:v8'
import { main } from './main.js'

// A batch run makes much short-lived garbage (one tree per file): let V8 grow the heap by at most
// 1.5x after a full collection (its default is up to 4x). On the 2,225 bbc_news articles this keeps
// the peak near 170 MB instead of 245 MB with --report json (215 instead of 335 MB with the readable
// report) for about 4% more CPU time.
setFlagsFromString('--heap-growing-percent=50')

// `copydesk drafts/ | head`: a reader that stops early is not a failure of the lint.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 2
  },
)
