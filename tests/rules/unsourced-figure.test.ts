/**
 * unsourced-figure: a statistic in the writer's voice that no attribution covers.
 *
 * `invalid`: sentences with exactly one unsourced statistic. `flagged` is the text a copy editor
 * would underline: the number with its hedge, currency sign, percent or unit ("more than 1,200",
 * "$3bn", "40%", "12 percent"), without the head noun ("people", "homes"). `level` is the default
 * severity of the figure's kind (warning: harm, share, poll, crowd, estimate; info: money, count).
 *
 * `valid`: numbers that need no source (dates, years, times, durations, ages, ordinals,
 * identifiers, legal references, Roman numerals, addresses, phone numbers, scores and results,
 * idioms, scene counts), figures inside direct quotations, and figures covered by every form of
 * attribution cue. Figures under a vague or impersonal cue ("officials said", "it is believed",
 * "reportedly") are vague-source's finding, not this rule's.
 */
import type { Pluggable } from 'unified'
import { flagged, lintText } from '../helpers.js'
import { retextUnsourcedFigures } from '../../src/plugins/unsourced-figures.js'

type Level = 'warning' | 'info'

interface InvalidCase {
  text: string
  flagged: string
  level: Level
}

const RULE = 'unsourced-figure'

function findings(text: string, plugins: Pluggable[] = [retextUnsourcedFigures]) {
  return lintText(text, plugins).filter((message) => message.ruleId === RULE)
}

function fatalFor(level: Level | 'error'): boolean | undefined {
  return level === 'error' ? true : level === 'warning' ? false : undefined
}

