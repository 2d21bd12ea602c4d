/**
 * Worker threads that lint (--jobs): files go to whichever worker has the fewest in flight (at
 * most two each, so none waits on the main thread between files), and each answer's messages are
 * made VFileMessages again on the file, in the same order, with the same fields. A worker that
 * dies takes only its files in flight with it (each gets an `internal-error`); another replaces it.
 */
import { Worker } from 'node:worker_threads'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { internalError } from '../file-errors.js'
import type { FileLinterOptions } from './lint-file.js'

/** What the main thread asks a worker to lint. */
export interface Task {
  id: number
  path: string
  cwd: string
  value: string | Uint8Array
  stdin: boolean
  /** The configuration file that applies, or null for none. */
  config: string | null
}

/** What a worker answers. */
export interface Answer {
  id: number
  /** Each message's own fields, in their order. */
  messages: Record<string, unknown>[]
  configError?: string
}

/** What a worker is started with (index.ts starts worker.ts when it sees it). */
export interface WorkerData {
  copydeskLintWorker: true
  options: FileLinterOptions
}

/** A message's own enumerable fields (reason, place, ruleId, fatal, note, url, actual, …). */
export function plainMessage(message: VFileMessage): Record<string, unknown> {
  return { ...message }
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

/** Files in flight per worker. */
const DEPTH = 2
/** A worker's young generation: two 8 MB semi-spaces and their large-object space (heap.ts). */
const YOUNG_MB = 24

interface Pending {
  file: VFile
  task: Task
  done: (configError: string | undefined) => void
}

interface Slot {
  worker: Worker
  inFlight: Map<number, Pending>
}

export interface Pool {
  /** Lint a file in a worker: its messages are added; resolves to a configuration problem, if any. */
  lint(file: VFile, task: Omit<Task, 'id'>, done: (configError: string | undefined) => void): void
  close(): Promise<void>
}

/** Fields that repeat across messages, each a fresh copy from a worker: kept once. */
const SHARED = ['ruleId', 'source', 'note', 'url'] as const

/** A message made from a worker's plain copy: the same own fields, in the same order. */
function revive(file: VFile, fields: Record<string, unknown>, strings: Map<string, string>): void {
  for (const key of SHARED) {
    const value = fields[key]
    if (typeof value !== 'string') continue
    const known = strings.get(value)
    if (known === undefined) strings.set(value, value)
    else fields[key] = known
  }
  // VFileMessage sets every field itself and clears the stack Error captured: capture none.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  const message = new VFileMessage(String(fields.reason ?? ''))
  Error.stackTraceLimit = limit
  Object.assign(message, fields)
  file.messages.push(message)
}

/**
 * Start `size` workers, each running `entry` with `options` (FileLinterOptions) as workerData;
 * `online` is called as each starts (engine.ts sets V8's flags again: heap.ts).
 */
export function createPool(size: number, entry: URL, options: FileLinterOptions, online?: () => void): Pool {
  const slots: Slot[] = []
  const queue: Pending[] = []
  let nextId = 0
  let closing = false
  const strings = new Map<string, string>()

  function start(): Slot {
    const data: WorkerData = { copydeskLintWorker: true, options }
    const worker = new Worker(entry, { workerData: data, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } })
    if (online) worker.once('online', online)
    const slot: Slot = { worker, inFlight: new Map() }
    worker.on('message', (answer: Answer) => {
      const pending = slot.inFlight.get(answer.id)
      if (!pending) return
      slot.inFlight.delete(answer.id)
      for (const fields of answer.messages) revive(pending.file, fields, strings)
      pending.done(answer.configError)
      feed(slot)
    })
    const lost = (reason: string): void => {
      const index = slots.indexOf(slot)
      if (index === -1) return
      slots.splice(index, 1)
      for (const pending of slot.inFlight.values()) {
        internalError(pending.file, reason)
        pending.done(undefined)
      }
      slot.inFlight.clear()
      if (!closing) {
        const replacement = start()
        slots.push(replacement)
        feed(replacement)
      }
    }
    worker.on('error', (error) => lost(`a worker thread failed: ${error.message}`))
    worker.on('exit', (code) => lost(`a worker thread stopped (exit code ${code})`))
    return slot
  }

  function feed(slot: Slot): void {
    while (slot.inFlight.size < DEPTH && queue.length > 0) {
      const pending = queue.shift()!
      slot.inFlight.set(pending.task.id, pending)
      slot.worker.postMessage(pending.task)
    }
  }

  for (let i = 0; i < size; i++) slots.push(start())

  return {
    lint(file, task, done) {
      queue.push({ file, task: { ...task, id: nextId++ }, done })
      let best: Slot | undefined
      for (const slot of slots) if (!best || slot.inFlight.size < best.inFlight.size) best = slot
      if (best) feed(best)
    },
    async close() {
      closing = true
      // Each worker closes its port and ends (no task is in flight once the engine is done).
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise((resolveExit) => {
              slot.worker.once('exit', resolveExit)
              slot.worker.postMessage(null)
            }),
        ),
      )
      slots.length = 0
    },
  }
}
