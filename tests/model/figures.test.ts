/**
 * The figures facet: every numeric mention with its kind. Table-driven: each sentence (written for
 * these tests) lists every figure the model must find, in order, with its text and kind; the span
 * is checked against the text's position in the sentence.
 */
import { categories } from '../../src/lexicon/generated/index.js'
import { entryPhrases, type LexiconEntry } from '../../src/lexicon/schema.js'
import { borrowedWords, findFigures } from '../../src/model/figures.js'
import type { Figure, FigureKind, StatisticKind } from '../../src/model/types.js'
import { modelOf } from '../helpers.js'

const STATISTICS: readonly FigureKind[] = ['harm', 'share', 'poll', 'crowd', 'estimate', 'money', 'count', 'result'] satisfies StatisticKind[]

/** Expected: the figure's text, its kind, and optionally other fields. */
type Expected = [text: string, kind: FigureKind, extra?: Partial<Pick<Figure, 'hedge' | 'vague' | 'estimate' | 'value' | 'head'>> & { number?: string }]

const CASES: [sentence: string, figures: Expected[]][] = [
  // Harm
  ['Three people were killed in the blast.', [['Three', 'harm', { head: 'killed', value: 3 }]]],
  ['At least 40 people died when the ferry sank.', [['At least 40', 'harm', { hedge: 'At least', number: '40', value: 40 }]]],
  ['The strike killed 12 fighters and wounded 30 civilians.', [['12', 'harm', { head: 'killed' }], ['30', 'harm', { head: 'wounded' }]]],
  ['Police arrested 14 men after the match.', [['14', 'harm', { head: 'arrested' }]]],
  ['The death toll has risen to 212.', [['212', 'harm', { head: 'death toll' }]]],
  ['More than 1,200 people were injured in the quake.', [['More than 1,200', 'harm', { hedge: 'More than', value: 1200 }]]],
  ['Dozens were killed in the shelling.', [['Dozens', 'harm', { vague: true, value: null }]]],
  ['Tens of thousands of people fled the city.', [['Tens of thousands', 'harm', { vague: true, head: 'fled' }]]],
  ['Hundreds of thousands have been displaced by the fighting.', [['Hundreds of thousands', 'harm', { vague: true }]]],
  ['Forty people, including 12 children, were killed.', [['Forty', 'harm', { head: 'killed' }], ['12', 'harm']]],
  ['Fifteen fishermen are still missing.', [['Fifteen', 'harm', { head: 'missing' }]]],
  ['The earthquake left 20,000 people homeless.', [['20,000', 'harm', { head: 'homeless' }]]],
  // Share
  ['Unemployment rose to 5.2% in March.', [['5.2%', 'share', { number: '5.2', value: 5.2 }]]],
  ['Inflation fell to 3 per cent last month.', [['3 per cent', 'share', { number: '3' }]]],
  ['One in five adults smokes.', [['One in five', 'share', { value: 0.2 }]]],
  ['Nine out of 10 dentists agree.', [['Nine out of 10', 'share', { value: 0.9 }]]],
  ['A third of households cannot pay their bills.', [['A third', 'share']]],
  ['More than half of the staff were laid off.', [['More than half', 'share', { hedge: 'More than', value: 0.5 }]]],
  ['Two-thirds of the region is under water.', [['Two-thirds', 'share']]],
  ['Smokers are three times more likely to fall ill.', [['three times', 'share']]],
  ['The party gained four percentage points.', [['four percentage points', 'share', { number: 'four' }]]],
  // Poll
  ['A poll found that 52% of voters back the plan.', [['52%', 'poll', { head: 'poll' }]]],
  ['A survey of 2,000 adults found 40% had no savings.', [['2,000', 'poll'], ['40%', 'poll']]],
  ['Some 40% of respondents said they would move.', [['Some 40%', 'poll', { hedge: 'Some' }]]],
  ["The president's approval rating fell to 38%.", [['38%', 'poll', { head: 'approval rating' }]]],
  // Crowd
  ['Thousands marched through the capital.', [['Thousands', 'crowd', { vague: true, head: 'marched' }]]],
  ['About 5,000 protesters gathered outside parliament.', [['About 5,000', 'crowd', { hedge: 'About', head: 'protesters' }]]],
  ['A crowd of 40,000 watched the final.', [['40,000', 'crowd', { head: 'crowd' }]]],
  ['More than 1,000 people attended the funeral.', [['More than 1,000', 'crowd', { head: 'attended' }]]],
  ['A 3,000-strong march blocked the bridge.', [['3,000-strong', 'crowd', { number: '3,000' }]]],
  // Estimates
  ['An estimated 24 people died in the fire.', [['An estimated 24', 'estimate', { estimate: true, hedge: 'An estimated' }]]],
  ['As many as 400 people may have drowned.', [['As many as 400', 'estimate', { estimate: true, hedge: 'As many as' }]]],
  ['The damage was estimated at $5bn.', [['$5bn', 'estimate', { estimate: true, value: 5e9 }]]],
  ['By some estimates, 10,000 people have fled.', [['10,000', 'estimate', { estimate: true }]]],
  ['Sales are expected to reach $2bn next year.', [['$2bn', 'estimate', { estimate: false }]]],
  ['The deficit is forecast to grow to 6%.', [['6%', 'estimate']]],
  // Money
  ['The council spent £600m on roads.', [['£600m', 'money', { number: '600m', value: 6e8, head: '£' }]]],
  ['The project cost $3 billion.', [['$3 billion', 'money', { number: '3 billion', value: 3e9 }]]],
  ['The deal is worth 3.2bn dollars.', [['3.2bn dollars', 'money', { number: '3.2bn', value: 3.2e9 }]]],
  ['The war cost hundreds of millions of pounds.', [['hundreds of millions of pounds', 'money', { vague: true }]]],
  ['The fund raised US$40m in a week.', [['US$40m', 'money', { value: 4e7 }]]],
  ['A loaf now costs 50p more.', [['50p', 'money', { number: '50' }]]],
  ['The repairs cost nearly £1.5 million.', [['nearly £1.5 million', 'money', { hedge: 'nearly', value: 1.5e6 }]]],
  ['The repairs could cost up to £2m.', [['up to £2m', 'estimate', { head: 'could cost' }]]],
  // Counts
  ['The plant will cut 1,200 jobs.', [['1,200', 'count', { head: 'jobs', value: 1200 }]]],
  ['The firm lost 464,000 subscribers.', [['464,000', 'count', { head: 'subscribers' }]]],
  ['The storm damaged 3,000 homes.', [['3,000', 'count', { head: 'homes' }]]],
  ['The ship carried 40 tonnes of flour.', [['40 tonnes', 'count', { number: '40', head: 'tonnes' }]]],
  ['Police seized 200kg of cocaine.', [['200kg', 'count', { number: '200' }]]],
  ['Winds reached 90mph overnight.', [['90mph', 'count']]],
  ['The town has 2000 residents.', [['2000', 'count', { head: 'residents' }]]],
  ['The network has 1.5 million users.', [['1.5 million', 'count', { value: 1.5e6 }]]],
  ['Two hundred and fifty homes were built.', [['Two hundred and fifty', 'count', { value: 250 }]]],
  ['Several hundred flats stand empty.', [['Several hundred', 'count', { vague: true }]]],
  ['Half a million tickets were sold.', [['Half a million', 'count', { value: 500000 }]]],
  // Results
  ['Shares added 3% in early trading.', [['3%', 'result', { head: 'Shares' }]]],
  ['Quarterly profits jumped 76% to $1.13bn (£600m).', [['76%', 'result'], ['$1.13bn', 'result'], ['£600m', 'result']]],
  ['Sales rose 2% to $11.1bn from $10.9bn.', [['2%', 'result'], ['$11.1bn', 'result'], ['$10.9bn', 'result']]],
  ['Arsenal won 3-1 at home.', [['3-1', 'result', { value: null }]]],
  ['The Bulls sealed a 98-95 win.', [['98-95', 'result']]],
  ['The motion passed 52-48.', [['52-48', 'result']]],
  ['United drew 2–2 with Leeds.', [['2–2', 'result']]],
  ['Labour won 356 seats.', [['356', 'result', { head: 'seats' }]]],
  ['She scored 30 points in the final.', [['30 points', 'result', { head: 'scored' }]]],
  ['Labour leads the Conservatives by 12 points.', [['12 points', 'share']]],
  ['The FTSE 100 index closed 20 points lower.', [['FTSE 100', 'identifier'], ['20 points', 'result', { head: 'index' }]]],
  ['Oil prices rose to $50 a barrel.', [['$50', 'result', { head: 'prices' }]]],
  // Dates, years, times
  ['The attack on October 7 shocked the region.', [['October 7', 'date', { number: '7', value: 7 }]]],
  ['The vote is on 7 October.', [['7 October', 'date']]],
  ['It happened on Oct. 7, 2023.', [['Oct. 7, 2023', 'date', { number: '7' }]]],
  ['Flights resumed after Sept. 11.', [['Sept. 11', 'date']]],
  ['The attacks of 9/11 changed air travel.', [['9/11', 'date']]],
  ['The plant closed in March 2004.', [['March 2004', 'date']]],
  ['The count ended on November 3rd.', [['November 3rd', 'date']]],
  ['The 2004 results were poor.', [['2004', 'year']]],
  ['Crime fell in the 1990s.', [['1990s', 'year', { value: 1990 }]]],
  ['The band was big in the ’90s.', [['’90s', 'year']]],
  ['He joined before the 2022-23 season.', [['2022-23', 'year']]],
  ['The temple was built in 800 BC.', [['800 BC', 'year']]],
  ['The meeting starts at 3 p.m. on Tuesday.', [['3 p.m.', 'time']]],
  ['The polls close at 15:30 GMT.', [['15:30 GMT', 'time']]],
  ['Doors open at 6.30pm.', [['6.30pm', 'time']]],
  // Durations
  ['Both sides agreed a 10-day ceasefire.', [['10-day', 'duration', { number: '10' }]]],
  ['Talks lasted 24 hours.', [['24 hours', 'duration']]],
  ['He lived there for three years.', [['three years', 'duration']]],
  ['It took more than two decades to finish.', [['more than two decades', 'duration', { hedge: 'more than' }]]],
  ['The tremor lasted half an hour.', [['half an hour', 'duration']]],
  // Ages
  ['The 45-year-old was charged on Monday.', [['45-year-old', 'age', { number: '45', value: 45 }]]],
  ['A man aged 45 was arrested.', [['45', 'age', { head: 'aged' }]]],
  ['John Smith, 45, said he was shocked.', [['45', 'age']]],
  ['A woman in her 40s was injured.', [['40s', 'age', { value: 40 }]]],
  ['She is 40 years old.', [['40 years old', 'age']]],
  ['Children aged between 5 and 11 will be vaccinated.', [['5', 'age'], ['11', 'age']]],
  // Ordinals
  ['The single went to No. 1 in the charts.', [['No. 1', 'ordinal', { number: '1' }]]],
  ['It was her 3rd title and his 10th.', [['3rd', 'ordinal'], ['10th', 'ordinal']]],
  ["It is the country's second-largest city.", [['second-largest', 'ordinal']]],
  ['The album reached #1 in ten countries.', [['#1', 'ordinal'], ['ten', 'count']]],
  ['He is the world number one.', [['number one', 'ordinal']]],
  // Identifiers and legal references
  ['The airline grounded its Boeing 737 fleet.', [['Boeing 737', 'identifier', { number: '737' }]]],
  ['F-16 jets flew over the city.', [['F-16', 'identifier']]],
  ['Cases of COVID-19 fell again.', [['COVID-19', 'identifier']]],
  ['The crash closed Route 66 and I-95.', [['Route 66', 'identifier'], ['I-95', 'identifier']]],
  ['The search for Flight 370 resumed.', [['Flight 370', 'identifier']]],
  ['The G7 leaders discussed 5G networks.', [['G7', 'identifier'], ['5G', 'identifier']]],
  ['Windows 11 ships on the new laptops.', [['Windows 11', 'identifier']]],
  ['The firm joined the Fortune 500 and the S&P 500.', [['Fortune 500', 'identifier'], ['S&P 500', 'identifier']]],
  ['He moved his 401(k) savings.', [['401(k)', 'identifier']]],
  ['The series was shown on Channel 4.', [['Channel 4', 'identifier']]],
  ['Nato invoked Article 5 for the first time.', [['Article 5', 'legal'], ['first', 'ordinal']]],
  ['The platforms rely on Section 230.', [['Section 230', 'legal']]],
  ['Schools must follow Title IX.', [['Title IX', 'legal', { value: 9 }]]],
  ['The airline filed for Chapter 11 protection.', [['Chapter 11', 'legal']]],
  ['The council adopted Resolution 2334.', [['Resolution 2334', 'legal']]],
  ['Voters approved Proposition 8.', [['Proposition 8', 'legal']]],
  ['His father fought in World War II.', [['War II', 'roman', { value: 2 }]]],
  ['Henry VIII had six wives.', [['VIII', 'roman'], ['six', 'scene']]],
  ['Talks were held at 10 Downing Street.', [['10 Downing Street', 'address']]],
  ['Call (212) 555-0100 for tickets.', [['(212) 555-0100', 'phone']]],
  // Idioms and scenes
  ['It was one of the best games of the season.', [['one of', 'idiom']]],
  ['No one was hurt in the fire.', [['No one', 'idiom']]],
  ['At one point the crowd surged forward.', [['At one point', 'idiom']]],
  ['One day she hopes to return.', [['One day', 'idiom']]],
  ['The leaders blamed one another.', [['one another', 'idiom']]],
  ['There are a million reasons to stay.', [['a million reasons', 'idiom']]],
  ['The shop is open 24/7.', [['24/7', 'idiom']]],
  ['The firm booked a one-off gain.', [['one-off', 'idiom']]],
  ['Two leaders met in Geneva.', [['Two', 'scene', { value: 2 }]]],
  ['Three children played in the park.', [['Three', 'scene', { head: 'children' }]]],
  ['Three candidates met for a debate.', [['Three', 'scene']]],
  // A distance that says where something is: scene detail, not a statistic.
  ['A baker whose shop sits 200 metres from the river.', [['200 metres', 'scene']]],
  ['The village lies 40 miles north of the capital.', [['40 miles', 'scene']]],
  ['The ship sank 20km off the coast.', [['20km', 'scene']]],
  ['Families within 3 miles of the plant were moved.', [['3 miles', 'scene']]],
  // Sport copy: a substitute's minute in a line-up, a round of a competition.
  ['Kewell (Traore 85), Baros, Mellor (Sinama Pongolle 75, Nunez 80).', [['85', 'scene'], ['Pongolle 75', 'identifier'], ['Nunez 80', 'identifier']]],
  ['Henman faces Andreev in the last 16 on Tuesday.', [['the last 16', 'idiom']]],
  ['Henman now faces Andreev in the last 16.', [['the last 16', 'idiom']]],
  // A holding in a company is public record, like a company result.
  ['BLB holds a 22% stake in Wembley.', [['22%', 'result', { head: 'stake' }]]],
  // Measurements that report a magnitude stay counts.
  ['The wall will be raised by 1.5 metres.', [['1.5 metres', 'count']]],
  ['Traffic backed up for 12 miles.', [['12 miles', 'count']]],
  ['The storm dropped 180 mm of rain.', [['180 mm', 'count']]],
  // Mixed
  ['At least 1,200 people were killed on Oct. 7, 2023.', [['At least 1,200', 'harm'], ['Oct. 7, 2023', 'date']]],
  ['In 2004, 40% of voters backed the plan.', [['2004', 'year'], ['40%', 'share']]],
  ['The 25-year-old striker scored twice in a 2-0 win.', [['25-year-old', 'age'], ['2-0', 'result']]],
  ['Growth is expected to fall from 5% in 2004 to 4.25%.', [['5%', 'estimate'], ['2004', 'year'], ['4.25%', 'estimate']]],
  ['Profit for 2004 was £15.4m ($29.4m).', [['2004', 'year'], ['£15.4m', 'result'], ['$29.4m', 'result']]],
  ['"Three people died," she said.', [['Three', 'harm']]],
  ['Unemployment rose to 5 per cent. Then it fell.', [['5 per cent', 'share']]],
  ['Police detained 300 protesters.', [['300', 'harm', { head: 'detained' }]]],
  ['Forty protesters were killed.', [['Forty', 'harm', { head: 'killed' }]]],
  ['Prices rose 12 percent last year.', [['12 percent', 'share']]],
  ['The consumer price index rose 3%.', [['3%', 'share']]],
  ['Chelsea are ten points clear at the top.', [['ten points', 'result', { head: 'clear' }]]],
  ['The population will reach 10 million by 2050.', [['10 million', 'estimate'], ['2050', 'year']]],
  ['The new stadium will cost $1.2bn.', [['$1.2bn', 'money']]],
  ['Scores of people were wounded in the clashes.', [['Scores', 'harm', { vague: true }]]],
  ['He has visited the region dozens of times.', [['dozens of times', 'idiom', { vague: true }]]],
  ['The ruins are thousands of years old.', [['thousands of years old', 'age', { vague: true }]]],
  ['The convoy travelled hundreds of miles.', [['hundreds of miles', 'idiom']]],
  ['Ocean’s Eleven took $38m on its opening weekend.', [['Eleven', 'identifier'], ['$38m', 'money']]],
]

