/**
 * contested-label: value-laden labels in the writer's voice. `invalid` holds sentences with one
 * finding: the text its place covers (with "a"/"an" when the fix changes the article), the level,
 * the exact `expected` and the sentence after the first fix. `valid` holds every context that makes
 * a label the source's or another sense: quotes, "called" cues and their covers, reported clauses,
 * naming verbs, proper names and fixed terms, legal contexts, and the other senses in the lexicon.
 */
import { RULE_PRECEDENCE, resolveOverlaps, type TermHit } from '../../src/rules/loaded-scan.js'
import { describeTables, findingsOf, placeOf, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'contested-label'

const invalid: FlagCase[] = [
  { text: 'Two terrorists were arrested near the border.', flagged: 'terrorists', level: 'warning', expected: ['attackers', 'gunmen', 'bombers', 'militants'], fixed: 'Two attackers were arrested near the border.' },
  { text: 'A terrorist planted the bomb.', flagged: 'A terrorist', names: 'terrorist', level: 'warning', expected: ['An attacker', 'A gunman', 'A bomber', 'A militant'], fixed: 'An attacker planted the bomb.' },
  { text: 'Terrorists stormed the hotel on Friday.', flagged: 'Terrorists', level: 'warning', expected: ['Attackers', 'Gunmen', 'Bombers', 'Militants'], fixed: 'Attackers stormed the hotel on Friday.' },
  { text: 'Nine people died in the terrorist attack on the market.', flagged: 'terrorist attack', level: 'warning', expected: ['attack', 'bombing'], fixed: 'Nine people died in the attack on the market.' },
  { text: 'The terror attack closed the station.', flagged: 'terror attack', level: 'warning', expected: ['attack'], fixed: 'The attack closed the station.' },
  { text: 'Police raided a terror cell in Leeds.', flagged: 'a terror cell', names: 'terror cell', level: 'warning', expected: ['a cell', 'an armed group'], fixed: 'Police raided a cell in Leeds.' },
  { text: 'The bombing was an act of terrorism.', flagged: 'an act of terrorism', names: 'act of terrorism', level: 'warning', expected: ['an attack'], fixed: 'The bombing was an attack.' },
  { text: 'Religious fanatics burned the church.', flagged: 'fanatics', level: 'warning' },
  { text: 'The mosque was run by a radical cleric.', flagged: 'radical', level: 'warning' },
  { text: 'An angry mob surrounded the court.', flagged: 'mob', level: 'warning', expected: ['crowd'], fixed: 'An angry crowd surrounded the court.' },
  { name: 'a label in the source of a cue is the writer’s', text: 'Former members of the cult say they were cut off from their families.', flagged: 'cult', level: 'warning', expected: ['group', 'movement'], fixed: 'Former members of the group say they were cut off from their families.' },
  { name: 'a named government', text: 'The Assad regime denied the attack.', flagged: 'regime', level: 'warning', expected: ['government', 'administration'], fixed: 'The Assad government denied the attack.' },
  { name: 'the regime in + a name', text: 'Protests against the regime in Tehran grew.', flagged: 'regime', level: 'warning', expected: ['government', 'administration'], fixed: 'Protests against the government in Tehran grew.' },
  { name: 'a possessive name', text: "Sanctions hit Iran's regime hardest.", flagged: 'regime', level: 'warning', expected: ['government', 'administration'] },
  { text: 'Thugs beat voters outside the polling station.', flagged: 'Thugs', level: 'warning', expected: ['Attackers'], fixed: 'Attackers beat voters outside the polling station.' },
  { text: 'The racist councillor refused to resign.', flagged: 'racist', level: 'warning' },
  { text: 'The puppet government in the east collapsed.', flagged: 'puppet', level: 'warning' },
  { text: 'The conference was packed with climate deniers.', flagged: 'climate deniers', level: 'warning', expected: ['climate change doubters'], fixed: 'The conference was packed with climate change doubters.' },
  { text: 'The channel broadcast propaganda about the war.', flagged: 'propaganda', level: 'warning' },
  { text: 'The jihadists seized two towns in the north.', flagged: 'jihadists', level: 'warning', expected: ['militants', 'fighters'], fixed: 'The militants seized two towns in the north.' },
  { name: 'a label next to a cue but outside what it covers', text: 'The minister said talks would resume, as terrorists attacked the base.', flagged: 'terrorists', level: 'warning', expected: ['attackers', 'gunmen', 'bombers', 'militants'] },
  { name: 'a label in the sentence after an attributed one', text: 'The ministry called the attack terrorism. The terrorists fled.', flagged: 'terrorists', level: 'warning', expected: ['attackers', 'gunmen', 'bombers', 'militants'] },
  { name: 'militant in conflict and strict (option militant: info); militant is not offered', text: 'Militants attacked the convoy near the border.', flagged: 'Militants', level: 'info', options: { militant: 'info' }, expected: ['Fighters', 'Gunmen'], fixed: 'Fighters attacked the convoy near the border.' },
  { name: 'insurgent follows the militant option', text: 'Insurgents fired rockets at the base.', flagged: 'Insurgents', level: 'warning', options: { militant: 'warning' }, expected: ['Fighters'] },
  { name: 'quoted words at info with quoted: info, and no fix', text: '"These are terrorists," the minister said.', flagged: 'terrorists', level: 'info', options: { quoted: 'info' } },
  { name: 'an error severity makes the message fatal', text: 'The terrorists fled in a stolen car.', flagged: 'terrorists', level: 'error', setting: 'error', expected: ['attackers', 'gunmen', 'bombers', 'militants'] },
]

const valid: Pass[] = [
  // Attributed: naming verbs, "called" cues and what they cover, reported clauses
  'The ministry called the bombers terrorists.',
  'The minister condemned what he called a terrorist attack.',
  'The group was designated a terrorist organisation by the State Department.',
  'The group, which the US lists as a terrorist organisation, denied involvement.',
  'The ministry said the attack was an act of terrorism.',
  'Police said two terrorists had been arrested near the border.',
  'Critics branded him a thug.',
  'The ministry described the group as extremists.',
  'Army experts examined what police called a terror cell.',
  // Quotes
  '"These are terrorists," the minister said.',
  'The general spoke of "terrorists and thugs" in the hills.',
  // Proper names and fixed terms
  'He was held under the Terrorism Act.',
  'Counter-terrorism police searched the house.',
  'The men face terrorism charges.',
  'Historians still study the Cult of the Supreme Being.',
  'Fighters from Islamic State seized the town.',
  'Her novel "The Terrorist" won the prize.',
  'She starred in Terror Attack At Midnight, a thriller.',
  // Legal contexts and generic uses
  'Two terrorists were convicted at the Old Bailey.',
  'He admitted possessing extremist material.',
  'The minister said the terrorist threat level would stay at severe.',
  'The club was fined after racist chanting at the match.',
  // Other senses
  'The Treasury announced a simpler tax regime for small firms.',
  'The UN tightened the sanctions regime on Friday.',
  'The striker changed his training regime in the summer.',
  'Historians have studied the Nazi regime for decades.',
  'The show has a cult following in Japan.',
  'The film became a cult classic.',
  'The government announced a radical overhaul of the tax system.',
  'Antioxidants protect cells from free radicals.',
  'Children watched a puppet show in the park.',
  'Hundreds joined a flash mob in the square.',
  // Militant and insurgent are accepted by default (recommended, wire)
  'Militants attacked the convoy near the border.',
  'Insurgents fired rockets at the base.',
]

describeTables(RULE, invalid, valid, 'warning', () => {

  test('one message per span: the more specific rule wins an overlap', () => {
    const hit = (rule: string, start: number, end: number): TermHit =>
      ({ entry: { rule } as TermHit['entry'], phrase: '', first: 0, last: 0, start, end, sentence: 0, quote: -1, attributed: false, cue: false, blocked: null }) as TermHit
    const kept = resolveOverlaps([hit('emotive-language', 0, 10), hit('contested-label', 4, 12)])
    expect(kept.map((h) => h.entry.rule)).toEqual(['contested-label'])
    expect(RULE_PRECEDENCE.indexOf('contested-label')).toBeLessThan(RULE_PRECEDENCE.indexOf('emotive-language'))
  })

  test('labels and emotive words in one sentence give one message each, never on the same span', () => {
    const text = 'The brutal terrorists attacked the village.'
    const messages = [...findingsOf(RULE, text), ...findingsOf('emotive-language', text, 'warning')]
    const spans = messages.map(placeOf).sort((a, b) => a.start - b.start)
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end)
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['contested-label', 'emotive-language'])
  })
})
