/**
 * vague-source: claims hung on unnamed groups or impersonal constructions.
 *
 * `invalid`: texts with exactly one vague source; `flagged` is the source with its verb ("Critics
 * say", "according to reports") or the construction ("It is believed", "widely seen as").
 * `valid`: named parties and institutions, qualified anonymous sources (the next rule's), definite
 * back-references, groups named in the same or the next sentence, reports named later, words in
 * quotations or inside a named speaker's report, and impersonal estimates of a figure (the
 * estimate rule's).
 */
import type { Pluggable } from 'unified'
import { flagged, lintText, expectContract } from '../helpers.js'
import { retextAttribution } from '../../src/plugins/attribution.js'

const RULE = 'vague-source'

function findings(text: string, plugins: Pluggable[] = [retextAttribution]) {
  return lintText(text, plugins).filter((message) => message.ruleId === RULE)
}

const invalid: { text: string; flagged: string }[] = [
  // Unnamed groups
  { text: 'Critics say the law goes too far.', flagged: 'Critics say' },
  { text: 'The plan will cost jobs, critics say.', flagged: 'critics say' },
  { text: 'Experts say the virus is spreading faster than expected.', flagged: 'Experts say' },
  { text: 'Analysts said the merger would face scrutiny.', flagged: 'Analysts said' },
  { text: 'Officials said the airport would reopen on Monday.', flagged: 'Officials said' },
  { text: 'The deal is close, sources said.', flagged: 'sources said' },
  { text: 'A source said the player would leave.', flagged: 'A source said' },
  { text: 'Some argue the tax is unfair.', flagged: 'Some argue' },
  { text: 'Many Democrats believe the nomination was rigged.', flagged: 'Many Democrats believe' },
  { text: 'Some Republicans say the bill will fail.', flagged: 'Some Republicans say' },
  // Unnamed research and reports
  { text: 'Studies show that most voters ignore debates.', flagged: 'Studies show' },
  { text: 'Research has shown that children learn faster in small classes.', flagged: 'Research has shown' },
  { text: 'Polls show the race is tight.', flagged: 'Polls show' },
  { text: 'According to reports, the singer cancelled the tour.', flagged: 'According to reports' },
  { text: 'Media reports said the deal had collapsed.', flagged: 'Media reports said' },
  { text: 'Shares rose amid reports of a takeover bid.', flagged: 'amid reports' },
  // Impersonal constructions
  { text: 'It is believed that the ship carried 300 passengers.', flagged: 'It is believed' },
  { text: 'It is understood that the club will sell the player.', flagged: 'It is understood' },
  { text: 'The fire is thought to have started in the kitchen.', flagged: 'is thought' },
  { text: 'The striker is said to be unhappy at the club.', flagged: 'is said' },
  { text: 'It was reported that the deal had collapsed.', flagged: 'It was reported' },
  { text: 'The striker has reportedly agreed a new contract.', flagged: 'reportedly' },
  { text: 'The tunnel, it is said, was dug by hand.', flagged: 'it is said' },
  // Constructions the rule matches itself
  { text: 'The governor is widely seen as the favourite.', flagged: 'widely seen as' },
  { text: 'The move is seen as a snub to the president.', flagged: 'is seen as' },
  { text: 'She is widely regarded as the best player of her generation.', flagged: 'widely regarded as' },
  { text: 'The bill is widely expected to pass the Senate this week.', flagged: 'widely expected' },
  { text: 'The club denied reports that the manager would leave.', flagged: 'reports that' },
  { text: 'The walkout is considered one of the largest in the company’s history.', flagged: 'is considered' },
  { text: 'The scheme has been criticized for favouring large farms.', flagged: 'has been criticized' },
]