/** Sentences that must produce no statistic at all. */
const NO_STATISTIC = [
  'No one was hurt.',
  'It was one of the best games of the season.',
  'The 2004 results were poor.',
  'A man aged 45 was arrested.',
  'Smith, 45, said he would appeal.',
  'Both sides agreed a 10-day ceasefire.',
  'The single went to No. 1 in the charts.',
  'The airline grounded its Boeing 737 fleet.',
  'The attack on October 7 shocked the region.',
  'Two leaders met in Geneva.',
  'The meeting starts at 3 p.m.',
  'He served three years in prison in the 1990s.',
  'Henry VIII and World War II are on the syllabus.',
  'A Category 5 hurricane hit the coast on Sept. 11.',
  'The F-16 and the Boeing 737-800 flew at 15:30.',
  'He scored in the first half.',
  'She moved to London in her twenties.',
  'Players finished fifth and sixth.',
]

function check(sentence: string, expected: Expected[]): void {
  const model = modelOf(sentence)
  const got = model.figures.map((f) => [f.text, f.kind])
  expect(got).toEqual(expected.map(([text, kind]) => [text, kind]))
  let from = 0
  expected.forEach(([text, , extra], i) => {
    const figure = model.figures[i]
    const start = sentence.indexOf(text, from)
    expect({ start: figure.start, end: figure.end }).toEqual({ start, end: start + text.length })
    expect(figure.sentence).toBe(model.tokens.find((t) => t.start >= figure.number.start)!.sentence)
    expect(figure.number.start).toBeGreaterThanOrEqual(figure.start)
    expect(figure.number.end).toBeLessThanOrEqual(figure.end)
    from = start + text.length
    if (!extra) return
    const { number, ...fields } = extra
    if (number !== undefined) expect(sentence.slice(figure.number.start, figure.number.end)).toBe(number)
    for (const [key, value] of Object.entries(fields)) expect([key, figure[key as keyof Figure]]).toEqual([key, value])
  })
}

