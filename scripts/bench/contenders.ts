/**
 * What the bench times. A contender lints one input in its format and returns its message count
 * (so the work cannot be optimised away). Every unified contender parses a fresh VFile and runs
 * the same frozen processor, as an editor or CI does once per file.
 *
 * Floors: the same pipeline with no rules, per format:
 * - text: unified + retext-english;
 * - markdown: remark-parse + remark-retext (mutate mode, parse-english's parser), fed the article
 *   text as Markdown;
 * - html: rehype-parse (fragment) + rehype-retext (parse-english), paragraphs wrapped in <p>.
 * copydesk's plugins run on the nlcst tree those floors produce.
 */
import { text as alexText } from 'alex'
import { ParseEnglish } from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { unified, type Plugin, type Pluggable } from 'unified'
import { VFile } from 'vfile'
import writeGood from 'write-good'
import type { CopydeskConfig } from './configs.js'

export type Format = 'text' | 'markdown' | 'html'
export const FORMATS: readonly Format[] = ['text', 'markdown', 'html']

export interface Contender {
  /** Unique name in the tables. */
  name: string
  kind: 'floor' | 'copydesk' | 'preset' | 'other'
  format: Format
  lint(input: string): number
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** The article in a format: text as is, Markdown as is, HTML with each paragraph in <p>. */
export function toFormat(text: string, format: Format): string {
  if (format !== 'html') return text
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>]/g, (c) => ESCAPES[c])}</p>`)
    .join('\n')
}

interface Runnable {
  parse(file: VFile): unknown
  runSync(tree: never, file: VFile): unknown
}

/** The format's pipeline with `plugins` after the conversion to nlcst (none: the floor). */
export function pipeline(format: Format, plugins: Pluggable[] = []): Runnable {
  switch (format) {
    case 'text':
      return unified().use(retextEnglish).use(plugins).freeze() as unknown as Runnable
    case 'markdown':
      return unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(plugins).freeze() as unknown as Runnable
    case 'html':
      return unified().use(rehypeParse, { fragment: true }).use(rehypeRetext, ParseEnglish).use(plugins).freeze() as unknown as Runnable
  }
}

/** Parse and run one input through a frozen processor; the number of messages. */
export function runOnce(processor: Runnable, input: string): number {
  const file = new VFile(input)
  const tree = processor.parse(file)
  processor.runSync(tree as never, file)
  return file.messages.length
}

function unifiedContender(name: string, kind: Contender['kind'], format: Format, plugins: Pluggable[]): Contender {
  const processor = pipeline(format, plugins)
  return { name, kind, format, lint: (input) => runOnce(processor, input) }
}

export const floorName = (format: Format): string => `floor (${format})`

/** The floors, one per format. */
export function floors(): Contender[] {
  return FORMATS.map((format) => unifiedContender(floorName(format), 'floor', format, []))
}

/** Each plugin alone on text; each preset (or the stand-in) in every format. */
export function copydeskContenders(plugins: readonly CopydeskConfig[], presets: readonly CopydeskConfig[]): Contender[] {
  return [
    ...plugins.map((config) => unifiedContender(`${config.name} (text)`, 'copydesk' as const, 'text' as const, config.plugins)),
    ...presets.flatMap((config) => FORMATS.map((format) => unifiedContender(`${config.name} (${format})`, 'preset', format, config.plugins))),
  ]
}

/**
 * copydesk's own processor (`lintSync`, what the CLI, the language server and `lint()` run) in
 * each format with the `recommended` preset, against its own floor: copydesk's parser for that
 * format (exact source positions, ignore comments, citations) with no rules. Empty when the
 * processor is not there (src/lint.ts, src/formats/).
 */
export async function processorContenders(repoRoot: string): Promise<Contender[]> {
  const lintFile = join(repoRoot, 'src', 'lint.ts')
  const formatsFile = join(repoRoot, 'src', 'formats', 'index.ts')
  if (!existsSync(lintFile) || !existsSync(formatsFile)) return []
  const { lintSync } = (await import(pathToFileURL(lintFile).href)) as { lintSync?: (input: string, options: { format?: string; preset?: string }) => VFile }
  const { copydeskParser } = (await import(pathToFileURL(formatsFile).href)) as { copydeskParser?: Plugin<[{ format?: string }?]> }
  if (typeof lintSync !== 'function' || typeof copydeskParser !== 'function') return []
  return FORMATS.flatMap((format): Contender[] => {
    const floor = unified().use(copydeskParser, { format }).freeze() as unknown as Runnable
    return [
      { name: processorFloorName(format), kind: 'floor', format, lint: (input) => runOnce(floor, input) },
      { name: `lint() recommended (${format})`, kind: 'preset', format, lint: (input) => lintSync(input, { format, preset: 'recommended' }).messages.length },
    ]
  })
}

export const processorFloorName = (format: Format): string => `copydesk parser floor (${format})`

/** alex (its text API: retext-equality and retext-profanities), retext-equality alone, write-good. */
export function others(): Contender[] {
  return [
    { name: 'alex (text)', kind: 'other', format: 'text', lint: (input) => alexText(input).messages.length },
    unifiedContender('retext-equality (text)', 'other', 'text', [retextEquality]),
    { name: 'write-good (text)', kind: 'other', format: 'text', lint: (input) => writeGood(input).length },
  ]
}
