import { readFileSync } from 'node:fs'
import { floorKey, formatFloor, judge, parseFloors } from '../../scripts/eval/floors.js'

describe('parseFloors', () => {
  it('reads min and max floors and skips comment keys', () => {
    const floors = parseFloors({ _about: 'x', 'a/dev/p': { min: 0.8, enforced: true }, 'a/dev/q': { max: 0.1, enforced: false } })
    expect(floors.get('a/dev/p')).toEqual({ min: 0.8, enforced: true })
    expect(floors.get('a/dev/q')).toEqual({ max: 0.1, enforced: false })
    expect(floors.size).toBe(2)
  })
  it.each([
    [{ 'a/p': { min: 1, enforced: true } }, /not <corpus>/],
    [{ 'a/dev/p': { min: 1 } }, /enforced/],
    [{ 'a/dev/p': { min: 1, max: 2, enforced: true } }, /exactly one/],
    [{ 'a/dev/p': { enforced: true } }, /exactly one/],
    [{ 'a/dev/p': { min: '1', enforced: true } }, /not a number/],
    [{ 'a/dev/p': { min: 1, enforced: true, mni: 2 } }, /unknown field/],
    [[], /object of floors/],
  ])('rejects %j', (json, message) => {
    expect(() => parseFloors(json)).toThrow(message)
  })
  it('accepts the repository floors file, all unenforced for now', () => {
    const floors = parseFloors(JSON.parse(readFileSync(new URL('../../eval/floors.json', import.meta.url), 'utf8')))
    expect([...floors.keys()].sort()).toEqual(
      [
        'polnear/dev/cue-precision',
        'polnear/dev/reporting-cue-recall',
        'polnear/dev/coverage-recall',
        'polnear/dev/coverage-precision',
        'polnear/dev/unsourced-figure-in-attributed',
        'polnear/dev/quote-without-speaker-on-attributed-quotes',
        'babe/sg2/loaded-word-precision',
        'babe/sg2/loaded-sentence-precision',
        'babe/sg2/loaded-sentence-recall',
        'babe/sg2/held-out-word-precision',
        'babe/sg2/held-out-sentence-precision',
        'ptc_semeval2020/train/loaded-overlap',
      ].sort(),
    )
  })
})

describe('judge', () => {
  it('passes or fails a value against min and max floors', () => {
    expect(judge(0.9, { min: 0.85, enforced: true })).toEqual({ status: 'pass', failed: false })
    expect(judge(0.85, { min: 0.85, enforced: true }).failed).toBe(false)
    expect(judge(0.8, { min: 0.85, enforced: true })).toEqual({ status: 'FAIL', failed: true })
    expect(judge(0.06, { max: 0.05, enforced: true }).failed).toBe(true)
    expect(judge(0.05, { max: 0.05, enforced: true }).failed).toBe(false)
  })
  it('shows unenforced floors without failing the run', () => {
    expect(judge(0.8, { min: 0.85, enforced: false })).toEqual({ status: 'fail (unenforced)', failed: false })
    expect(judge(0.9, { min: 0.85, enforced: false })).toEqual({ status: 'pass (unenforced)', failed: false })
    expect(judge(null, { min: 0.85, enforced: false })).toEqual({ status: 'n/a (unenforced)', failed: false })
  })
  it('fails an enforced floor with no value, and says nothing without a floor', () => {
    expect(judge(null, { max: 0.05, enforced: true }).failed).toBe(true)
    expect(judge(0.5, undefined)).toEqual({ status: '', failed: false })
  })
  it('formats keys and floors', () => {
    expect(floorKey('polnear', 'dev', 'cue-precision')).toBe('polnear/dev/cue-precision')
    expect(formatFloor({ min: 0.85, enforced: false })).toBe('>= 0.85')
    expect(formatFloor({ max: 0.05, enforced: true })).toBe('<= 0.05')
    expect(formatFloor(undefined)).toBe('')
  })
})