describe('findFigures', () => {
  test.each(CASES)('%s', (sentence, expected) => check(sentence, expected))

  test.each(NO_STATISTIC)('no statistic: %s', (sentence) => {
    const statistics = modelOf(sentence).figures.filter((f) => STATISTICS.includes(f.kind))
    expect(statistics.map((f) => [f.text, f.kind])).toEqual([])
  })

  test('figures are sorted, indexed and do not overlap', () => {
    const text =
      'Sales rose 2% to $11.1bn in 2004, and at least 1,200 people were killed on Oct. 7. ' +
      'The 45-year-old said: "We lost 40 homes." A survey of 2,000 adults found 40% had no savings.'
    const figures = modelOf(text).figures
    expect(figures.length).toBeGreaterThan(8)
    figures.forEach((f, i) => {
      expect(f.index).toBe(i)
      expect(f.text).toBe(text.slice(f.start, f.end))
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(figures[i - 1].end)
    })
  })

  test('the figure inside a quote carries its quote index from the tokens', () => {
    const model = modelOf('She said: "We lost 40 homes." The firm cut 1,200 jobs.')
    for (const figure of model.figures) {
      const token = model.tokens.find((t) => t.start === figure.number.start)!
      expect(figure.quote).toBe(token.quote)
    }
  })

  test('"No." and the number split into two sentences still make one rank', () => {
    const model = modelOf('It rose to No. 1 last week.')
    expect(model.figures.map((f) => [f.text, f.kind])).toEqual([['No. 1', 'ordinal']])
  })

  test('coverage is left to the model: the facet sets coveredBy to -1', () => {
    const model = modelOf('The ministry said 40 people died. A poll found 52% back the plan.')
    const { text, tokens, sentences, paragraphs, quotes } = model
    const figures = findFigures({ text, tokens, sentences, paragraphs, quotes })
    expect(figures.length).toBe(2)
    for (const figure of figures) expect(figure.coveredBy).toBe(-1)
  })

  test('empty and number-free text', () => {
    expect(modelOf('').figures).toEqual([])
    expect(modelOf('The minister spoke to reporters in the rain.').figures).toEqual([])
  })

  test('is linear: a long document is read in one pass', () => {
    const paragraph = 'Sales rose 2% to $11.1bn in 2004, and at least 1,200 people were killed on Oct. 7. Thousands marched. '
    const small = modelOf(paragraph.repeat(50))
    const large = modelOf(paragraph.repeat(400))
    expect(large.figures.length).toBe(small.figures.length * 8)
    const context = { text: large.text, tokens: large.tokens, sentences: large.sentences, paragraphs: large.paragraphs, quotes: large.quotes }
    const t0 = performance.now()
    findFigures(context)
    const elapsed = performance.now() - t0
    expect(elapsed).toBeLessThan(2000)
  })
})