const valid: { name: string; text: string }[] = [
  // Named
  { name: 'a named party', text: 'Republicans say the bill would raise taxes.' },
  { name: 'an institution', text: 'The ministry said the airport would reopen.' },
  { name: 'a named source', text: 'Police believe the gunman acted alone.' },
  { name: 'a group named by its members', text: 'Critics, including the Law Society, say the law goes too far.' },
  { name: 'a named outlet', text: 'According to reports in the Financial Times, the deal collapsed.' },
  { name: 'a named study', text: 'A study by Oxford University found that 40% of pupils skipped breakfast.' },
  { name: 'an outlet that names itself', text: 'The BBC understands the club will sell the player.' },
  { name: 'named estimates', text: 'According to UN estimates, 3,000 people died.' },
  // Anonymous (the next rule's)
  { name: 'officials of a named department', text: 'Two State Department officials said the envoy would travel.' },
  { name: 'a senior official of a country', text: 'A senior Israeli official said the talks had stalled.' },
  { name: 'a person familiar with the matter', text: 'An official familiar with the matter said the deal was signed.' },
  { name: 'analysts at a named bank', text: 'Analysts at Barclays said the merger would face scrutiny.' },
  { name: 'some in a named place', text: 'Some in the White House say the plan is dead.' },
  // Back-references and naming nearby
  { name: 'a definite back-reference', text: 'The study found that most voters ignore debates.' },
  { name: 'bare officials after qualified officials', text: 'US officials said the talks had stalled. Officials also said a deal was unlikely.' },
  { name: 'bare officials after the institution they work for', text: 'The government keeps the currency pegged. Officials insist they are not ready to let it float.' },
  { name: 'some, such as a named person', text: 'Some, such as 83-year-old Elizabeth Winkfield, said they would rather go to jail.' },
  { name: 'the next sentence names the group', text: 'Critics say the law goes too far. Among them is the Law Society.' },
  { name: 'a report named later in the story', text: 'Teenagers from rich areas are six times more likely to go to university, a report says.\n\nThe Hefce report said participation had barely changed.' },
  { name: 'a report named after the cue', text: 'Demand fell sharply, according to a report from the British Retail Consortium.' },
  { name: 'an appositive name after the source', text: 'According to figures gathered by the industry watchdog, Ofcom, broadband use doubled.' },
  { name: 'reports named later as a study', text: 'Mobiles are not yet ready to replace music players, say two reports.\n\nPeople will not trade battery life for music, said Jupiter. A separate study by Gartner found the same.' },
  // Someone else's words
  { name: 'inside a quotation', text: '"Critics say this law goes too far," the senator said.' },
  { name: 'inside a named speaker’s report', text: 'The senator said many critics believe the law goes too far.' },
  // Other senses and owners
  { name: 'critics as an agent, no cue', text: 'The film was praised by critics.' },
  { name: 'an impersonal estimate of a figure (estimate-without-estimator’s)', text: 'It is estimated that 300 people died in the fire.' },
  { name: '"considered" as deliberated', text: 'The bid will be considered by the council next week.' },
  { name: 'criticized by a named group', text: "The scheme has been criticized by farmers' unions for favouring large farms." },
  { name: '"seen" as sight', text: 'The comet was widely seen across Europe.' },
  { name: 'a schedule, not a view', text: 'The motorway is expected to reopen next week.' },
  { name: '"reports" as a verb with a named outlet', text: 'The New York Post reports that the talks have stalled.' },
  { name: '"reports" as a verb with an outlet noun', text: 'The newspaper reports that the talks have stalled.' },
  { name: 'reports a speaker cites', text: 'At the debate she pointed to reports that the mayor had lied.' },
]

describe('vague-source: flagged', () => {
  test.each(invalid)('$text', ({ text, flagged: expected }) => {
    const messages = findings(text)
    expect(messages.map((m) => flagged(text, m))).toEqual([expected])
    const [message] = messages
    expectContract(message, RULE, text, expected)
    expect(message.reason).toBe(`Vague source: “${expected}” names no one the reader can check.`)
    expect(typeof message.note === 'string' && message.note.length > 20).toBe(true)
    expect(message.actual).toBe(expected)
    expect(message.expected).toBeUndefined()
    expect(message.fatal).toBe(false)
  })
})

describe('vague-source: not flagged', () => {
  test.each(valid)('$name: $text', ({ text }) => {
    expect(findings(text).map((m) => flagged(text, m))).toEqual([])
  })
})

describe('vague-source: notes come from the vocabulary', () => {
  test('each kind of vague source gets its own note', () => {
    const critics = findings('Critics say the law goes too far.')[0]
    const studies = findings('Studies show that most voters ignore debates.')[0]
    const believed = findings('It is believed that the ship sank.')[0]
    expect(critics.note).toMatch(/critics/i)
    expect(studies.note).toMatch(/study/i)
    expect(believed.note).toMatch(/believe/i)
    expect(new Set([critics.note, studies.note, believed.note]).size).toBe(3)
  })
  test('severity: error is fatal', () => {
    expect(findings('Critics say the law goes too far.', [[retextAttribution, { 'vague-source': 'error' }]])[0].fatal).toBe(true)
  })
})
