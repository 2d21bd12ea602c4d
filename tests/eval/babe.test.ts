/** BABE and PTC measures on hand-written sentences (never corpus text). */
import { BiasTally, createLoadedAnalyzer, flaggedSpan, naiveFindings, toBabeSentence, type BabeSentence, type LoadedFinding } from '../../scripts/eval/babe.js'
import { OverlapTally, techniqueUnion, toPtcArticle } from '../../scripts/eval/ptc.js'
import { retextLoadedTerms } from '../../src/plugins/loaded-terms.js'
import { at } from './fixtures.js'

const finding = (text: string, part: string, ruleId = 'emotive-language'): LoadedFinding => ({ ...at(text, part), ruleId })

describe('BABE word and sentence precision', () => {
  const biased: BabeSentence = { id: 'a', text: 'The horrific plan was a bizarre failure.', label: 'biased', biased: [] }
  biased.biased = [at(biased.text, 'horrific')]
  const neutral: BabeSentence = { id: 'b', text: 'The council met on Monday to discuss a tragic crash.', label: 'non-biased', biased: [] }

  it('counts word precision in biased sentences only, and every sentence separately', () => {
    const tally = new BiasTally()
    tally.add(biased, [finding(biased.text, 'horrific'), finding(biased.text, 'bizarre')])
    tally.add(neutral, [finding(neutral.text, 'tragic')])
    expect([tally.words.hits, tally.words.total]).toEqual([1, 2])
    expect([tally.allWords.hits, tally.allWords.total]).toEqual([1, 3])
    expect([tally.sentences.hits, tally.sentences.total]).toEqual([1, 2])
    expect([tally.recall.hits, tally.recall.total]).toEqual([1, 1])
    expect(tally.byRule.get('emotive-language')?.total).toBe(2)
  })

  it('names its rows and gives the base rate in the note', () => {
    const tally = new BiasTally()
    tally.add(biased, [finding(biased.text, 'horrific')])
    tally.add(neutral, [])
    const rows = new Map(tally.rows('loaded-', null, ['emotive-language']).map((row) => [row.measure, row]))
    expect(rows.get('loaded-word-precision')?.value).toBe(1)
    expect(rows.get('loaded-sentence-precision')?.note).toContain('base rate 0.500 (1/2)')
    expect(rows.get('loaded-word-precision:emotive-language')?.value).toBe(1)
    expect(tally.rows('x-', 'plugin missing')[0].value).toBeNull()
  })

  it('reads a record and refuses a record without text or label', () => {
    const record = { id: 'x', text: 'A bizarre day.', label: 'biased', spans: [{ start: 2, end: 9, type: 'biased_word', text: 'bizarre' }] }
    expect(toBabeSentence(record, 'f').biased).toEqual([{ start: 2, end: 9 }])
    expect(() => toBabeSentence({ id: 'y' }, 'f')).toThrow(/text and label/)
  })

  it('the naive seed list matches whole words, case-insensitively, longest first', () => {
    const text = 'Clearly the so-called terror attack was a Massacre, not a massacred plan.'
    expect(naiveFindings(text).map((f) => text.slice(f.start, f.end))).toEqual(['Clearly', 'so-called', 'terror attack', 'Massacre'])
  })

  it('measures the flagged words, not the span a fix reaches over', () => {
    const analyze = createLoadedAnalyzer(retextLoadedTerms)
    const text = 'Police found the gruesome remains.'
    const [found] = analyze(text)
    expect(text.slice(found.start, found.end)).toBe('gruesome')
    expect(found.ruleId).toBe('emotive-language')
    expect(flaggedSpan({ place: { start: { offset: 3 }, end: { offset: 7 } } } as never)).toEqual({ start: 3, end: 7 })
  })
})

describe('PTC overlap', () => {
  it('unions the loaded-language technique spans and counts findings that overlap them', () => {
    const text = 'The evil regime lied, and the vote was close.'
    const article = toPtcArticle({ id: 'p', text, spans: [{ ...at(text, 'evil regime'), type: 'Name_Calling,Labeling' }, { ...at(text, 'the vote'), type: 'Repetition' }] }, 'f')
    const union = techniqueUnion(article)
    expect(union).toEqual([at(text, 'evil regime')])
    const tally = new OverlapTally()
    tally.add([finding(text, 'evil'), finding(text, 'close', 'puffery')], union)
    expect([tally.all.hits, tally.all.total]).toEqual([1, 2])
    expect(tally.byRule.get('puffery')?.hits).toBe(0)
  })
})
