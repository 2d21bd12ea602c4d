import type { BbcArticle } from '../../scripts/eval/corpus.js'
import { toBbcArticle } from '../../scripts/eval/corpus.js'
import { BBC_MEASURES, type BbcAnalysis, figureOf, sampleOf } from '../../scripts/eval/bbc.js'
import type { MeasureRow } from '../../scripts/eval/rows.js'
import { at, figure, finding, pluginSet, sentence } from './fixtures.js'

const text = 'Sales rose 12% last year. About 300 staff were hired. The firm said profits hit $5m.'
const article: BbcArticle = { id: 'hand-1', category: 'business', title: 'Test', text }

const analysis: BbcAnalysis = {
  model: {
    text,
    sentences: [sentence(at(text, 'Sales rose 12% last year.'), 0), sentence(at(text, 'About 300 staff were hired.'), 1), sentence(at(text, 'The firm said profits hit $5m.'), 2)],
    figures: [figure(at(text, '12%'), 'share'), figure(at(text, 'About 300 staff'), 'count', at(text, '300')), figure(at(text, '$5m'), 'money')],
  },
  findings: [
    finding(at(text, '12%'), 'unsourced-figure'),
    // Starts at the number, not at the hedge: still the "count" figure.
    finding(at(text, '300 staff'), 'unsourced-figure'),
    finding(at(text, 'last year'), 'unsourced-figure'),
    finding(at(text, 'hired'), 'agentless-harm'),
    finding(at(text, 'firm'), 'other-rule', 'not-copydesk'),
  ],
  words: 2000,
}

function score(status: 'loaded' | 'missing'): Map<string, MeasureRow> {
  const measures = BBC_MEASURES.map((make) => make())
  for (const measure of measures) measure.add(article, analysis)
  const rows = measures.flatMap((measure) => measure.rows(pluginSet(status), analysis.words))
  return new Map(rows.map((row) => [row.measure, row]))
}

describe('figureOf', () => {
  it('maps a finding to the figure starting where it starts, else the one it overlaps', () => {
    const figures = analysis.model.figures
    expect(figureOf(finding(at(text, '12%'), 'unsourced-figure'), figures)?.kind).toBe('share')
    expect(figureOf(finding(at(text, '300'), 'unsourced-figure'), figures)?.kind).toBe('count')
    expect(figureOf(finding(at(text, '5m'), 'unsourced-figure'), figures)?.kind).toBe('money')
    expect(figureOf(finding(at(text, 'Sales'), 'unsourced-figure'), figures)).toBeNull()
  })
})

describe('bbc_news measures on a hand-written article', () => {
  it('gives findings per 1,000 words by rule id, copydesk messages only', () => {
    const rows = score('loaded')
    expect(rows.get('findings-per-1k')?.value).toBe(2)
    expect(rows.get('findings-per-1k:unsourced-figure')?.value).toBe(1.5)
    expect(rows.get('findings-per-1k:agentless-harm')?.value).toBe(0.5)
    expect(rows.get('findings-per-1k:vague-source')?.value).toBe(0)
    expect(rows.get('findings-per-1k:(source not copydesk)')?.numerator).toBe(1)
  })
  it('gives unsourced-figure findings per 1,000 words by figure kind', () => {
    const rows = score('loaded')
    expect(rows.get('unsourced-figure-per-1k:share')?.numerator).toBe(1)
    expect(rows.get('unsourced-figure-per-1k:count')?.numerator).toBe(1)
    expect(rows.get('unsourced-figure-per-1k:money')?.numerator).toBe(0)
    expect(rows.get('unsourced-figure-per-1k:unmatched')?.numerator).toBe(1)
  })
  it('reports n/a without plugins', () => {
    const rows = score('missing')
    expect(rows.get('findings-per-1k')?.na).toBe('no plugins loaded')
    expect(rows.get('unsourced-figure-per-1k')?.na).toBe('plugin missing')
  })
})

describe('sampleOf', () => {
  it('shows the finding in its sentence with the flagged words marked', () => {
    const sample = sampleOf('hand-1', finding(at(text, '300 staff'), 'unsourced-figure'), analysis.model)
    expect(sample).toMatchObject({ articleId: 'hand-1', ruleId: 'unsourced-figure', kind: 'count', flagged: '300 staff', context: 'About ⟦300 staff⟧ were hired.' })
  })
  it('falls back to a window of text when the model has no sentences', () => {
    const sample = sampleOf('hand-1', finding(at(text, 'hired'), 'agentless-harm'), { ...analysis.model, sentences: [] })
    expect(sample.kind).toBeNull()
    expect(sample.context).toContain('were ⟦hired⟧. The firm')
  })
})

describe('toBbcArticle', () => {
  it('needs a text', () => {
    expect(toBbcArticle({ id: 'x', category: 'tech', title: 't', text: 'Hi.' }, 'f')).toEqual({ id: 'x', category: 'tech', title: 't', text: 'Hi.' })
    expect(() => toBbcArticle({ id: 'x' }, 'f')).toThrow(/`text`/)
  })
})