const invalid: InvalidCase[] = [
  // Harm: killed, dead, injured, wounded, missing, displaced, arrested
  { text: 'At least 17 people were killed in the attack on Tuesday.', flagged: 'At least 17', level: 'warning' },
  { text: 'The storm killed 14 people in 2023.', flagged: '14', level: 'warning' },
  { text: 'More than 1,200 people were displaced by the fighting.', flagged: 'More than 1,200', level: 'warning' },
  { text: 'Police arrested 45 protesters outside parliament.', flagged: '45', level: 'warning' },
  { text: 'Nearly 300 migrants are missing after the boat sank.', flagged: 'Nearly 300', level: 'warning' },
  { text: 'The blast injured 62 workers at the plant.', flagged: '62', level: 'warning' },
  { text: 'Twelve soldiers died in the ambush.', flagged: 'Twelve', level: 'warning' },
  { text: 'The death toll rose to 230 on Sunday.', flagged: '230', level: 'warning' },
  { text: 'Some 40,000 people have fled their homes since March.', flagged: 'Some 40,000', level: 'warning' },
  { text: 'Three people were killed when the bridge collapsed.', flagged: 'Three', level: 'warning' },
  { text: 'The earthquake left 2,500 people dead.', flagged: '2,500', level: 'warning' },
  { text: 'Two journalists were wounded in the shelling.', flagged: 'Two', level: 'warning' },
  { text: 'Over 90 people have been arrested since the protests began.', flagged: 'Over 90', level: 'warning' },
  { text: 'Almost 2,000 civilians have been killed since the war began.', flagged: 'Almost 2,000', level: 'warning' },
  { text: 'At least five people remain missing after the landslide.', flagged: 'At least five', level: 'warning' },

  // A conversion in brackets restates the figure: one finding, on the original
  { text: 'The court awarded the airline 2bn reais ($725m) in damages.', flagged: '2bn reais', level: 'info' },
  { text: 'The EU will examine a 400m euro ($495m; £275m) loan to the carrier.', flagged: '400m euro', level: 'info' },
  // Coverage, not co-occurrence: a cue elsewhere in the sentence (or the last one) does not source it
  { text: 'He stressed "the need for calm", as the offensive killed 23,000 people.', flagged: '23,000', level: 'warning' },
  { text: 'The minister said the talks would resume, as shelling killed 40 civilians.', flagged: '40', level: 'warning' },
  { text: 'Police said the man was arrested. Fifty people were injured in the blast.', flagged: 'Fifty', level: 'warning' },
  { text: 'The ministry said the strikes were precise. Forty civilians died in the first wave.', flagged: 'Forty', level: 'warning' },
  { text: 'According to the mayor, the bridge reopened on Monday, as floods killed 9 people upstream.', flagged: '9', level: 'warning' },
  { text: '"We will rebuild," the mayor said after the flood killed 31 people.', flagged: '31', level: 'warning' },
  { text: '“This is a dark day,” the mayor said of the fire, which killed 11 people.', flagged: '11', level: 'warning' },
  { text: 'The minister condemned what he called a reckless strike that killed 12 people.', flagged: '12', level: 'warning' },
  { text: 'Officials met on Monday to discuss the floods, which killed 70 people.', flagged: '70', level: 'warning' },

  // Shares and rates
  { text: 'Unemployment rose to 7.4% in June.', flagged: '7.4%', level: 'warning' },
  { text: 'Nearly half of voters backed the plan.', flagged: 'Nearly half', level: 'warning' },
  { text: 'One in five children in the city lives in poverty.', flagged: 'One in five', level: 'warning' },
  { text: 'Prices rose 12 percent last year.', flagged: '12 percent', level: 'warning' },
  { text: 'Turnout fell by 8 per cent compared with 2019.', flagged: '8 per cent', level: 'warning' },
  { text: "A third of the country's hospitals have closed.", flagged: 'A third', level: 'warning' },
  { text: 'Support for the party has fallen to 21%.', flagged: '21%', level: 'warning' },

  // Polls and surveys
  { text: "The president's approval rating has dropped to 38%.", flagged: '38%', level: 'warning' },
  { text: 'Labour leads the Conservatives by 12 points.', flagged: '12 points', level: 'warning' },
  { text: 'Support for independence stands at 49% in the latest survey.', flagged: '49%', level: 'warning' },

  // Crowds
  { text: 'About 50,000 people marched through the capital on Saturday.', flagged: 'About 50,000', level: 'warning' },
  { text: 'A crowd of 12,000 gathered outside the stadium.', flagged: '12,000', level: 'warning' },
  { text: 'More than 3,000 protesters blocked the motorway.', flagged: 'More than 3,000', level: 'warning' },

  // Estimates and projections
  { text: 'The economy is expected to shrink 3% next year.', flagged: '3%', level: 'warning' },
  { text: 'The population will reach 10 million by 2050.', flagged: '10 million', level: 'warning' },
  { text: 'Inflation is forecast to peak at 9% this winter.', flagged: '9%', level: 'warning' },

  // Money (info by default)
  { text: 'The new stadium will cost $1.2bn.', flagged: '$1.2bn', level: 'info' },
  { text: 'The floods caused £40m of damage.', flagged: '£40m', level: 'info' },
  { text: "The council's budget was cut by €3 million.", flagged: '€3 million', level: 'info' },
  { text: 'The ministry announced the plan on Friday. The scheme will cost taxpayers $800m.', flagged: '$800m', level: 'info' },

  // Other counts and measurements (info by default)
  { text: 'The company employs 4,000 workers in the region.', flagged: '4,000', level: 'info' },
  { text: 'The river rose 4 metres overnight.', flagged: '4 metres', level: 'info' },
  { text: 'The airport handled 2.3 million passengers last year.', flagged: '2.3 million', level: 'info' },
  { text: 'The charity has opened 35 food banks since the spring.', flagged: '35', level: 'info' },
]

