/** What the command reads and writes: the process, or a test's streams. */
import type { Writable } from 'node:stream'

export interface Io {
  argv: string[]
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: Writable
  stderr: Writable
  env: NodeJS.ProcessEnv
  /** Whether standard output is a terminal (colour in the readable report). */
  stdoutIsTTY: boolean
  /** The module a lint worker thread starts (the command's entry); without it every file is linted in this thread. */
  workerEntry?: URL
}

export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '') resolve()
    else stream.write(text, () => resolve())
  })
}
