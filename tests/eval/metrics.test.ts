import {
  clampSpan,
  containedInUnion,
  intersectionLength,
  mergeSpans,
  numberSpans,
  overlaps,
  overlapsUnion,
  perThousand,
  ratio,
  Reservoir,
  seededRandom,
  Tally,
  unionLength,
} from '../../scripts/eval/metrics.js'

const s = (start: number, end: number) => ({ start, end })

describe('overlaps', () => {
  it('needs a shared character (half-open spans)', () => {
    expect(overlaps(s(0, 5), s(4, 8))).toBe(true)
    expect(overlaps(s(0, 5), s(5, 8))).toBe(false)
    expect(overlaps(s(2, 3), s(0, 10))).toBe(true)
    expect(overlaps(s(3, 3), s(0, 10))).toBe(false)
  })
})

describe('mergeSpans', () => {
  it('sorts, merges overlapping and touching spans, drops empty ones', () => {
    expect(mergeSpans([s(10, 12), s(0, 3), s(2, 5), s(5, 6), s(8, 8)])).toEqual([s(0, 6), s(10, 12)])
  })
  it('does not mutate its input', () => {
    const input = [s(0, 3), s(2, 5)]
    mergeSpans(input)
    expect(input).toEqual([s(0, 3), s(2, 5)])
  })
  it('keeps a span nested in another once', () => {
    expect(mergeSpans([s(0, 10), s(2, 3)])).toEqual([s(0, 10)])
  })
})

describe('unionLength and intersectionLength', () => {
  it('count characters of a union and of the overlap of two unions', () => {
    const a = mergeSpans([s(0, 10), s(20, 30)])
    const b = mergeSpans([s(5, 25), s(28, 40)])
    expect(unionLength(a)).toBe(20)
    expect(intersectionLength(a, b)).toBe(5 + 5 + 2)
    expect(intersectionLength(b, a)).toBe(12)
    expect(intersectionLength(a, [])).toBe(0)
  })
})

describe('overlapsUnion and containedInUnion', () => {
  const union = mergeSpans([s(0, 4), s(10, 20)])
  it('finds overlap with any span of the union', () => {
    expect(overlapsUnion(s(3, 6), union)).toBe(true)
    expect(overlapsUnion(s(4, 10), union)).toBe(false)
    expect(overlapsUnion(s(19, 30), union)).toBe(true)
    expect(overlapsUnion(s(25, 30), union)).toBe(false)
    expect(overlapsUnion(s(12, 12), union)).toBe(false)
    expect(overlapsUnion(s(0, 1), [])).toBe(false)
  })
  it('needs every character inside one span of the union', () => {
    expect(containedInUnion(s(10, 20), union)).toBe(true)
    expect(containedInUnion(s(12, 15), union)).toBe(true)
    expect(containedInUnion(s(3, 11), union)).toBe(false)
    expect(containedInUnion(s(18, 21), union)).toBe(false)
    expect(containedInUnion(s(5, 6), union)).toBe(false)
  })
})

describe('clampSpan', () => {
  it('clamps to the text and drops what is left empty', () => {
    expect(clampSpan(s(-2, 5), 4)).toEqual(s(0, 4))
    expect(clampSpan(s(6, 9), 4)).toBeNull()
  })
})

describe('numberSpans', () => {
  it('finds digit runs joined by commas and points, offset by base', () => {
    const text = 'Up 1,200 (3.5%) in 2016, not 7.'
    expect(numberSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['1,200', '3.5', '2016', '7'])
    expect(numberSpans('a 12', 100)).toEqual([s(102, 104)])
  })
})

describe('Tally, ratio and perThousand', () => {
  it('count hits over a total; nothing to count is null, not 0', () => {
    const tally = new Tally()
    expect(tally.value).toBeNull()
    tally.add(true)
    tally.add(false)
    tally.addCounts(1, 2)
    expect([tally.hits, tally.total, tally.value]).toEqual([2, 4, 0.5])
    expect(ratio(0, 0)).toBeNull()
    expect(perThousand(3, 1500)).toBe(2)
    expect(perThousand(3, 0)).toBeNull()
  })
})

describe('seeded sampling', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true)
    expect(seededRandom(8)()).not.toBe(first[0])
  })
  it('keeps every item when the stream is shorter than the sample', () => {
    const reservoir = new Reservoir<number>(5, 1)
    for (const item of [1, 2, 3]) reservoir.offer(item)
    expect(reservoir.items).toEqual([1, 2, 3])
    expect(reservoir.seen).toBe(3)
  })
  it('draws the same sample of the right size for the same seed, in stream order', () => {
    const draw = (seed: number) => {
      const reservoir = new Reservoir<number>(4, seed)
      for (let item = 0; item < 100; item++) reservoir.offer(item)
      return reservoir.items
    }
    const sample = draw(3)
    expect(sample).toHaveLength(4)
    expect(draw(3)).toEqual(sample)
    expect([...sample].sort((x, y) => x - y)).toEqual(sample)
    expect(new Set(sample).size).toBe(4)
  })
})
