/**
 * loaded-attribution-verb: a judging verb the model found as a cue.
 *
 * `invalid`: the flagged verb, the first `expected` replacement, and the sentence after applying it
 * (the test applies the fix: tense, person and construction must survive). `tiers` enables a tier
 * that is off by default (truth, stance). `valid`: the same verbs where they report nothing
 * ("conceded two goals", "admitted to hospital", "claimed responsibility"), default-off tiers, and
 * impersonal uses (vague-source's).
 */
import type { Pluggable } from 'unified'
import type { VFileMessage } from 'vfile-message'
import { flagged, lintText } from '../helpers.js'
import { retextAttribution } from '../../src/plugins/attribution.js'
import { lintText as lintWith } from '../helpers.js'
import { unified } from 'unified'
import retextEnglish from 'retext-english'

const RULE = 'loaded-attribution-verb'

function findings(text: string, plugins: Pluggable[] = [retextAttribution]) {
  return lintText(text, plugins).filter((message) => message.ruleId === RULE)
}

interface Case {
  text: string
  flagged: string
  fixed: string
  level?: 'warning' | 'info'
  tiers?: Record<string, string>
}

const invalid: Case[] = [
  // Doubt
  { text: 'The minister claimed that the economy was growing.', flagged: 'claimed', fixed: 'The minister said that the economy was growing.' },
  { text: 'The minister claims the economy is growing.', flagged: 'claims', fixed: 'The minister says the economy is growing.' },
  { text: 'The minister is claiming that the plan works.', flagged: 'claiming', fixed: 'The minister is saying that the plan works.' },
  { text: 'Mr Brown will undoubtedly claim the forecasts are wrong.', flagged: 'claim', fixed: 'Mr Brown will undoubtedly say the forecasts are wrong.' },
  { text: 'The minister has repeatedly claimed the economy is strong.', flagged: 'claimed', fixed: 'The minister has repeatedly said the economy is strong.' },
  { text: 'The company asserted that its products were safe.', flagged: 'asserted', fixed: 'The company said that its products were safe.' },
  { text: 'Minister claims plan is working', flagged: 'claims', fixed: 'Minister says plan is working' },
  // Culpability
  { text: 'The senator admitted that he had met the lobbyist.', flagged: 'admitted', fixed: 'The senator said that he had met the lobbyist.' },
  { text: 'The coach conceded that the team had played badly.', flagged: 'conceded', fixed: 'The coach said that the team had played badly.' },
  { text: 'The mayor confessed that the budget was overspent.', flagged: 'confessed', fixed: 'The mayor said that the budget was overspent.' },
  { text: 'The bank acknowledged that fees had risen.', flagged: 'acknowledged', fixed: 'The bank said that fees had risen.', level: 'info' },
  // Emotive: transitive uses get "criticized", quotes "said"
  { text: 'The union slammed the plan as reckless.', flagged: 'slammed', fixed: 'The union criticized the plan as reckless.' },
  { text: 'The senator blasted the decision as a betrayal.', flagged: 'blasted', fixed: 'The senator criticized the decision as a betrayal.' },
  { text: 'The senator blasted the decision for ignoring voters.', flagged: 'blasted', fixed: 'The senator criticized the decision for ignoring voters.' },
  { text: '"This is a disgrace," the manager fumed.', flagged: 'fumed', fixed: '"This is a disgrace," the manager said.' },
  { text: 'He ranted that the referee was biased.', flagged: 'ranted', fixed: 'He said that the referee was biased.' },
  { text: 'The chief executive boasted that sales had doubled.', flagged: 'boasted', fixed: 'The chief executive said that sales had doubled.' },
  { text: 'The candidate bragged that he had never lost a race.', flagged: 'bragged', fixed: 'The candidate said that he had never lost a race.' },
  { text: '"This is a betrayal of every voter," the leader thundered.', flagged: 'thundered', fixed: '"This is a betrayal of every voter," the leader said.' },
  { text: '"That will never happen," the senator scoffed.', flagged: 'scoffed', fixed: '"That will never happen," the senator said.' },
  { text: 'The campaign crowed that its rival had collapsed.', flagged: 'crowed', fixed: 'The campaign said that its rival had collapsed.' },
  // Non-speech
  { text: '"We won the final," she smiled.', flagged: 'smiled', fixed: '"We won the final," she said.' },
  { text: '"Not a chance," he laughed.', flagged: 'laughed', fixed: '"Not a chance," he said.' },
  { text: '"We did it at last," the captain grinned.', flagged: 'grinned', fixed: '"We did it at last," the captain said.' },
  // Truth and stance: off by default, enabled here
  { text: 'The report noted that prices had risen.', flagged: 'noted', fixed: 'The report said that prices had risen.', tiers: { truth: 'warning' } },
  { text: 'The spokesman pointed out that crime had fallen.', flagged: 'pointed out', fixed: 'The spokesman said that crime had fallen.', tiers: { truth: 'warning' } },
  { text: 'The company refuted that it had misled investors.', flagged: 'refuted', fixed: 'The company denied that it had misled investors.', tiers: { truth: 'warning' } },
  { text: 'Minister insists plan is working', flagged: 'insists', fixed: 'Minister says plan is working', tiers: { stance: 'warning' } },
  { text: '"We will appeal against this," the lawyer insisted.', flagged: 'insisted', fixed: '"We will appeal against this," the lawyer said.', tiers: { stance: 'warning' } },
]