const valid: string[] = [
  // Dates, years, times
  'The ceasefire began on Oct. 7.',
  'The summit will be held on 14 March in Geneva.',
  'The law was passed in 2019.',
  'Prices have not risen this fast since the 1970s.',
  'The attacks of 9/11 changed air travel.',
  'The 2022-23 season ended early.',
  'The meeting starts at 3 p.m. on Tuesday.',
  'The polls close at 22:00.',
  'The company reported its Q3 earnings on Thursday.',
  // Durations
  'The two sides agreed a 10-day ceasefire.',
  'The talks lasted 48 hours.',
  'He served as mayor for three years.',
  'The helpline runs 24/7.',
  // Ages
  'The suspect, a 45-year-old man, was charged on Monday.',
  'Smith, 45, was released on bail.',
  'The victim was aged 19.',
  'The new chief executive is in her 40s.',
  // Ordinals and ranks
  "It was the team's third defeat in a row.",
  "The firm is the country's second-largest bank.",
  'The 10th anniversary of the disaster falls on Friday.',
  'The song went to No. 1 last week.',
  // Identifiers
  'The pilot ejected from the F-16 before it crashed.',
  'The COVID-19 pandemic closed the border.',
  'Traffic was halted on I-95 near the bridge.',
  'Flight 370 vanished over the Indian Ocean.',
  'G7 leaders met in Italy.',
  'The airline grounded its Boeing 737 fleet.',
  'The S&P 500 closed higher.',
  'The phone runs on 5G networks.',
  'He applied for an H-1B visa.',
  // Legal and document references
  'NATO members invoked Article 5 for the first time.',
  'The case turns on Section 230 of the law.',
  'The firm filed for Chapter 11 protection.',
  'The council voted on Resolution 2334.',
  'Title IX protects students from discrimination.',
  // Roman numerals
  'The treaty was signed after World War II.',
  'The play tells the story of Henry VIII.',
  // Estimates belong to estimate-without-estimator; conversions and range ends are the same claim
  'An estimated 600 people were evacuated on Tuesday.',
  'As many as 300 homes lost power overnight.',
  // Addresses and phone numbers
  'Protesters gathered outside 10 Downing Street.',
  'Readers can call the helpline on (212) 555-0100.',
  'The clinic moved to 400 Main Street in June.',
  // Scores and results (public record; off by default)
  'Arsenal won 3-1 at home.',
  'The Lakers secured a 98-95 win in Boston.',
  'The bill passed by 52 votes to 48.',
  'The firm posted a profit of $2m.',
  'Shares in the company closed at $41.20.',
  // Idioms
  'No one was at home when the fire started.',
  'One of the suspects fled the country.',
  'At one point the talks nearly collapsed.',
  'The minister gave a half-hearted apology.',
  'Fans had a million reasons to celebrate.',
  // Scene counts
  'Three candidates met for a debate on Sunday.',
  'The two leaders shook hands in Geneva.',
  'Two judges dissented from the ruling.',
  // Vague quantities belong to vague-quantity (off by default), never to this rule
  'Thousands marched through the capital on Saturday.',
  // Figures inside direct quotations
  '"We counted 300 bodies," the mayor said.',
  '“Forty people died here,” a nurse said.',
  '“The bill will cost $4bn,” she told the committee.',
  '"We buried 12 people this week."',
  'Nurses held signs reading "30% pay rise now".',
  '“We have lost 40% of our customers,” the owner said.',
  // Covered by a reporting verb and its reported clause
  'The army said its troops killed 40 fighters.',
  'The ministry said that 12 people had died.',
  'The ministry said at least 30 people were killed.',
  'The police chief said up to 5,000 people had gathered.',
  'Police told reporters that 30 people were arrested.',
  'The company added that 200 jobs would go.',
  'The governor wrote on social media that 300 homes had been destroyed.',
  'The club announced that ticket prices would rise 5%.',
  'The World Bank estimated that the economy shrank 6% last year.',
  'The agency reported that exports fell 3% in March.',
  'The ministry said on Friday that 15 soldiers were killed.',
  'The company said in a statement it would cut 500 jobs.',
  'Jane Smith, a ministry spokeswoman, said 14 people were hurt.',
  'Organisers said some 10,000 people took part.',
  // Covered by a quote cue and a colon introduction
  'The mayor said: "We lost 300 homes."',
  'The mayor was blunt: “We need $50m by Friday.”',
  // Inversion, trailing, parenthetical
  'Turnout was 62%, said the election commission.',
  'Forty people died in the floods, the ministry said on Friday.',
  'The plan, he said, would cost £3bn.',
  'The strike, the union said, will cost the economy £2bn.',
  // according to, citing, per
  'According to the health ministry, 40 people died.',
  'Forty people died, according to the health ministry.',
  'The storm, according to the Met Office, killed three people in Wales.',
  'The paper put the cost at $2bn, citing government documents.',
  "Sales fell 8% last year, per the company's annual report.",
  // Data and research as the source
  "The ministry's data shows unemployment rose to 7%.",
  'Figures from the Office for National Statistics show that prices rose 3%.',
  'A study by Oxford University found that 40% of patients improved.',
  // Naming verbs
  'Critics attacked what the mayor called a $40m saving.',
  // Pronoun carry-over
  'The ministry said 30 people were killed. It added that 120 were injured.',
  'Police said 14 people were arrested. They added that three officers were hurt.',
  // Vague, anonymous and impersonal cues: the cue is the finding (vague-source), not the figure
  'Officials said 40 people died.',
  'Two State Department officials said 200 troops would be withdrawn.',
  'It is believed that the ship carried 300 passengers.',
  'The fire has reportedly killed 12 people.',
  // Other attribution a copy editor accepts
  'Police put the crowd at 5,000.',
  'An AP reporter counted 35 bodies at the site.',
]

