/**
 * framed-term: one side's vocabulary where a neutral term exists. Fixes keep number and articles
 * ("illegal immigrants" → "undocumented immigrants", "a crisis pregnancy center" → "an anti-abortion
 * center"). "Undocumented" is a preset choice: accepted by default (NAHJ; recommended), flagged with
 * AP's wording when `undocumented: 'flag'` (wire), which also drops it from the alternatives.
 */
import { describeTables, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'framed-term'
const IMMIGRANTS = ['undocumented immigrants', 'immigrants living in the country illegally']

const invalid: FlagCase[] = [
  { text: 'Pro-life campaigners gathered outside the clinic.', flagged: 'Pro-life', level: 'warning', expected: ['Anti-abortion'], fixed: 'Anti-abortion campaigners gathered outside the clinic.' },
  { text: 'The bill was backed by pro-life groups.', flagged: 'pro-life', level: 'warning', expected: ['anti-abortion'], fixed: 'The bill was backed by anti-abortion groups.' },
  { text: 'Pro-lifers marched on the capital.', flagged: 'Pro-lifers', level: 'warning', expected: ['Anti-abortion campaigners'], fixed: 'Anti-abortion campaigners marched on the capital.' },
  { text: 'Pro-choice groups welcomed the ruling.', flagged: 'Pro-choice', level: 'warning', expected: ['Abortion-rights'], fixed: 'Abortion-rights groups welcomed the ruling.' },
  { text: 'Pro-choicers rallied outside the court.', flagged: 'Pro-choicers', level: 'warning', expected: ['Abortion-rights supporters'] },
  { text: 'The pro-abortion lobby spent millions.', flagged: 'pro-abortion', level: 'warning', expected: ['abortion-rights'] },
  { text: 'Anti-choice activists blocked the clinic.', flagged: 'Anti-choice', level: 'warning', expected: ['Anti-abortion'], fixed: 'Anti-abortion activists blocked the clinic.' },
  { text: 'The abortionist was named in the report.', flagged: 'abortionist', level: 'warning', expected: ['abortion provider'], fixed: 'The abortion provider was named in the report.' },
  { text: 'The law bans late-term abortions except in emergencies.', flagged: 'late-term abortions', level: 'warning', expected: ['abortions later in pregnancy'], fixed: 'The law bans abortions later in pregnancy except in emergencies.' },
  { name: 'an uncountable alternative drops the article', text: 'Doctors can detect a fetal heartbeat at six weeks.', flagged: 'a fetal heartbeat', names: 'fetal heartbeat', level: 'warning', expected: ['cardiac activity'], fixed: 'Doctors can detect cardiac activity at six weeks.' },
  { text: 'The governor signed the heartbeat bill on Friday.', flagged: 'heartbeat bill', level: 'warning', expected: ['six-week abortion ban'], fixed: 'The governor signed the six-week abortion ban on Friday.' },
  { text: 'She visited a crisis pregnancy center in Texas.', flagged: 'a crisis pregnancy center', names: 'crisis pregnancy center', level: 'warning', expected: ['an anti-abortion center'], fixed: 'She visited an anti-abortion center in Texas.' },
  { text: 'The raid targeted illegal aliens at the plant.', flagged: 'illegal aliens', level: 'warning', expected: IMMIGRANTS, fixed: 'The raid targeted undocumented immigrants at the plant.' },
  { text: 'Police detained two illegal immigrants at the port.', flagged: 'illegal immigrants', level: 'warning', expected: IMMIGRANTS, fixed: 'Police detained two undocumented immigrants at the port.' },
  { name: 'an article before a singular term', text: 'An illegal immigrant was found in the lorry.', flagged: 'An illegal immigrant', names: 'illegal immigrant', level: 'warning', expected: ['An undocumented immigrant', 'An immigrant living in the country illegally'], fixed: 'An undocumented immigrant was found in the lorry.' },
  { text: 'The sheriff promised to round up illegals.', flagged: 'illegals', level: 'warning', expected: IMMIGRANTS, fixed: 'The sheriff promised to round up undocumented immigrants.' },
  { name: 'wire: undocumented is flagged, with AP’s wording', text: 'The farm employed 40 undocumented workers.', flagged: 'undocumented workers', level: 'warning', options: { undocumented: 'flag' }, expected: ['immigrants living in the country illegally'] },
  { name: 'wire: undocumented is not offered', text: 'Police detained two illegal immigrants at the port.', flagged: 'illegal immigrants', level: 'warning', options: { undocumented: 'flag' }, expected: ['immigrants living in the country illegally'], fixed: 'Police detained two immigrants living in the country illegally at the port.' },
  { text: 'The senator complained about anchor babies.', flagged: 'anchor babies', level: 'warning', expected: ['US-born children of immigrants'], fixed: 'The senator complained about US-born children of immigrants.' },
  { text: 'The party promised to scrap the death tax.', flagged: 'death tax', level: 'warning', expected: ['inheritance tax', 'estate tax'], fixed: 'The party promised to scrap the inheritance tax.' },
  { text: 'A homicide bomber struck the market.', flagged: 'A homicide bomber', names: 'homicide bomber', level: 'warning', expected: ['A suicide bomber'], fixed: 'A suicide bomber struck the market.' },
  { text: 'Parents protested against forced busing in 1974.', flagged: 'forced busing', level: 'warning', expected: ['busing'], fixed: 'Parents protested against busing in 1974.' },
  { name: 'a name tied to a place', text: 'The Chinese virus spread across Europe.', flagged: 'Chinese virus', level: 'warning', expected: ['coronavirus'], fixed: 'The coronavirus spread across Europe.' },
  { text: 'The bill would deport aliens who overstay their visas.', flagged: 'aliens', level: 'warning', expected: ['immigrants'], fixed: 'The bill would deport immigrants who overstay their visas.' },
  { name: 'quoted words at info with quoted: info', text: '"We are pro-life," the senator said.', flagged: 'pro-life', level: 'info', options: { quoted: 'info' } },
]

const valid: Pass[] = [
  // Proper names, quotes, attribution
  'Members of the Pro-Life Action League gathered outside.',
  'Pro-Life Alliance members met on Monday.',
  'Congress passed the Partial-Birth Abortion Ban Act in 2003.',
  '"We are pro-life," the senator said.',
  'The senator said his party was pro-life.',
  'The group describes itself as pro-life.',
  'The senator repeatedly called them "illegal aliens".',
  'The mayor called the tax a death tax.',
  // The neutral terms
  'Anti-abortion campaigners gathered outside the clinic.',
  'Abortion-rights groups welcomed the ruling.',
  'Doctors detected cardiac activity at six weeks.',
  'The party promised to scrap inheritance tax.',
  'The farm employed 40 immigrants without legal permission.',
  // AP allows "illegal immigration" (an action); "undocumented" is accepted by default
  'The bill aims to reduce illegal immigration.',
  'The farm employed 40 undocumented workers.',
  // Other senses
  'Astronomers have found no sign of alien life.',
  'Invasive alien species threaten native plants.',
  'The idea was alien to him.',
  'The game involves killing aliens invading Earth.',
  'The film tells the story of a backstreet abortionist in the 1950s.',
]

describeTables(RULE, invalid, valid, 'warning')