const valid: { name: string; text: string }[] = [
  { name: 'goals conceded', text: 'United conceded two goals in the first half.' },
  { name: 'a lead maintained', text: 'Arsenal maintained their lead at the top.' },
  { name: 'admitted to hospital', text: 'He was admitted to hospital on Tuesday.' },
  { name: 'responsibility claimed', text: 'The rebels claimed responsibility for the attack.' },
  { name: 'a title claimed', text: 'The champion claimed the title in 2019.' },
  { name: 'victory claimed', text: 'She claimed victory in the final.' },
  { name: 'a plea', text: 'He pleaded guilty to fraud.' },
  { name: 'bail denied', text: 'He was denied bail.' },
  { name: 'a door slammed', text: 'He slammed the door.' },
  { name: 'rock blasted', text: 'Workers blasted through the rock.' },
  { name: 'a hotel boasts', text: 'The hotel boasts a rooftop pool.' },
  { name: 'a smile at the crowd', text: 'She smiled at the crowd.' },
  { name: 'an audience laughing', text: 'The audience laughed.' },
  { name: 'insisted on + noun', text: 'She insisted on a recount.' },
  { name: 'a confession at trial', text: 'He confessed to the killing at his trial.' },
  { name: 'shares snapped up', text: 'Investors snapped up the shares.' },
  { name: 'exhaust fumes', text: 'Exhaust fumes filled the tunnel.' },
  { name: 'stance is off by default', text: 'The minister insisted that the plan was working.' },
  { name: 'truth is off by default', text: 'The minister revealed that the talks had failed.' },
  { name: 'neutral verbs', text: 'The minister said that the economy was growing.' },
  { name: 'a denial is neutral', text: 'The company denied that it had broken the law.' },
  { name: 'impersonal (vague-source’s)', text: 'It is claimed that the mayor misused public funds.' },
  { name: 'a claim as a noun', text: 'The biggest claim heard by the tribunal was dropped.' },
  { name: 'claims after a preposition', text: 'The film was dropped over claims it was not scary enough.' },
  { name: 'inside a quotation', text: '"They claimed the vote was rigged," the mayor said.' },
]

function apply(text: string, message: VFileMessage, replacement: string): string {
  const place = message.place as { start: { offset: number }; end: { offset: number } }
  return text.slice(0, place.start.offset) + replacement + text.slice(place.end.offset)
}

