#!/usr/bin/env node
/** The `copydesk` command (the package's `bin`), and its lint workers (--jobs: see pool.ts). */
import { isMainThread, workerData } from 'node:worker_threads'
import { tuneHeap } from './heap.js'

// V8's heap for a long run (heap.ts); engine.ts lets the young generation grow once this thread lints.
tuneHeap(isMainThread ? 'read' : 'worker')

if (!isMainThread && (workerData as { copydeskLintWorker?: boolean } | undefined)?.copydeskLintWorker) {
  const { runWorker } = await import('./worker.js')
  runWorker()
} else {
  const { main } = await import('./main.js')

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
    // A worker thread starts this same module (in the package's bin or in one bundled file alike).
    workerEntry: new URL(import.meta.url),
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exitCode = 2
    },
  )
}