/** The data files' examples: a flag example's [bracketed] words are read as (part of) a figure or its head. */
const OWN = ['number-words', 'units', 'figure-heads', 'figure-markers', 'figure-prefixes', 'figure-time'] as const
const all = categories as unknown as Record<string, readonly LexiconEntry[]>
const examples: [string, string, string][] = []
const passSentences: [string, string, string, string[]][] = []
for (const category of OWN) {
  for (const entry of all[category] ?? []) {
    for (const sentence of entry.examples.flag) examples.push([category, entry.id, sentence])
    for (const sentence of entry.examples.pass) passSentences.push([category, entry.id, sentence, entryPhrases(entry)])
  }
}

describe('figure lexicon data', () => {
  test('every data file exists and is owned by the model', () => {
    for (const category of OWN) {
      expect(all[category]?.length).toBeGreaterThan(0)
      for (const entry of all[category]) {
        expect(entry.rule).toBe('model')
        expect(entry.examples.flag.length).toBeGreaterThan(0)
      }
    }
  })

  test.each(examples)('%s/%s flags: %s', (category, id, marked) => {
    const open = marked.indexOf('[')
    const close = marked.indexOf(']')
    const sentence = marked.slice(0, open) + marked.slice(open + 1, close) + marked.slice(close + 1)
    const start = open
    const end = close - 1
    const figures = modelOf(sentence).figures
    const figure = figures.find((f) => f.start <= start && f.end >= end)
    expect([sentence.slice(start, end), figures.map((f) => `${f.text}:${f.kind}`), figure !== undefined]).toEqual([expect.any(String), expect.anything(), true])
    // A head or an age/estimate marker lies outside the figure it decides: it must be the figure's head.
    const entry = all[category].find((e) => e.id === id)!
    // A deferring suffix ("-strong") hands the decision to the noun after it.
    const decides = (category === 'figure-heads' && entry.data.deferRight !== true) || entry.data.role === 'age' || entry.data.role === 'estimate-sentence'
    if (decides) {
      const words = [...entryPhrases(entry), ...((entry.data.borrow as string[] | undefined) ?? [])]
      const head = (figure!.head ?? '').toLowerCase()
      expect([head, words.includes(head) || (figure!.text.toLowerCase().includes(head) && words.some((w) => head.endsWith(w)))]).toEqual([head, true])
    }
    if (entry.data.role === 'hedge') expect(figure!.hedge?.toLowerCase()).toBe(sentence.slice(start, end).toLowerCase())
  })

  test.each(passSentences)('%s/%s passes: %s', (_category, _id, sentence, phrases) => {
    const figures = modelOf(sentence).figures.filter((f) => STATISTICS.includes(f.kind))
    const lower = sentence.toLowerCase()
    for (const phrase of phrases) {
      const at = new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(lower)
      if (!at) continue
      const start = at.index + at[1].length
      const inside = figures.filter((f) => f.start <= start && f.end > start)
      const asHead = figures.filter((f) => f.head !== null && f.head.toLowerCase() === phrase)
      expect([phrase, inside.map((f) => f.text), asHead.map((f) => f.text)]).toEqual([phrase, [], []])
    }
  })

  test('words borrowed from other data files are owned there', () => {
    const borrowed = borrowedWords()
    expect(borrowed.length).toBeGreaterThan(0)
    for (const { phrase, owner } of borrowed) expect([phrase, owner]).toEqual([phrase, expect.any(String)])
  })
})
