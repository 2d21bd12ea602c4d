/**
 * vague-quantity: "dozens", "thousands", "countless" standing in for a count of people or harm.
 * Off by default (the `recommended` preset); these cases enable it at info.
 *
 * `invalid`: the flagged text is the vague magnitude itself ("Dozens", "Tens of thousands"), without
 * the "of" and the head noun. `valid`: quoted or attributed wording, and vague magnitudes that are
 * not a count of people or harm (times, years, distances, pages, money): no editor asks who
 * counted "dozens of times".
 */
import type { Pluggable } from 'unified'
import { flagged, lintText } from '../helpers.js'
import { retextUnsourcedFigures } from '../../src/plugins/unsourced-figures.js'

const RULE = 'vague-quantity'
const enabled: Pluggable[] = [[retextUnsourcedFigures, { 'vague-quantity': 'info' }]]

function findings(text: string, plugins: Pluggable[] = enabled) {
  return lintText(text, plugins).filter((message) => message.ruleId === RULE)
}

const invalid: { text: string; flagged: string }[] = [
  { text: 'Dozens were killed in the raid.', flagged: 'Dozens' },
  { text: 'Thousands marched through the capital on Saturday.', flagged: 'Thousands' },
  { text: 'Hundreds of people were injured in the blast.', flagged: 'Hundreds' },
  { text: 'Tens of thousands have fled the region.', flagged: 'Tens of thousands' },
  { text: 'Police arrested dozens of protesters.', flagged: 'dozens' },
  { text: 'Countless civilians have died in the siege.', flagged: 'Countless' },
  { text: 'Hundreds of thousands rallied in the square.', flagged: 'Hundreds of thousands' },
  { text: 'Scores of people were wounded in the clashes.', flagged: 'Scores' },
  { text: 'Thousands of migrants are missing at sea.', flagged: 'Thousands' },
  { text: 'The floods displaced thousands of families.', flagged: 'thousands' },
  { text: 'Dozens of homes were destroyed by the fire.', flagged: 'Dozens' },
  { text: 'The ministry said the road had reopened, as hundreds were evacuated nearby.', flagged: 'hundreds' },
]

const valid: string[] = [
  // Quoted or attributed: the source's wording
  '"Dozens were killed," the mayor said.',
  '“Thousands came to say goodbye,” the priest said.',
  'Dozens were killed, police said.',
  'According to the Red Cross, thousands have fled.',
  'Organisers said tens of thousands took part.',
  'The ministry said hundreds of people had been detained.',
  'Officials said dozens were injured.',
  // Not a count of people or harm
  'He has visited the region dozens of times.',
  'The ruins are thousands of years old.',
  'The convoy travelled hundreds of miles.',
  'The report runs to hundreds of pages.',
  'The auction raised thousands of dollars.',
]

describe('vague-quantity: flagged when enabled', () => {
  test.each(invalid)('$text → $flagged', ({ text, flagged: expected }) => {
    const messages = findings(text)
    expect(messages.map((m) => flagged(text, m))).toEqual([expected])
    const [message] = messages
    expect(message.source).toBe('copydesk')
    expect(message.place && 'start' in message.place ? message.place.start.offset : undefined).toBe(text.indexOf(expected))
    expect(message.url).toMatch(/#vague-quantity$/)
    expect((message.note ?? '').length).toBeGreaterThan(0)
    expect(message.fatal).toBeUndefined()
  })
})

describe('vague-quantity: not flagged', () => {
  test.each(valid)('%s', (text) => {
    expect(findings(text).map((m) => flagged(text, m))).toEqual([])
  })
})

describe('vague-quantity: severity', () => {
  const text = 'Dozens were killed in the raid.'

  test('off by default', () => {
    expect(lintText(text, [retextUnsourcedFigures]).map((m) => `${m.ruleId}: ${flagged(text, m)}`)).toEqual([])
  })

  test("'warning' reports with fatal false", () => {
    const messages = findings(text, [[retextUnsourcedFigures, { 'vague-quantity': 'warning' }]])
    expect(messages.map((m) => [flagged(text, m), m.fatal])).toEqual([['Dozens', false]])
  })

  test('a vague quantity is never an unsourced-figure finding', () => {
    const messages = lintText(text, [[retextUnsourcedFigures, { 'vague-quantity': 'info', 'unsourced-figure': ['warning', { kinds: ['harm', 'crowd', 'count'] }] }]])
    expect(messages.map((m) => m.ruleId)).toEqual([RULE])
  })
})
