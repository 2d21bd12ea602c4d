/**
 * Parse an article once and read everything the measures need from that one parse:
 * unified().use(retext-english) → nlcst → buildProseModel, then the loaded plugins run over the
 * same tree and file (they read the same cached model), and their messages become spans.
 */
import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified, type Pluggable } from 'unified'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { VFileMessage } from 'vfile-message'
import { buildProseModel } from '../../src/model/index.js'
import type { ProseModel } from '../../src/model/types.js'
import type { Span } from './metrics.js'

/** A plugin message reduced to what the measures compare: rule id and UTF-16 span. */
export interface Finding extends Span {
  ruleId: string
  source: string
  reason: string
}

export interface Analysis {
  model: ProseModel
  findings: Finding[]
  /** Word tokens in the model's token layer. */
  words: number
}

type Point = { line?: number; column?: number; offset?: number }

/**
 * A message's span. Offsets are used when the plugin set them, else line/column are converted.
 * A point (no end) becomes one character wide so it can overlap what it points at.
 */
export function messageSpan(message: VFileMessage, toOffset: (point: Point) => number | undefined): Span | null {
  const place = message.place as { start?: Point; end?: Point } | Point | undefined | null
  if (!place) return null
  const startPoint = 'start' in place && place.start ? place.start : (place as Point)
  const endPoint = 'end' in place && place.end ? place.end : undefined
  const start = startPoint.offset ?? toOffset(startPoint)
  if (start === undefined) return null
  const end = endPoint ? (endPoint.offset ?? toOffset(endPoint)) : undefined
  return { start, end: end !== undefined && end > start ? end : start + 1 }
}

/** Build the per-article analyser for a set of plugins (one frozen processor, reused). */
export function createAnalyzer(plugins: Pluggable[]): (text: string) => Analysis {
  const processor = unified().use(retextEnglish).use(plugins).freeze()
  return (text: string): Analysis => {
    const file = new VFile(text)
    const tree = processor.parse(file) as Root
    const model = buildProseModel(tree, file)
    if (plugins.length > 0) processor.runSync(tree, file)
    let place: ReturnType<typeof location> | undefined
    const toOffset = (point: Point): number | undefined => {
      if (point.line === undefined || point.column === undefined) return undefined
      place ??= location(file)
      return place.toOffset({ line: point.line, column: point.column })
    }
    const findings: Finding[] = []
    for (const message of file.messages) {
      const span = messageSpan(message, toOffset)
      if (!span) continue
      findings.push({ ...span, ruleId: message.ruleId ?? '', source: message.source ?? '', reason: message.reason })
    }
    let words = 0
    for (const token of model.tokens) if (token.type === 'word') words++
    return { model, findings, words }
  }
}
