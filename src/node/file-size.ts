/**
 * How big a file copydesk lints in one process. A lint holds the whole file's tree and model in
 * memory, about 170 bytes for each byte of text (a 5 MB file peaks near 0.9 GB, a 20 MB one at
 * 3.4 GB), and a process that runs out of memory loses every finding it had: the CLI's whole run,
 * the language server itself. So a file is linted only while it fits: up to 10 MB, and less where
 * the thread's heap is smaller (about a 200th of it). Used by the CLI (--max-file-size) and the
 * language server (its maxFileSize option).
 */
import { getHeapStatistics } from 'node:v8'

/** The default limit in this thread, in bytes. */
export function maxFileSize(): number {
  return Math.min(10 * 2 ** 20, Math.floor(getHeapStatistics().heap_size_limit / 200))
}

/** "5.0 MB", "2.1 KB", "216 bytes". */
export function sizeText(bytes: number): string {
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MB`
  return bytes >= 2 ** 10 ? `${(bytes / 2 ** 10).toFixed(1)} KB` : `${bytes} bytes`
}

/** Bytes of a text (UTF-8) or of raw bytes. */
export function sizeOf(value: string | Uint8Array | null | undefined): number {
  if (value === undefined || value === null) return 0
  return typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.byteLength
}

/** Why a file of `size` bytes was not linted, and how to raise the limit (`raise`: the flag or setting). */
export function tooLargeReason(size: number, limit: number, raise: string): string {
  return `This file is ${sizeText(size)}; copydesk lints files up to ${sizeText(limit)} here, since a lint holds about 170 times the file in memory. Split the file, or raise the limit with ${raise}.`
}
