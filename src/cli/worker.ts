/**
 * A lint worker (--jobs): the command's entry started again in a worker thread (see index.ts). It
 * takes files from the main thread (path, text or bytes, and the configuration file that applies),
 * lints each with lint-file.ts exactly as the main thread would, and sends back the messages as
 * plain objects (the main thread makes them VFileMessages again: see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { VFile } from 'vfile'
import { createFileLinter, type Loaded } from './lint-file.js'
import { asError, plainMessage, type Answer, type Task, type WorkerData } from './pool.js'

export function runWorker(): void {
  const port = parentPort!
  const { options } = workerData as WorkerData
  const linter = createFileLinter(options)

  const answer = (task: Task, config: Loaded | Error): void => {
    const file = new VFile({ path: task.path, cwd: task.cwd, value: task.value })
    if (task.stdin) file.data.copydeskStdin = true
    const configError = linter.lintFile(file, config)
    const result: Answer = { id: task.id, messages: file.messages.map(plainMessage) }
    if (configError !== undefined) result.configError = configError
    port.postMessage(result)
  }

  port.on('message', (task: Task | null) => {
    // The main thread is done: end this thread.
    if (task === null) {
      port.close()
      return
    }
    const config = linter.configFor(task.config)
    if (config instanceof Promise) config.then((value) => answer(task, value), (error: unknown) => answer(task, asError(error)))
    else answer(task, config)
  })
}