describe('loaded-attribution-verb: flagged, and the fix keeps the sentence grammatical', () => {
  test.each(invalid)('$text → $fixed', ({ text, flagged: expected, fixed, level = 'warning', tiers }) => {
    const plugins: Pluggable[] = tiers ? [[retextAttribution, { [RULE]: ['warning', { tiers }] }]] : [retextAttribution]
    const messages = findings(text, plugins)
    expect(messages.map((m) => flagged(text, m))).toEqual([expected])
    const [message] = messages
    expect(message.ruleId).toBe(RULE)
    expect(message.source).toBe('copydesk')
    expect(message.place && 'start' in message.place ? message.place.start.offset : undefined).toBe(text.indexOf(expected))
    expect(message.url).toMatch(/#loaded-attribution-verb$/)
    expect(message.reason).toMatch(new RegExp(`^Loaded attribution verb: “${expected}” `))
    expect(typeof message.note === 'string' && message.note.length > 20).toBe(true)
    expect(message.actual).toBe(expected)
    expect(message.fatal).toBe(level === 'warning' ? false : undefined)
    expect(Array.isArray(message.expected) && message.expected.length > 0).toBe(true)
    expect(apply(text, message, message.expected![0])).toBe(fixed)
    // Every replacement offered (American and British spellings) leaves the same construction.
    for (const replacement of message.expected!) expect(apply(text, message, replacement).replace(/criticised/, 'criticized')).toBe(fixed)
  })
})

describe('loaded-attribution-verb: not flagged', () => {
  test.each(valid)('$name: $text', ({ text }) => {
    expect(findings(text).map((m) => flagged(text, m))).toEqual([])
  })
})

describe('loaded-attribution-verb: tiers', () => {
  test('each tier has its own note', () => {
    const notes = [
      findings('The minister claimed that the economy was growing.')[0].note,
      findings('The senator admitted that he had met the lobbyist.')[0].note,
      findings('He ranted that the referee was biased.')[0].note,
      findings('"Not a chance," he laughed.')[0].note,
    ]
    expect(notes.every((note) => typeof note === 'string' && note.length > 0)).toBe(true)
    expect(notes[0]).toMatch(/doubt/i)
    expect(notes[1]).toMatch(/guilt|confession/i)
    expect(notes[2]).toMatch(/emotive|mood/i)
    expect(notes[3]).toMatch(/speech verbs|smile|laugh/i)
  })
  test('a tier can be turned off or raised', () => {
    const text = 'The minister claimed that the economy was growing.'
    expect(findings(text, [[retextAttribution, { [RULE]: ['warning', { tiers: { doubt: 'off' } }] }]])).toEqual([])
    expect(findings(text, [[retextAttribution, { [RULE]: ['warning', { tiers: { doubt: 'error' } }] }]])[0].fatal).toBe(true)
    expect(findings(text, [[retextAttribution, { [RULE]: ['warning', { tiers: { doubt: 'info' } }] }]])[0].fatal).toBeUndefined()
  })
  test('bad tier options throw an error naming the option and the accepted values', () => {
    const attach = (options: unknown) => () => unified().use(retextEnglish).use(retextAttribution, options as never).freeze()
    expect(attach({ [RULE]: ['warning', { tiers: { sarcasm: 'warning' } }] })).toThrow(/sarcasm.*doubt, culpability, emotive, nonspeech, truth, stance/)
    expect(attach({ [RULE]: ['warning', { tiers: { doubt: 'loud' } }] })).toThrow(/tiers\.doubt.*'off' \| 'info' \| 'warning' \| 'error'/)
    expect(attach({ [RULE]: ['warning', { tiers: 'doubt' }] })).toThrow(/"tiers" must be an object/)
    expect(attach({ [RULE]: ['warning', { tier: {} }] })).toThrow(/unknown option "tier".*tiers/)
    expect(lintWith('The minister claimed it.', [[retextAttribution, { [RULE]: ['warning', { tiers: { truth: 'info', stance: 'info' } }] }]])).toBeDefined()
  })
})
