/**
 * Small helpers the attribution rules share: token look-ups by offset (the token layer's), cues
 * by sentence and the ones covering a span, severities. They read the prose model only; nothing
 * here re-parses text.
 */
import type { Severity } from '../lexicon/schema.js'
import { firstNotBefore, tokenAt } from '../model/tokens.js'
import type { Cue, ProseModel, Span, Token } from '../model/types.js'

export { tokenAt }

/** Word tokens inside a span, in order. */
export function wordsIn(model: ProseModel, span: Span): Token[] {
  const out: Token[] = []
  for (let i = tokenAt(model.tokens, span.start); i < model.tokens.length && model.tokens[i].start < span.end; i++) {
    if (model.tokens[i].type === 'word') out.push(model.tokens[i])
  }
  return out
}

/** The previous non-white-space token before index i, or undefined. */
export function solidBefore(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0; j--) if (tokens[j].type !== 'whitespace') return tokens[j]
  return undefined
}

const cueIndex = new WeakMap<ProseModel, Map<number, Cue[]>>()

/** The model's cues grouped by sentence index (computed once per model). */
export function cuesBySentence(model: ProseModel): Map<number, Cue[]> {
  let map = cueIndex.get(model)
  if (!map) {
    map = new Map()
    for (const cue of model.cues) {
      const list = map.get(cue.sentence)
      if (list) list.push(cue)
      else map.set(cue.sentence, [cue])
    }
    cueIndex.set(model, map)
  }
  return map
}

/** Cues of `sentence` whose covers contain `span`. */
export function coveringCues(model: ProseModel, sentence: number, span: Span): Cue[] {
  const cues = cuesBySentence(model).get(sentence) ?? []
  // A cue governs a bounded clause (the model caps it), so in a run-on "sentence" only cues near
  // the span can cover it: a binary search keeps the work linear.
  const out: Cue[] = []
  for (let i = firstNotBefore(cues.length, (k) => cues[k].start < span.start - NEAR); i < cues.length && cues[i].start <= span.end + NEAR; i++) {
    if (cues[i].covers.some((cover) => cover.start <= span.start && cover.end >= span.end)) out.push(cues[i])
  }
  return out
}

/** How far (in characters) a cue can sit from what it covers inside one sentence. */
const NEAR = 8000

const RANK: Record<Severity, number> = { off: 0, info: 1, warning: 2, error: 3 }

/**
 * The severity of a finding from a lexicon entry: an entry at `warning` takes the rule's severity;
 * an entry at a lower level keeps it (it is weaker evidence); `off` turns it off.
 */
export function entrySeverity(entry: Severity, rule: Exclude<Severity, 'off'>): Severity {
  if (entry === 'warning') return rule
  return RANK[entry] < RANK[rule] ? entry : rule
}

/** A short excerpt of a long text for a reason line: the first `words` words and an ellipsis. */
export function excerpt(text: string, words = 8): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ')
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`
}
