import type { PolnearArticle, PolnearPart } from '../../scripts/eval/corpus.js'
import { toPolnearArticle } from '../../scripts/eval/corpus.js'
import { goldOf, POLNEAR_MEASURES, type PolnearAnalysis } from '../../scripts/eval/polnear.js'
import type { MeasureRow } from '../../scripts/eval/rows.js'
import { at, cue, figure, finding, pluginSet, quote } from './fixtures.js'

const text =
  'The mayor said 40 people were hurt in 3 towns on May 4. Officials reportedly counted 12 cars. ' +
  '"We are all very sad today," she said. Data shows 7 wins. Prices rose 5%.'

const part = (...spans: { start: number; end: number }[]): PolnearPart => ({ spans, text: spans.map((span) => text.slice(span.start, span.end)).join(' ... ') })
const harmContent = at(text, '40 people were hurt in 3 towns on May 4')
const quoteSpan = at(text, '"We are all very sad today,"')

const article: PolnearArticle = {
  id: 'hand-written',
  publisher: 'test',
  text,
  attributions: [
    { id: 'E1', kind: 'Attribution', source: part(at(text, 'The mayor')), cue: part(at(text, 'said')), content: [part(harmContent)] },
    { id: 'E2', kind: 'Attribution-no-source', source: null, cue: part(at(text, 'reportedly')), content: [part(at(text, 'counted 12 cars'))] },
    { id: 'E3', kind: 'Attribution', source: part(at(text, 'she')), cue: part(at(text, 'said', 1)), content: [part(quoteSpan)] },
    { id: 'E4', kind: 'Attribution', source: part(at(text, 'Data')), cue: part(at(text, 'shows')), content: [part(at(text, '7 wins'))] },
  ],
}

const inner = { start: quoteSpan.start + 1, end: quoteSpan.end - 1 }
const analysis: PolnearAnalysis = {
  model: {
    text,
    cues: [cue(at(text, 'said'), [harmContent], 0), cue(at(text, 'said', 1), [inner], 1), cue(at(text, 'rose'), [at(text, 'Prices rose 5%')], 2)],
    quotes: [quote(quoteSpan, 6), quote(at(text, 'Data shows 7 wins'), 3, 1)],
    figures: [figure(at(text, '40 people'), 'harm', at(text, '40')), figure(at(text, 'May 4'), 'date', { start: at(text, 'May 4').start + 4, end: at(text, 'May 4').end }), figure(at(text, '5%'), 'share')],
  },
  findings: [
    finding(at(text, '40 people'), 'unsourced-figure'),
    finding(at(text, '5%'), 'unsourced-figure'),
    finding(quoteSpan, 'quote-without-speaker'),
    finding(at(text, 'reportedly'), 'vague-source'),
  ],
}

function score(status: 'loaded' | 'missing'): Map<string, MeasureRow> {
  const measures = POLNEAR_MEASURES.map((make) => make())
  const gold = goldOf(article)
  for (const measure of measures) measure.add(gold, analysis)
  const rows = measures.flatMap((measure) => measure.rows(pluginSet(status)))
  return new Map(rows.map((row) => [row.measure, row]))
}

const pick = (row: MeasureRow | undefined) => row && [row.numerator, row.denominator]

describe('goldOf', () => {
  it('marks reporting cues and unions the content of sourced relations', () => {
    const gold = goldOf(article)
    expect(gold.cues.map((c) => [c.text, c.reporting])).toEqual([
      ['said', true],
      ['reportedly', true],
      ['said', true],
      ['shows', false],
    ])
    expect(gold.relations.map((relation) => relation.sourced)).toEqual([true, false, true, true])
    expect(gold.reportedContent).toEqual([harmContent, quoteSpan])
    expect(gold.attributedContent).toHaveLength(3)
    expect(gold.contentUnion).toHaveLength(4)
  })
  it('counts a cue shared by two relations once', () => {
    const shared: PolnearArticle = { ...article, attributions: [article.attributions[0], { ...article.attributions[0], id: 'E9' }] }
    expect(goldOf(shared).cues).toHaveLength(1)
  })
})

