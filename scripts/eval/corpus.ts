/**
 * Corpus loaders. The corpora are copyrighted text: they are read from ../shared/corpora (or
 * $COPYDESK_CORPORA) at run time and never copied into the repository. Files are JSONL and are
 * streamed a line at a time. Offsets in them are UTF-16, end exclusive, like the prose model's.
 */
import { createReadStream } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { Span } from './metrics.js'

/** Where the corpora live: $COPYDESK_CORPORA, else ../shared/corpora next to the repository. */
export function corporaDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.COPYDESK_CORPORA
  if (override) return isAbsolute(override) ? override : resolve(process.cwd(), override)
  return resolve(repoRoot, '../shared/corpora')
}

/** A path as the user should read it: relative to the repository when that is shorter. */
export function displayPath(path: string, repoRoot: string): string {
  const rel = relative(repoRoot, path)
  return rel && rel.length < path.length ? rel : path
}

/** Stream the records of a JSONL file, one parsed object a line (blank lines skipped). */
export async function* readJsonl(file: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number++
    if (!line.trim()) continue
    try {
      yield JSON.parse(line) as unknown
    } catch (error) {
      throw new Error(`${file}:${number}: not JSON (${(error as Error).message})`, { cause: error })
    }
  }
}

function fail(file: string, what: string): never {
  throw new Error(`${file}: unexpected record shape: ${what}`)
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

// ---------------------------------------------------------------------------------------------
// PolNeAR

export type PolnearSplit = 'dev' | 'train'
export const POLNEAR_SPLITS: readonly PolnearSplit[] = ['dev', 'train']

/** One annotated part of a relation (source, cue or one content part): its segments as spans. */
export interface PolnearPart {
  spans: Span[]
  /** The annotated text (segments joined by " ... " in the corpus). */
  text: string
}

export interface PolnearRelation {
  id: string
  /** "Attribution" or "Attribution-no-source". */
  kind: string
  source: PolnearPart | null
  cue: PolnearPart | null
  content: PolnearPart[]
}

export interface PolnearArticle {
  id: string
  publisher: string
  text: string
  attributions: PolnearRelation[]
}

export function polnearFile(dir: string, split: PolnearSplit): string {
  return join(dir, 'polnear', `polnear_${split}_articles.jsonl`)
}

function toPart(value: unknown, file: string, where: string): PolnearPart | null {
  if (value === null || value === undefined) return null
  if (!isObject(value) || !Array.isArray(value.segments)) fail(file, `${where} has no segments`)
  const spans: Span[] = []
  for (const segment of value.segments as unknown[]) {
    if (!Array.isArray(segment) || typeof segment[0] !== 'number' || typeof segment[1] !== 'number') fail(file, `${where} segment is not [start, end]`)
    spans.push({ start: segment[0], end: segment[1] })
  }
  return { spans, text: typeof value.text === 'string' ? value.text : '' }
}

/** Check and normalise one PolNeAR article record (throws naming the field when the schema moved). */
export function toPolnearArticle(record: unknown, file: string): PolnearArticle {
  if (!isObject(record)) fail(file, 'record is not an object')
  const { id, text, attributions } = record
  if (typeof id !== 'string') fail(file, '`id` is not a string')
  if (typeof text !== 'string') fail(file, `${id}: \`text\` is not a string`)
  if (!Array.isArray(attributions)) fail(file, `${id}: \`attributions\` is not an array`)
  const relations: PolnearRelation[] = attributions.map((relation: unknown, index: number) => {
    if (!isObject(relation)) fail(file, `${id}: attribution ${index} is not an object`)
    const where = `${id} ${String(relation.id ?? index)}`
    const content = Array.isArray(relation.content) ? relation.content : relation.content ? [relation.content] : []
    return {
      id: String(relation.id ?? index),
      kind: String(relation.kind ?? ''),
      source: toPart(relation.source, file, `${where} source`),
      cue: toPart(relation.cue, file, `${where} cue`),
      content: content.map((part: unknown) => toPart(part, file, `${where} content`)).filter((part): part is PolnearPart => part !== null),
    }
  })
  return { id, publisher: typeof record.publisher === 'string' ? record.publisher : '', text, attributions: relations }
}

export async function* readPolnear(dir: string, split: PolnearSplit): AsyncGenerator<PolnearArticle> {
  const file = polnearFile(dir, split)
  for await (const record of readJsonl(file)) yield toPolnearArticle(record, file)
}

// ---------------------------------------------------------------------------------------------
// BBC News

export interface BbcArticle {
  id: string
  category: string
  title: string
  text: string
}

export function bbcFile(dir: string): string {
  return join(dir, 'bbc_news', 'bbc_articles.jsonl')
}

export function toBbcArticle(record: unknown, file: string): BbcArticle {
  if (!isObject(record)) fail(file, 'record is not an object')
  const { id, category, title, text } = record
  if (typeof text !== 'string') fail(file, `${String(id)}: \`text\` is not a string`)
  return { id: String(id), category: String(category ?? ''), title: String(title ?? ''), text }
}

export async function* readBbc(dir: string): AsyncGenerator<BbcArticle> {
  const file = bbcFile(dir)
  for await (const record of readJsonl(file)) yield toBbcArticle(record, file)
}
