/**
 * Every lexicon entry's examples run as tests: a must-flag sentence marks the words the model or the
 * owning rule must find in [brackets]; a must-pass sentence must not produce that finding.
 */
import { isStatisticKind } from '../../src/model/figures.js'
import { categories } from '../../src/lexicon/generated/index.js'
import type { LexiconEntry } from '../../src/lexicon/schema.js'
import type { ProseModel, Span } from '../../src/model/types.js'
import { plugins } from '../../src/plugins/registry.js'
import { rules } from '../../src/rules/index.js'
import { lintText, modelOf } from '../helpers.js'

interface Example {
  text: string
  marked: Span | null
}

function parseExample(sentence: string): Example {
  const open = sentence.indexOf('[')
  const close = sentence.indexOf(']', open)
  if (open < 0 || close < 0) return { text: sentence, marked: null }
  const text = sentence.slice(0, open) + sentence.slice(open + 1, close) + sentence.slice(close + 1)
  return { text, marked: { start: open, end: close - 1 } }
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end

/** Spans in the model that a category's entries produce. */
type Finder = (model: ProseModel, entry: LexiconEntry) => Span[]

const cueSpans: Finder = (model) => model.cues
const finders: Record<string, Finder> = {
  'cue-verbs': cueSpans,
  'cue-phrases': cueSpans,
  'source-heads': (model) => model.cues.flatMap((cue) => (cue.source ? [cue.source] : [])),
}

/** Categories whose entries are matched by figures: a figure must contain the marked words. */
const figureCategory = (name: string) => name.startsWith('figure') || name === 'number-words' || name === 'units'

const cases: [string, string, string, LexiconEntry][] = []
for (const [name, entries] of Object.entries(categories)) {
  for (const entry of entries as readonly LexiconEntry[]) {
    for (const sentence of entry.examples.flag) cases.push([`${name}/${entry.id}`, 'flag', sentence, entry])
    for (const sentence of entry.examples.pass) cases.push([`${name}/${entry.id}`, 'pass', sentence, entry])
  }
}

/** A category whose entries all belong to implemented rules runs its examples through those rules. */
const ruleOwned = (entries: readonly LexiconEntry[]) => entries.every((entry) => rules.some((r) => r.id === entry.rule))

test('every category has a way to run its examples', () => {
  for (const [name, entries] of Object.entries(categories)) expect(finders[name] !== undefined || figureCategory(name) || ruleOwned(entries)).toBe(true)
})

/**
 * An entry owned by an implemented rule runs through that rule's plugin: a must-flag sentence must
 * give a finding of that rule over the bracketed words; a must-pass sentence none on the entry's words.
 * `data.exampleOptions` (an object) is passed as the rule's options where an entry needs a preset's.
 */
function ruleFindings(entry: LexiconEntry, text: string): Span[] {
  const rule = rules.find((r) => r.id === entry.rule)!
  const options = typeof entry.data.exampleOptions === 'string' ? JSON.parse(entry.data.exampleOptions) : undefined
  const setting = options ? ['warning', options] : 'warning'
  return lintText(text, [[plugins[rule.plugin], { [rule.id]: setting }]])
    .filter((m) => m.ruleId === rule.id && m.place && 'start' in m.place)
    .map((m) => {
      const place = m.place as { start: { offset?: number }; end: { offset?: number } }
      return { start: place.start.offset ?? 0, end: place.end.offset ?? 0 }
    })
}

test.each(cases)('%s %s: %s', (_id, kind, sentence, entry) => {
  const { text, marked } = parseExample(sentence)
  if (rules.some((r) => r.id === entry.rule)) {
    const spans = ruleFindings(entry, text)
    if (kind === 'flag') expect(spans.some((span) => overlaps(span, marked!))).toBe(true)
    else {
      const words = new Set([entry.term, ...entry.forms, ...entry.british].map((w) => w.toLowerCase()))
      expect(spans.filter((span) => [...words].some((w) => text.slice(span.start, span.end).toLowerCase().includes(w)))).toEqual([])
    }
    return
  }
  const model = modelOf(text)
  if (figureCategory(entry.category)) {
    const statistic = (f: ProseModel['figures'][number]) => isStatisticKind(f.kind)
    if (kind === 'flag') expect(model.figures.some((f) => contains(f, marked!))).toBe(true)
    else expect(model.figures.filter(statistic).map((f) => f.text)).toEqual([])
    return
  }
  const spans = finders[entry.category](model, entry)
  if (kind === 'flag') {
    expect(spans.some((span) => overlaps(span, marked!))).toBe(true)
  } else {
    // The entry's own words in the sentence must not be found.
    const words = new Set([entry.term, ...entry.forms, ...entry.british].map((w) => w.toLowerCase()))
    const found = spans.filter((span) => words.has(text.slice(span.start, span.end).toLowerCase()))
    expect(found).toEqual([])
  }
})