describe('unsourced-figure: flagged', () => {
  test.each(invalid)('$text → $flagged ($level)', ({ text, flagged: expected, level }) => {
    const messages = findings(text)
    expect(messages.map((m) => flagged(text, m))).toEqual([expected])
    const [message] = messages
    expect(message.ruleId).toBe(RULE)
    expect(message.source).toBe('copydesk')
    expect(message.place && 'start' in message.place ? message.place.start.offset : undefined).toBe(text.indexOf(expected))
    expect(message.url).toMatch(/#unsourced-figure$/)
    expect(typeof message.note).toBe('string')
    expect((message.note ?? '').length).toBeGreaterThan(0)
    expect(message.reason).toContain(expected)
    expect(message.actual).toBe(expected)
    expect(message.fatal).toBe(fatalFor(level))
  })

  test('the count of invalid cases', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(40)
  })
})

describe('unsourced-figure: not flagged', () => {
  test.each(valid)('%s', (text) => {
    expect(lintText(text, [retextUnsourcedFigures]).map((m) => `${m.ruleId}: ${flagged(text, m)}`)).toEqual([])
  })

  test('the count of valid cases', () => {
    expect(valid.length).toBeGreaterThanOrEqual(60)
  })
})

describe('unsourced-figure: options', () => {
  const harmAndShare = 'Floods killed 40 people and unemployment rose to 9%.'

  test("['warning', {kinds: {money: 'warning'}}] flags money at warning", () => {
    const text = 'The new stadium will cost $1.2bn.'
    const messages = findings(text, [[retextUnsourcedFigures, { 'unsourced-figure': ['warning', { kinds: { money: 'warning' } }] }]])
    expect(messages.map((m) => flagged(text, m))).toEqual(['$1.2bn'])
    expect(messages[0].fatal).toBe(false)
  })

  test('a kind map leaves the other kinds at their defaults', () => {
    const text = 'The new stadium will cost $1.2bn, and floods killed 40 people.'
    const messages = findings(text, [[retextUnsourcedFigures, { 'unsourced-figure': ['warning', { kinds: { money: 'warning' } }] }]])
    expect(messages.map((m) => [flagged(text, m), m.fatal])).toEqual([
      ['$1.2bn', false],
      ['40', false],
    ])
  })

  test("{kinds: {money: 'off'}} silences money", () => {
    const text = 'The new stadium will cost $1.2bn.'
    expect(findings(text, [[retextUnsourcedFigures, { 'unsourced-figure': ['warning', { kinds: { money: 'off' } }] }]])).toEqual([])
  })

  test("kinds: ['harm'] flags only harm", () => {
    const messages = findings(harmAndShare, [[retextUnsourcedFigures, { 'unsourced-figure': ['warning', { kinds: ['harm'] }] }]])
    expect(messages.map((m) => [flagged(harmAndShare, m), m.fatal])).toEqual([['40', false]])
  })

  test("kinds: ['share'] flags only shares", () => {
    const messages = findings(harmAndShare, [[retextUnsourcedFigures, { 'unsourced-figure': ['warning', { kinds: ['share'] }] }]])
    expect(messages.map((m) => flagged(harmAndShare, m))).toEqual(['9%'])
  })

  test('by default both the toll and the share are flagged', () => {
    expect(findings(harmAndShare).map((m) => flagged(harmAndShare, m))).toEqual(['40', '9%'])
  })

  test("'off' disables the rule", () => {
    expect(findings(harmAndShare, [[retextUnsourcedFigures, { 'unsourced-figure': 'off' }]])).toEqual([])
  })

  test("'info' reports every kind at info", () => {
    const messages = findings(harmAndShare, [[retextUnsourcedFigures, { 'unsourced-figure': 'info' }]])
    expect(messages.map((m) => [flagged(harmAndShare, m), m.fatal])).toEqual([
      ['40', undefined],
      ['9%', undefined],
    ])
  })

  test("'error' raises the warning kinds to error and leaves info kinds at info", () => {
    const text = 'Floods killed 40 people and repairs will cost $3m.'
    const messages = findings(text, [[retextUnsourcedFigures, { 'unsourced-figure': 'error' }]])
    expect(messages.map((m) => [flagged(text, m), m.fatal])).toEqual([
      ['40', true],
      ['$3m', undefined],
    ])
  })

  test('results are off by default and can be switched on', () => {
    const text = 'Arsenal won 3-1 at home.'
    expect(findings(text)).toEqual([])
    const messages = findings(text, [[retextUnsourcedFigures, { 'unsourced-figure': ['warning', { kinds: { result: 'info' } }] }]])
    expect(messages.map((m) => [flagged(text, m), m.fatal])).toEqual([['3-1', undefined]])
  })
})
