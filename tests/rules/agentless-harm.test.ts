/**
 * agentless-harm: a passive harm verb with no agent in its clause or the sentence before and no
 * statement that the agent is unknown. Off by default (recommended), info in wire and strict,
 * warning in conflict. The fix inserts an agent slot to fill in ("killed by [whom]"); the note says
 * how to name the agent or say that it is unknown.
 */
import { describeTables, findingsOf, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'agentless-harm'

const invalid: FlagCase[] = [
  { text: 'Fighting resumed on Monday. Six civilians were killed in the town.', flagged: 'killed', names: 'were killed', level: 'warning', expected: ['killed by [whom]'], fixed: 'Fighting resumed on Monday. Six civilians were killed by [whom] in the town.' },
  { text: 'A teenager was shot outside his home on Friday.', flagged: 'shot', names: 'was shot', level: 'warning', expected: ['shot by [whom]'], fixed: 'A teenager was shot by [whom] outside his home on Friday.' },
  { text: 'Shelling hit the market, and 20 people were wounded.', flagged: 'wounded', names: 'were wounded', level: 'warning', expected: ['wounded by [whom]'], fixed: 'Shelling hit the market, and 20 people were wounded by [whom].' },
  { text: 'Clashes broke out near the square. Twelve protesters were injured.', flagged: 'injured', names: 'were injured', level: 'warning', expected: ['injured by [whom]'] },
  { text: 'A man was stabbed in the city centre on Saturday.', flagged: 'stabbed', names: 'was stabbed', level: 'warning', expected: ['stabbed by [whom]'] },
  { text: 'The woman was raped on her way home.', flagged: 'raped', names: 'was raped', level: 'warning', expected: ['raped by [whom]'] },
  { text: 'Two aid workers were kidnapped in the north.', flagged: 'kidnapped', names: 'were kidnapped', level: 'warning', expected: ['kidnapped by [whom]'] },
  { text: 'As the offensive went on, the hospital was shelled twice.', flagged: 'shelled', names: 'was shelled', level: 'warning', expected: ['shelled by [whom]'] },
  { text: 'The crackdown continued, and 30 students were detained.', flagged: 'detained', names: 'were detained', level: 'warning', expected: ['detained by [whom]'] },
  { text: 'The fighting spread west. Thousands of families were displaced.', flagged: 'displaced', names: 'were displaced', level: 'warning', expected: ['displaced by [whom]'] },
  { text: 'The journalist was shot dead at a checkpoint.', flagged: 'shot dead', names: 'was shot dead', level: 'warning', expected: ['shot dead by [whom]'], fixed: 'The journalist was shot dead by [whom] at a checkpoint.' },
  { text: 'During the riots, a policeman was beaten to death.', flagged: 'beaten to death', names: 'was beaten to death', level: 'warning', expected: ['beaten to death by [whom]'] },
  { name: 'an adverb between the auxiliary and the verb', text: 'Protesters were reportedly tortured in custody.', flagged: 'tortured', names: 'were reportedly tortured', level: 'warning', expected: ['tortured by [whom]'] },
  { name: 'an attack that names no attacker', text: 'Three people have been killed in an air strike on the village.', flagged: 'killed', names: 'been killed', level: 'warning', expected: ['killed by [whom]'] },
  { text: 'The convoy was ambushed near the border during the offensive.', flagged: 'ambushed', names: 'was ambushed', level: 'warning', expected: ['ambushed by [whom]'] },
  { name: 'the subject is the victim, not the agent', text: 'Two soldiers were killed in the attack on the base.', flagged: 'killed', names: 'were killed', level: 'warning', expected: ['killed by [whom]'] },
  { text: 'A man was gunned down outside a bar.', flagged: 'gunned down', names: 'was gunned down', level: 'warning', expected: ['gunned down by [whom]'] },
  { name: 'a get-passive', text: 'Several prisoners got beaten during the riot.', flagged: 'beaten', names: 'got beaten', level: 'warning', expected: ['beaten by [whom]'] },
  { text: 'During the unrest, 12 people were killed and 40 injured.', flagged: 'killed', names: 'were killed', level: 'warning', expected: ['killed by [whom]'] },
  { name: 'info in wire and strict', text: 'A teenager was shot outside his home.', flagged: 'shot', names: 'was shot', level: 'info', setting: 'info', expected: ['shot by [whom]'] },
  { name: 'quoted words at info with quoted: info, and no fix', text: '"My son was shot in the street," she said.', flagged: 'shot', names: 'was shot', level: 'info', options: { quoted: 'info' } },
]

const valid: Pass[] = [
  // The agent is named: "by", the sentence before, the same sentence across a clause
  'Six civilians were killed by an army patrol.',
  'A teenager was shot by police outside his home.',
  'Gunmen opened fire on a bus on Monday. Six people were killed.',
  'Troops opened fire on the crowd, and nine people were killed.',
  'Nine people were killed when soldiers opened fire.',
  'Six people were killed in a Russian missile strike.',
  'Thirty students were detained by police after the clashes.',
  // The text says the agent is unknown
  'A teenager was shot by unidentified gunmen.',
  'Six people were killed in the attack. It was not clear who carried it out.',
  // Accidents, disasters, sport, other senses
  'Three people were killed in a car crash.',
  'Two people were killed in an earthquake.',
  'The striker was injured in training.',
  'England were beaten 2-0 in the final.',
  'The plan was attacked by critics.',
  'The minister was attacked over his remarks.',
  'Thousands of families were displaced by the floods.',
  'The film was shot in Morocco.',
  // Someone is charged or convicted, or the previous sentence says who did it in the active voice
  'Van Gogh was shot in Amsterdam. A man has been charged with his murder.',
  'The woman said he drugged and raped her. She was assaulted after a party, she said.',
  // Not harm done: a purpose, a possibility, a negative, the generic "you"
  'Flushing out foxes to be shot is still legal.',
  'Species that can be shot include wild pigs.',
  'He could be deported without risk of being tortured.',
  'There was no evidence that any detainee was tortured during the clashes.',
  'In the game, when you get shot you start again.',
  // No harm, active voice, quotes
  'No one was injured in the clashes near the square.',
  'The guards were not hurt during the riot.',
  'Police shot a man in the street.',
  '"My son was shot in the street," she said.',
]

describeTables(RULE, invalid, valid, 'warning', () => {
  test('is off by default (the recommended preset)', () => {
    expect(findingsOf(RULE, 'A teenager was shot outside his home on Friday.')).toEqual([])
  })
  test('the note says how to name the agent', () => {
    const [message] = findingsOf(RULE, 'A teenager was shot outside his home.', 'warning')
    expect(message.note).toMatch(/Name who did it/)
    expect(message.note).toMatch(/not clear who/)
  })
})
