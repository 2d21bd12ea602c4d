/**
 * `deny`: a newsroom's own entries, in the lexicon's format, validated like the built-in ones and
 * treated like them (the speaker's words in a quotation and attributed labels are not flagged).
 */
import { retext } from 'retext'
import retextLoadedTerms from '../../src/plugins/loaded-terms.js'
import { expectConfigError } from '../helpers.js'
import { lintSync } from '../../src/lint.js'
import { validateDeny } from '../../src/lexicon/deny.js'

/** A style book's entries, as a newsroom would write them in .copydeskrc.yml. */
const STYLE_BOOK = [
  {
    term: 'slum',
    forms: ['slums'],
    rule: 'contested-label',
    note: 'House style: name the neighbourhood, or say "informal settlement".',
    alternatives: ['informal settlement'],
    reference: 'Desk style book, section 4',
  },
  {
    term: 'jaw-dropping',
    rule: 'puffery',
    severity: 'info',
    note: 'House style: say what happened and let readers judge.',
    alternatives: [''],
  },
  {
    term: 'shake-up',
    forms: ['shake-ups'],
    rule: 'emotive-language',
    note: 'House style: say what changed ("three ministers were replaced").',
    alternatives: ['reshuffle'],
    data: { notBefore: ['call'] },
  },
  {
    term: 'militant',
    forms: ['militants'],
    rule: 'contested-label',
    note: 'House style: name the group, or say "fighters".',
    alternatives: ['fighter'],
  },
]
const config = { deny: STYLE_BOOK }

test.each([
  ['Police cleared a slum near the airport.', 'contested-label', 'a slum', 'an informal settlement', 'warning', 0],
  ['The city plans to demolish two slums by March.', 'contested-label', 'slums', 'informal settlements', 'warning', 0],
  ['Slums ring the capital.', 'contested-label', 'Slums', 'Informal settlements', 'warning', 0],
  ['The new stadium is a jaw-dropping sight.', 'puffery', 'a jaw-dropping sight', 'a sight', 'info', 1],
  ['The shake-up left three ministers without posts.', 'emotive-language', 'shake-up', 'reshuffle', 'info', 2],
  // The newsroom's entry wins over the built-in one (recommended leaves "militant" off).
  ['Three militants attacked the checkpoint at dawn.', 'contested-label', 'militants', 'fighters', 'warning', 3],
])('a newsroom entry is flagged in the writer’s voice: %s', (text, ruleId, flagged, expected, severity, entry) => {
  const messages = lintSync(text, { config }).messages.filter((m) => m.ruleId === ruleId)
  expect(messages).toHaveLength(1)
  const [message] = messages
  const place = message.place as { start: { offset: number }; end: { offset: number } }
  expect(text.slice(place.start.offset, place.end.offset)).toBe(flagged)
  expect(message.expected).toEqual([expected])
  expect(message.note).toBe(STYLE_BOOK[entry].note)
  expect(message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info').toBe(severity)
})

test.each([
  // The speaker's words, an attributed label, another sense the entry's conditions name.
  ['"We grew up in the slum and we are proud of it," said Ana Ruiz, 34.'],
  ['The ministry described the district as a slum.'],
  ['Analysts called for a shake-up call of the whole board.'],
  ['The army said militants had fired first.'],
  // Not the newsroom's words, and without the configuration the built-in lexicon alone.
  ['Residents asked the council to repair the slum housing estate roofs.'],
])('a newsroom entry is not flagged where the built-in entries would not be: %s', (text) => {
  const ruleIds = new Set(STYLE_BOOK.map((entry) => entry.rule))
  const flagged = lintSync(text, { config }).messages.filter((m) => ruleIds.has(m.ruleId ?? '') && /slum|shake-up|militant/i.test(String(m.actual)))
  if (text.startsWith('Residents')) {
    // The entry has no condition for "slum housing": it is flagged; the plain lint is not.
    expect(flagged.map((m) => m.actual)).toEqual(['slum'])
    expect(lintSync(text).messages.filter((m) => /slum/.test(String(m.actual)))).toEqual([])
  } else {
    expect(flagged).toEqual([])
  }
})

test('the same entries work in a hand-built retext pipeline', () => {
  const file = retext().use(retextLoadedTerms, { deny: STYLE_BOOK }).processSync('Police cleared a slum near the airport.')
  expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['contested-label', 'a slum']])
})

test.each([
  [[{ term: 'slum', rule: 'contested-label' }], ['deny[0] (slum)', '"note"']],
  [[{ term: 'slum', note: 'x' }], ['deny[0]', '"rule"', 'contested-label, framed-term, euphemism, doubt-marker, emotive-language, puffery, editorializing']],
  [[{ term: 'slum', rule: 'vague-source', note: 'x' }], ['deny[0] (slum)', 'unknown rule "vague-source"', 'puffery']],
  [[{ term: 'slum', rule: 'puffery', note: 'x', colour: 'red' }], ['deny[0]', 'unknown field "colour"', 'alternatives']],
  [[{ term: 'slum', rule: 'puffery', note: 'x', severity: 'loud' }], ['"severity"', 'off, info, warning, error']],
  [[{ term: 'slum', rule: 'puffery', note: 'x', data: { notBefore: 'housing' } }], ['data.notBefore', 'a list of words']],
  [[{ term: 'slum', rule: 'puffery', note: 'x', data: { role: 'agent' } }], ['unknown condition data.role', 'notBefore']],
  [[{ term: 'slum', rule: 'puffery', note: 'x', data: { pos: 'adverb' } }], ['data.pos', "'noun' | 'verb' | 'adj'"]],
  [[{ term: 'slum', rule: 'puffery', note: 'x', examples: { flag: ['a slum'] } }], ['[brackets]']],
  [[{ term: 'slum', rule: 'puffery', note: 'x' }, { term: 'slums', forms: ['slum'], rule: 'puffery', note: 'y' }], ['deny[1]', '"slum" is already matched by deny[0]']],
  [['slum'], ['deny[0]', '"term", "note" and "reference"']],
  [{ slum: 'informal settlement' }, ['"deny" must be a list of lexicon entries']],
])('a malformed entry names the file, the entry and the accepted values: %j', (deny, words) => {
  expectConfigError({ deny }, '/desk/.copydeskrc.yml', words)
})

test('validated entries keep the defaults of the lexicon format and their own reference', () => {
  const [slum, jaw] = validateDeny(STYLE_BOOK, 'x')
  expect(slum).toMatchObject({ id: 'deny:slum', rule: 'contested-label', severity: 'warning', reference: 'Desk style book, section 4', category: 'deny' })
  expect(jaw).toMatchObject({ severity: 'info', reference: 'house style' })
})

test('the plugin rejects a bad deny list too, naming the plugin and the entry', () => {
  expect(() => retext().use(retextLoadedTerms, { deny: [{ term: 'slum', rule: 'puffery' }] }).processSync('x')).toThrow(/retextLoadedTerms: deny\[0\] \(slum\): every entry needs a "note"/)
})
