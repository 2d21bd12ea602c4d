/** Hand-written model pieces for the eval tests (never corpus text). */
import type { Finding } from '../../scripts/eval/analyze.js'
import type { Span } from '../../scripts/eval/metrics.js'
import { PLUGINS, PluginSet } from '../../scripts/eval/plugins.js'
import type { Cue, Figure, FigureKind, Quote, Sentence } from '../../src/model/types.js'

/** The span of the `nth` (0-based) occurrence of `part` in `text`. */
export function at(text: string, part: string, nth = 0): Span {
  let start = -1
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(part, start + 1)
    if (start < 0) throw new Error(`"${part}" (#${nth}) not in text`)
  }
  return { start, end: start + part.length }
}

export function cue(span: Span, covers: Span[], index = 0): Cue {
  return { ...span, index, form: 'verb', lemma: 'say', source: null, sourceKind: 'named', covers, quotes: [], sentence: 0, continues: -1 }
}

export function figure(span: Span, kind: FigureKind, number: Span = span, index = 0): Figure {
  return { ...span, index, kind, text: '', number, value: null, hedge: null, estimate: false, vague: false, head: null, sentence: 0, quote: -1, coveredBy: -1, restates: -1 }
}

export function quote(span: Span, words: number, index = 0): Quote {
  return {
    ...span,
    index,
    inner: { start: span.start + 1, end: span.end - 1 },
    open: '"',
    close: '"',
    unclosed: false,
    depth: 0,
    parent: -1,
    words,
    paragraph: 0,
    continues: -1,
    sentenceStart: 0,
    sentenceEnd: 0,
  }
}

export function sentence(span: Span, index = 0): Sentence {
  return { ...span, index, paragraph: 0, tokenStart: 0, tokenEnd: 0 }
}

export function finding(span: Span, ruleId: string, source = 'copydesk'): Finding {
  return { ...span, ruleId, source, reason: `${ruleId} here` }
}

/** Every registered plugin loaded (attachers that do nothing), or every one missing. */
export function pluginSet(status: 'loaded' | 'missing'): PluginSet {
  return new PluginSet(PLUGINS.map((spec) => (status === 'loaded' ? { spec, status, plugin: () => undefined } : { spec, status })))
}