describe('PolNeAR measures on a hand-written article', () => {
  const rows = score('loaded')
  it('counts articles, relations and cues', () => {
    expect(rows.get('articles')?.value).toBe(1)
    expect(rows.get('relations')?.value).toBe(4)
    expect(rows.get('human-cues')?.value).toBe(4)
    expect(rows.get('model-cues')?.value).toBe(3)
  })
  it('scores cue precision and recall by overlap', () => {
    expect(pick(rows.get('cue-precision'))).toEqual([2, 3])
    expect(pick(rows.get('reporting-cue-recall'))).toEqual([2, 3])
    expect(pick(rows.get('cue-recall'))).toEqual([2, 4])
  })
  it('scores coverage by characters', () => {
    const harm = harmContent.end - harmContent.start
    const quoted = quoteSpan.end - quoteSpan.start
    expect(pick(rows.get('coverage-recall'))).toEqual([harm + quoted - 2, harm + quoted])
    expect(pick(rows.get('coverage-precision'))).toEqual([harm + quoted - 2, harm + quoted - 2 + 'Prices rose 5%'.length])
  })
  it('judges model statistic figures and other numbers in reported content, not dates', () => {
    const row = rows.get('unsourced-figure-in-attributed')
    // "40" (harm, flagged) and "3" (no model figure, not flagged); "4" is in a date; "12" has no
    // source; "7" has no reporting cue; "5%" is not attributed.
    expect(pick(row)).toEqual([1, 2])
    expect(row?.value).toBe(0.5)
    expect(row?.note).toMatch(/^1 model statistic figures \+ 1 other numbers/)
  })
  it('judges attributed quotes of four words or more', () => {
    expect(pick(rows.get('quote-without-speaker-on-attributed-quotes'))).toEqual([1, 1])
  })
  it('scores vague-source recall on relations without a source', () => {
    expect(pick(rows.get('vague-source-recall'))).toEqual([1, 1])
  })
  it('reports n/a when the plugin behind a row is missing, keeping the count to judge', () => {
    const missing = score('missing')
    for (const measure of ['unsourced-figure-in-attributed', 'quote-without-speaker-on-attributed-quotes', 'vague-source-recall']) {
      expect(missing.get(measure)?.value).toBeNull()
      expect(missing.get(measure)?.na).toBe('plugin missing')
    }
    expect(missing.get('cue-precision')?.value).toBeCloseTo(2 / 3)
  })
  it('gives a precision of nothing as n/a, not 0', () => {
    const measures = POLNEAR_MEASURES.map((make) => make())
    for (const measure of measures) measure.add(goldOf(article), { model: { text, cues: [], quotes: [], figures: [] }, findings: [] })
    const empty = new Map(measures.flatMap((measure) => measure.rows(pluginSet('loaded'))).map((row) => [row.measure, row]))
    expect(empty.get('cue-precision')?.value).toBeNull()
    expect(empty.get('coverage-precision')?.value).toBeNull()
    expect(empty.get('reporting-cue-recall')?.value).toBe(0)
    // "40", "3" and "4" in the mayor's content; nothing in the quote.
    expect(pick(empty.get('unsourced-figure-in-attributed'))).toEqual([0, 3])
  })
})

describe('toPolnearArticle', () => {
  it('reads segments as spans and a missing source or cue as null', () => {
    const record = {
      id: 'a',
      text: 'She said so.',
      attributions: [{ id: 'E1', kind: 'Attribution-no-source', source: null, cue: { segments: [[4, 8]], text: 'said' }, content: [{ segments: [[9, 11]], text: 'so' }] }],
    }
    const parsed = toPolnearArticle(record, 'test.jsonl')
    expect(parsed.attributions[0].source).toBeNull()
    expect(parsed.attributions[0].cue?.spans).toEqual([{ start: 4, end: 8 }])
    expect(parsed.attributions[0].content[0].spans).toEqual([{ start: 9, end: 11 }])
  })
  it('names the field when the schema moved', () => {
    expect(() => toPolnearArticle({ id: 'a', body: '' }, 'test.jsonl')).toThrow(/`text`/)
    expect(() => toPolnearArticle({ id: 'a', text: '', attributions: [{ cue: { segments: [[1]] } }] }, 'test.jsonl')).toThrow(/segment/)
  })
})
