/**
 * anonymous-source-without-reason: an institution-level anonymous source whose first reference
 * gives no reason for anonymity. Off by default (the `recommended` preset); these cases enable it
 * at warning.
 *
 * `invalid`: `flagged` is the source's description up to its first comma. `valid`: a reason in the
 * same sentence or the next, later references to a source already introduced, and sources that are
 * named or vague (vague-source's).
 */
import type { Pluggable } from 'unified'
import { flagged, lintText, expectContract } from '../helpers.js'
import { retextAttribution } from '../../src/plugins/attribution.js'

const RULE = 'anonymous-source-without-reason'
const enabled: Pluggable[] = [[retextAttribution, { [RULE]: 'warning' }]]

function findings(text: string, plugins: Pluggable[] = enabled) {
  return lintText(text, plugins).filter((message) => message.ruleId === RULE)
}

const invalid: { text: string; flagged: string }[] = [
  { text: 'A senior official said the talks had stalled.', flagged: 'A senior official' },
  { text: 'Two State Department officials said the envoy would travel.', flagged: 'Two State Department officials' },
  { text: 'An official familiar with the matter said the deal was signed.', flagged: 'An official familiar with the matter' },
  { text: 'According to a person familiar with the talks, the deal is close.', flagged: 'a person familiar with the talks' },
  { text: 'Western diplomats said the ceasefire was close.', flagged: 'Western diplomats' },
  { text: 'People close to the company said the bid would be rejected.', flagged: 'People close to the company' },
  { text: 'A senior police official said shots had been fired.', flagged: 'A senior police official' },
  { text: 'The talks stalled, a senior Israeli official said.', flagged: 'a senior Israeli official' },
  { text: 'Sources close to the club said the player would leave.', flagged: 'Sources close to the club' },
  { text: 'Two people briefed on the plan said the company would cut 500 jobs.', flagged: 'Two people briefed on the plan' },
  { text: 'A senior administration official, who has worked on the talks for years, said the president would veto the bill.', flagged: 'A senior administration official' },
  { text: 'US officials said the strike had killed a commander.', flagged: 'US officials' },
  { text: 'A Pentagon official told reporters that two drones were lost.', flagged: 'A Pentagon official' },
  { text: 'Military officials said the base was attacked at dawn.', flagged: 'Military officials' },
  { text: 'An aide to the governor said she would resign.', flagged: 'An aide to the governor' },
  { text: 'Officials in Kabul said the road had reopened.', flagged: 'Officials in Kabul' },
  { text: 'A White House official said the president would sign the order.', flagged: 'A White House official' },
  { text: 'Iraqi officials said the bridge had been destroyed.', flagged: 'Iraqi officials' },
  { text: 'A person with knowledge of the deal said it would close on Friday.', flagged: 'A person with knowledge of the deal' },
  { text: 'The bank will cut 500 jobs. A senior executive at the bank confirmed the plan. Two people close to the board said the chairman would go.', flagged: 'Two people close to the board' },
  { text: '"The talks have stalled for now," a senior official said.', flagged: 'a senior official' },
]

const valid: { name: string; text: string }[] = [
  { name: 'the AP form in an appositive', text: 'A senior official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said they had stalled.' },
  { name: 'the reason in the next sentence', text: 'A senior official said the talks had stalled. He spoke on condition of anonymity.' },
  { name: 'asked not to be named', text: 'Two officials, who asked not to be named, said the envoy would travel.' },
  { name: 'not authorized to speak publicly', text: 'A person familiar with the matter, who was not authorized to speak publicly, said the bid would be rejected.' },
  { name: 'the sensitivity of the talks', text: 'A senior Israeli official said the talks would resume, declining to be named because of the sensitivity of the negotiations.' },
  { name: 'requested anonymity', text: 'Two Western diplomats, who requested anonymity to discuss the negotiations, said the ceasefire was close.' },
  { name: 'fear of reprisals', text: 'A UN official in the city, who could not be named for fear of reprisals, said food had run out.' },
  { name: 'on condition of anonymity after a quote', text: '"The talks have stalled," a senior official said on condition of anonymity.' },
  { name: 'on background', text: 'A senior administration official, speaking on background under ground rules set by the White House, said the president would veto the bill.' },
  { name: 'a reason in the next sentence for two people', text: 'Two people briefed on the plan said the company would cut 500 jobs. They spoke on condition that they not be named.' },
  { name: 'on condition of anonymity before the clause', text: 'A senior official said on condition of anonymity that the talks had stalled.' },
  { name: 'a later reference', text: 'A senior official, who requested anonymity, said the talks had stalled. The official said a deal was unlikely.' },
  { name: 'another reference to the same kind of source', text: 'A senior official, who requested anonymity, said the talks had stalled. Another official said a deal was unlikely.' },
  { name: 'a definite back-reference', text: 'The official said a deal was unlikely.' },
  { name: 'a named institution', text: 'The health ministry said the hospital had reopened.' },
  { name: 'a named person with a title', text: 'Jane Smith, a ministry spokeswoman, said 14 people were hurt.' },
  { name: 'a group named by its members', text: 'Critics, including Senator Smith, say the law goes too far.' },
  { name: 'a vague source (vague-source’s)', text: 'Officials said the airport would reopen.' },
  { name: 'a bare source (vague-source’s)', text: 'A source said the player would leave.' },
  { name: 'a named party', text: 'Republicans say the bill would raise taxes.' },
  { name: 'a named police force', text: 'Police said three men were arrested.' },
]

describe('anonymous-source-without-reason: flagged when enabled', () => {
  test.each(invalid)('$text', ({ text, flagged: expected }) => {
    const messages = findings(text)
    expect(messages.map((m) => flagged(text, m))).toEqual([expected])
    const [message] = messages
    expectContract(message, RULE, text, expected)
    expect(message.reason).toBe(`Anonymous source with no reason: “${expected}” is not named, and the story does not say why.`)
    expect(message.note).toMatch(/AP.*Reuters/)
    expect(message.actual).toBe(expected)
    expect(message.expected).toBeUndefined()
    expect(message.fatal).toBe(false)
  })
})

describe('anonymous-source-without-reason: not flagged', () => {
  test.each(valid)('$name: $text', ({ text }) => {
    expect(findings(text).map((m) => flagged(text, m))).toEqual([])
  })
})

describe('anonymous-source-without-reason: presets', () => {
  test('off by default (recommended)', () => {
    expect(findings('A senior official said the talks had stalled.', [retextAttribution])).toEqual([])
  })
  test('info (wire, conflict) is not fatal', () => {
    expect(findings('A senior official said the talks had stalled.', [[retextAttribution, { [RULE]: 'info' }]])[0].fatal).toBeUndefined()
  })
})
