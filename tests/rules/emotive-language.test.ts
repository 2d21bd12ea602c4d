/**
 * emotive-language: sensational, demonising or victimising words in the writer's voice. Info by
 * default (recommended), warning where a preset sets it (conflict, strict). `invalid` gives the span
 * the fix replaces (an adjective's fix takes the next word, so the sentence stays clean), the exact
 * `expected` and the fixed sentence; `valid` covers quotes, attributed characterisations, names of
 * events, the other senses in the lexicon, and sport and arts copy where the words judge a game or
 * describe a plot.
 */
import { describeTables, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'emotive-language'

const invalid: FlagCase[] = [
  { text: 'Police released details of the horrific attack.', flagged: 'horrific attack', names: 'horrific', level: 'info', expected: ['attack'], fixed: 'Police released details of the attack.' },
  { text: 'The massacre of villagers began at dawn.', flagged: 'massacre', level: 'info', expected: ['killing'], fixed: 'The killing of villagers began at dawn.' },
  { text: 'Soldiers massacred the villagers in 1982.', flagged: 'massacred', level: 'info', expected: ['killed'], fixed: 'Soldiers killed the villagers in 1982.' },
  { text: 'The slaughter of civilians went on for three days.', flagged: 'slaughter', level: 'info', expected: ['killing'], fixed: 'The killing of civilians went on for three days.' },
  { text: 'Television pictures showed the carnage at the station.', flagged: 'carnage', level: 'info' },
  { text: 'The barbaric killings shocked the country.', flagged: 'barbaric killings', names: 'barbaric', level: 'info', expected: ['killings'], fixed: 'The killings shocked the country.' },
  { name: 'an article before a deleted adjective is fixed too', text: 'A brutal attack left two men in hospital.', flagged: 'A brutal attack', names: 'brutal', level: 'info', expected: ['An attack'], fixed: 'An attack left two men in hospital.' },
  { name: 'the next word is flagged by another rule: delete the word and its space only', text: 'The prisoners were brutally beaten by guards.', flagged: 'brutally ', names: 'brutally', level: 'info', expected: [''], fixed: 'The prisoners were beaten by guards.' },
  { text: 'The vicious assault was caught on camera.', flagged: 'vicious assault', names: 'vicious', level: 'info', expected: ['assault'], fixed: 'The assault was caught on camera.' },
  { text: 'The evil regime fell in 1989.', flagged: 'evil', level: 'info' },
  { text: 'The devastating floods destroyed 300 homes.', flagged: 'devastating floods', names: 'devastating', level: 'info', expected: ['floods'], fixed: 'The floods destroyed 300 homes.' },
  { text: 'The tragedy happened on the bypass at 3am.', flagged: 'tragedy', level: 'info' },
  { text: 'The journey turned into a nightmare for passengers.', flagged: 'nightmare', level: 'info' },
  { text: 'Snow caused chaos on the roads.', flagged: 'chaos', level: 'info' },
  { text: 'Police made the gruesome discovery on Sunday.', flagged: 'gruesome discovery', names: 'gruesome', level: 'info', expected: ['discovery'], fixed: 'Police made the discovery on Sunday.' },
  { text: 'The senator gave a bizarre speech on the floor.', flagged: 'a bizarre speech', names: 'bizarre', level: 'info', expected: ['a speech'], fixed: 'The senator gave a speech on the floor.' },
  { text: 'The draconian law bans all protests.', flagged: 'draconian law', names: 'draconian', level: 'info', expected: ['law'], fixed: 'The law bans all protests.' },
  { text: "The senator's toxic rhetoric drew crowds.", flagged: 'toxic rhetoric', names: 'toxic', level: 'info', expected: ['rhetoric'], fixed: "The senator's rhetoric drew crowds." },
  { text: 'A crazed gunman opened fire in the mall.', flagged: 'A crazed gunman', names: 'crazed', level: 'info', expected: ['A gunman'], fixed: 'A gunman opened fire in the mall.' },
  { name: 'sentence start: the next word takes the capital', text: 'Gruesome details emerged at the inquest.', flagged: 'Gruesome details', names: 'Gruesome', level: 'info', expected: ['Details'], fixed: 'Details emerged at the inquest.' },
  { text: 'Prices rose dramatically in March.', flagged: 'dramatically in', names: 'dramatically', level: 'info', expected: ['in'], fixed: 'Prices rose in March.' },
  { text: 'It was a terrible mistake by the council.', flagged: 'a terrible mistake', names: 'terrible', level: 'info', expected: ['a mistake'], fixed: 'It was a mistake by the council.' },
  { name: 'warning where a preset sets it (conflict)', text: 'The carnage shocked the town.', flagged: 'carnage', level: 'warning', setting: 'warning' },
  { name: 'quoted words at info with quoted: info, and no fix', text: '"It was a horrific attack," the mayor said.', flagged: 'horrific', level: 'info', options: { quoted: 'info' } },
  { name: 'a victimising word (Howard)', text: 'The devastated family left flowers at the scene.', flagged: 'devastated', level: 'info' },
]

const valid: Pass[] = [
  // Attributed characterisations and quotes
  'The mayor described the attack as horrific.',
  'The president condemned the killings as barbaric.',
  'The minister called the killings a massacre.',
  '"It was a horrific attack," the mayor said.',
  'Residents said the floods were devastating.',
  // Names of events
  'Historians still argue about the Boston Massacre.',
  'Relatives marked the anniversary of the Srebrenica massacre.',
  'Families marked the anniversary of the Hillsborough tragedy.',
  // Other senses
  'The team faces a brutal schedule over Christmas.',
  'The coach was brutally honest about the defeat.',
  'Thousands marched against police brutality.',
  'Debt and poverty form a vicious circle.',
  'Firefighters found toxic chemicals in the warehouse.',
  'The bank sold its toxic assets.',
  'Farmers sent the cattle for slaughter at the abattoir.',
  'The theatre is staging a Greek tragedy this spring.',
  'The lecture covered chaos theory.',
  'He admitted reckless driving.',
  'She wore a shocking pink coat.',
  'Sharks are predatory fish.',
  'Tolls are a necessary evil for the road network.',
  'The night was bitterly cold.',
  'There was an awful lot of rain in March.',
  // Negated judgements and reported ones the model has no cue for
  'This is not because the voters are stupid.',
  'It was not a terrible result for the party.',
  'The chairman of the council warned there was a real risk of a horrific outcome.',
  'Players struggled in the oppressive heat.',
  // Sport and arts copy: judging a game, describing a plot
  'The striker scored a tremendous goal in the final.',
  'The film follows an evil wizard and his army of monsters.',
]

describeTables(RULE, invalid, valid, 'info')
