import { messageSpan } from '../../scripts/eval/analyze.js'
import { countRow, formatValue, rateRow, ratioRow } from '../../scripts/eval/rows.js'
import { formatTable } from '../../scripts/eval/table.js'
import { VFileMessage } from 'vfile-message'

describe('rows', () => {
  it('formats ratios, counts, rates and missing values', () => {
    expect(formatValue(ratioRow('p', 1, 4))).toBe('0.250 (1/4)')
    expect(formatValue(ratioRow('p', 0, 0))).toBe('n/a (none to measure)')
    expect(formatValue(ratioRow('p', 0, 7, { na: 'plugin missing' }))).toBe('n/a (plugin missing; 7 to judge)')
    expect(formatValue(countRow('words', 1234))).toBe('1234')
    expect(formatValue(rateRow('r', 3, 2000))).toBe('1.500 (3)')
    expect(formatValue(rateRow('r', 0, 2000, { na: 'plugin missing' }))).toBe('n/a (plugin missing)')
  })
  it('aligns a table', () => {
    expect(formatTable(['a', 'bb'], [['xxx', 'y'], ['z', '']])).toBe('a    bb\n---  --\nxxx  y\nz')
  })
})

describe('messageSpan', () => {
  const none = () => undefined
  it('reads offsets from a position', () => {
    const message = new VFileMessage('x', { place: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 6, offset: 5 } } })
    expect(messageSpan(message, none)).toEqual({ start: 2, end: 5 })
  })
  it('converts line and column when offsets are missing, and widens a point to one character', () => {
    const toOffset = (point: { line?: number; column?: number }) => ((point.line ?? 1) - 1) * 100 + (point.column ?? 1) - 1
    expect(messageSpan(new VFileMessage('x', { place: { start: { line: 2, column: 1 }, end: { line: 2, column: 4 } } }), toOffset)).toEqual({ start: 100, end: 103 })
    expect(messageSpan(new VFileMessage('x', { place: { line: 1, column: 5 } }), toOffset)).toEqual({ start: 4, end: 5 })
    expect(messageSpan(new VFileMessage('x'), toOffset)).toBeNull()
  })
})
