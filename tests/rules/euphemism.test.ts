/**
 * euphemism: softening that hides harm or who caused it. Verbs keep their tense in the fix
 * ("passed away" -> "died", "lost their lives" -> "died", "neutralised" -> "killed"); words such as
 * "neutralised", "eliminated" and "executed" count only with people (or armed groups) nearby and
 * never in judicial or sport senses.
 */
import { describeTables, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'euphemism'

const invalid: FlagCase[] = [
  { text: 'The strike caused collateral damage in the market.', flagged: 'collateral damage', level: 'warning', expected: ['civilian casualties'], fixed: 'The strike caused civilian casualties in the market.' },
  { text: 'Special forces neutralised three gunmen at the airport.', flagged: 'neutralised', level: 'warning', expected: ['killed'], fixed: 'Special forces killed three gunmen at the airport.' },
  { text: 'The suspect was neutralized by officers.', flagged: 'neutralized', level: 'warning', expected: ['killed'], fixed: 'The suspect was killed by officers.' },
  { text: 'Troops are neutralising the snipers one by one.', flagged: 'neutralising', level: 'warning', expected: ['killing'], fixed: 'Troops are killing the snipers one by one.' },
  { text: 'Drones eliminated two rebel commanders overnight.', flagged: 'eliminated', level: 'warning', expected: ['killed'], fixed: 'Drones killed two rebel commanders overnight.' },
  { text: 'The army carried out a surgical strike on the camp.', flagged: 'a surgical strike', names: 'surgical strike', level: 'warning', expected: ['an air strike'], fixed: 'The army carried out an air strike on the camp.' },
  { text: 'Detainees were subjected to enhanced interrogation at the site.', flagged: 'enhanced interrogation', level: 'warning' },
  { text: 'The man died in an officer-involved shooting on Friday.', flagged: 'an officer-involved shooting', names: 'officer-involved shooting', level: 'warning', expected: ['a police shooting'], fixed: 'The man died in a police shooting on Friday.' },
  { text: 'The officer-involved incident is under review.', flagged: 'officer-involved', level: 'warning' },
  { text: 'The actor passed away at home on Sunday.', flagged: 'passed away', level: 'warning', expected: ['died'], fixed: 'The actor died at home on Sunday.' },
  { text: 'Her father is passing away in a hospice.', flagged: 'passing away', level: 'warning', expected: ['dying'], fixed: 'Her father is dying in a hospice.' },
  { text: 'Forty miners lost their lives in the blast.', flagged: 'lost their lives', level: 'warning', expected: ['died'], fixed: 'Forty miners died in the blast.' },
  { text: 'A nurse lost her life in the fire.', flagged: 'lost her life', level: 'warning', expected: ['died'], fixed: 'A nurse died in the fire.' },
  { text: 'The soldier gave his life in the ambush.', flagged: 'gave his life', level: 'warning', expected: ['died'], fixed: 'The soldier died in the ambush.' },
  { text: 'Rebel forces liberated the town on Monday.', flagged: 'liberated', level: 'warning', expected: ['captured'], fixed: 'Rebel forces captured the town on Monday.' },
  { text: 'The militants executed three hostages on video.', flagged: 'executed', level: 'warning', expected: ['killed'], fixed: 'The militants killed three hostages on video.' },
  { text: 'The special military operation began in February 2022.', flagged: 'special military operation', level: 'warning', expected: ['invasion'], fixed: 'The invasion began in February 2022.' },
  { text: 'The army began the pacification of the valley.', flagged: 'pacification', level: 'warning' },
  { text: 'The economy recorded negative growth in the third quarter.', flagged: 'negative growth', level: 'warning', expected: ['contraction'], fixed: 'The economy recorded contraction in the third quarter.' },
  { name: 'a plural alternative drops the article', text: 'The bank plans a workforce reduction of 8%.', flagged: 'a workforce reduction', names: 'workforce reduction', level: 'warning', expected: ['job cuts'], fixed: 'The bank plans job cuts of 8%.' },
  { text: 'The senator misspoke about his military record.', flagged: 'misspoke', level: 'warning' },
  { text: 'The firm let go 200 workers in March.', flagged: 'let go', level: 'warning' },
  { name: 'quoted words at info with quoted: info', text: '"He passed away peacefully," his family said.', flagged: 'passed away', level: 'info', options: { quoted: 'info' } },
]

const valid: Pass[] = [
  // Other senses
  'Army experts neutralised the bomb.',
  'Add lime to neutralise the acid in the soil.',
  'The team was eliminated from the tournament on penalties.',
  'The merger eliminated 500 jobs.',
  'The company executed its plan to cut costs.',
  'The prisoner was executed by lethal injection after 20 years on death row.',
  'The broker executed the trade in seconds.',
  'She said leaving the job was a liberating experience.',
  'She refused to let go of the rope.',
  'A recession is commonly defined as two quarters of negative growth.',
  // Decided: not a euphemism that hides harm
  'Staff reported an issue with the printer.',
  // Plain words
  'The actor died at home on Sunday.',
  'Forty miners were killed in the blast.',
  'Police shot a man in the street.',
  // Quotes and attribution
  '"He passed away peacefully," his family said.',
  'The general described the deaths as collateral damage.',
  'The agency said it used what it called enhanced interrogation.',
  'Moscow launched what it calls a special military operation in February 2022.',
  'The senator said he had misspoken.',
  'The family said he had passed away in his sleep.',
]

describeTables(RULE, invalid, valid, 'warning')
