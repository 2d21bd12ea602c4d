/**
 * estimate-without-estimator: an estimate with no one named as the estimator.
 *
 * `invalid`: texts with one such figure; `flagged` is the figure as the model reads it, with its
 * hedge ("An estimated 600", "As many as 400"); for "estimated at $5bn" and "by some estimates" the
 * figure itself. `valid`: an estimator named by every cue form ("according to", "X estimated",
 * "by the ministry's estimate", "by police", a trailing "X said"), figures in quotations, maxima
 * rather than estimates ("shares jumped as much as 15%"), and estimates under a vague cue
 * (vague-source's finding).
 */
import type { Pluggable } from 'unified'
import { flagged, lintText, expectContract } from '../helpers.js'
import { retextAttribution } from '../../src/plugins/attribution.js'
import { retextUnsourcedFigures } from '../../src/plugins/unsourced-figures.js'

const RULE = 'estimate-without-estimator'

function findings(text: string, plugins: Pluggable[] = [retextAttribution]) {
  return lintText(text, plugins).filter((message) => message.ruleId === RULE)
}

const invalid: { text: string; flagged: string }[] = [
  { text: 'An estimated 600 people died in the floods.', flagged: 'An estimated 600' },
  { text: 'The damage was estimated at $5bn.', flagged: '$5bn' },
  { text: 'The crowd was estimated at 50,000.', flagged: '50,000' },
  { text: 'By some estimates, 10,000 people have fled.', flagged: '10,000' },
  { text: 'By one estimate, the repairs will cost $40m.', flagged: '$40m' },
  { text: 'As many as 400 people may have died in the landslide.', flagged: 'As many as 400' },
  { text: 'As many as 3,000 homes may have been flooded.', flagged: 'As many as 3,000' },
  { text: 'The storm left as many as 10,000 people without shelter.', flagged: 'as many as 10,000' },
  { text: 'As many as 200 migrants are feared missing.', flagged: 'As many as 200' },
  { text: 'The cost is estimated to have reached $2bn.', flagged: '$2bn' },
  { text: 'It is estimated that 50% of homes lack insulation.', flagged: '50%' },
  { text: 'Some 45,000 people are estimated to have attended the festival.', flagged: 'Some 45,000' },
  { text: 'An estimated 25,000 women were displaced during the war.', flagged: 'An estimated 25,000' },
  { text: 'There are an estimated 1.7 million cable customers in the country.', flagged: 'an estimated 1.7 million' },
  { text: 'The economy grew by an estimated 3.1% last year.', flagged: 'an estimated 3.1%' },
  { text: 'Estimates suggest 3,000 jobs will go.', flagged: '3,000' },
  { text: 'The developer was estimated to have been worth more than £200m.', flagged: 'more than £200m' },
  { text: 'The fire destroyed an estimated 300 homes.', flagged: 'an estimated 300' },
  { text: 'Inflation is estimated at about 2.3% in December.', flagged: 'about 2.3%' },
  { text: 'An estimated $121m was spent on tickets over the weekend.', flagged: 'An estimated $121m' },
  { text: 'Police said the road was closed. An estimated 2,000 cars were stranded.', flagged: 'An estimated 2,000' },
]

const valid: { name: string; text: string }[] = [
  { name: 'according to X', text: 'An estimated 600 people died in the floods, according to the UN.' },
  { name: 'X estimated that', text: 'The UN estimated that 10,000 people had fled.' },
  { name: 'X estimates that as many as', text: 'The UN estimates that as many as 400 people died.' },
  { name: "by the ministry's estimate", text: "By the ministry's estimate, 2,000 homes were destroyed." },
  { name: 'by UN estimates', text: 'The war has killed as many as 400,000 people, by UN estimates.' },
  { name: 'according to UN estimates', text: 'The war has killed as many as 400,000 people, according to UN estimates.' },
  { name: 'estimated at N by X', text: 'The crowd was estimated at 50,000 by police.' },
  { name: 'X put the crowd at', text: 'Police put the crowd at 5,000.' },
  { name: 'X estimated the damage at', text: 'The ministry estimated the damage at $5bn.' },
  { name: 'a trailing cue', text: 'An estimated 600 people died, the UN said.' },
  { name: 'a trailing cue with a day', text: 'An estimated 600 people died, the health ministry said on Friday.' },
  { name: 'a reported clause', text: 'The UN refugee agency said as many as 400 people may have died.' },
  { name: 'an inverted cue with a bracket', text: 'The economy grew by an estimated 3.1% last year, says the Office for National Statistics (ONS).' },
  { name: 'a progressive cue', text: 'Nokia is estimating that as many as 100 million phones will be sold by 2006.' },
  { name: 'in a quotation', text: '"An estimated 600 people died," the mayor said.' },
  { name: 'a market maximum', text: 'Shares jumped as much as 15% in early trading.' },
  { name: 'a cut by at most', text: 'Delta is cutting fares by as much as 50%.' },
  { name: 'a capacity', text: 'The new planes can carry as many as 840 people.' },
  { name: 'a price', text: 'Tickets cost as much as $500 each.' },
  { name: 'a vague estimator (vague-source’s)', text: 'Analysts estimate that as many as 400 jobs will go.' },
  { name: 'according to some estimates (vague-source’s)', text: 'According to some estimates, 10,000 people have fled.' },
  { name: 'named data', text: "The agency's figures show an estimated 600 people died." },
]

describe('estimate-without-estimator: flagged', () => {
  test.each(invalid)('$text', ({ text, flagged: expected }) => {
    const messages = findings(text)
    expect(messages.map((m) => flagged(text, m))).toEqual([expected])
    const [message] = messages
    expectContract(message, RULE, text, expected)
    expect(message.reason).toBe(`Estimate with no estimator: “${expected}” does not say who estimated it.`)
    expect(message.note).toMatch(/estimat/)
    expect(message.actual).toBe(expected)
    expect(message.expected).toBeUndefined()
    expect(message.fatal).toBe(false)
  })
})

describe('estimate-without-estimator: not flagged', () => {
  test.each(valid)('$name: $text', ({ text }) => {
    expect(findings(text).map((m) => flagged(text, m))).toEqual([])
  })
})

describe('estimate-without-estimator and unsourced-figure: one message per figure', () => {
  test.each(invalid)('$text', ({ text }) => {
    const messages = lintText(text, [retextAttribution, retextUnsourcedFigures])
    const estimate = messages.filter((m) => m.ruleId === RULE)
    const unsourced = messages.filter((m) => m.ruleId === 'unsourced-figure')
    for (const e of estimate) expect(unsourced.filter((u) => flagged(text, u) === flagged(text, e))).toEqual([])
  })
})
