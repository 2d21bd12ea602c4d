/**
 * puffery: promotional words in the writer's voice. The fix deletes the word and takes the next
 * one, fixing "a"/"an" and the capital at the start of a sentence. Words that are usually neutral
 * in news (great, leading, popular, landmark) are not in the lexicon; fixed terms, business senses
 * and evaluative adjectives in match reports and reviews pass.
 */
import { describeTables, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'puffery'

const invalid: FlagCase[] = [
  { text: 'The iconic tower reopened on Monday.', flagged: 'iconic tower', names: 'iconic', level: 'info', expected: ['tower'], fixed: 'The tower reopened on Monday.' },
  { text: 'An iconic bridge links the two towns.', flagged: 'An iconic bridge', names: 'iconic', level: 'info', expected: ['A bridge'], fixed: 'A bridge links the two towns.' },
  { text: 'The legendary coach retired after 30 years.', flagged: 'legendary coach', names: 'legendary', level: 'info', expected: ['coach'], fixed: 'The coach retired after 30 years.' },
  { text: 'The city wants a world-class museum.', flagged: 'a world-class museum', names: 'world-class', level: 'info', expected: ['a museum'], fixed: 'The city wants a museum.' },
  { text: 'The renowned architect designed the library.', flagged: 'renowned architect', names: 'renowned', level: 'info', expected: ['architect'] },
  { text: 'The acclaimed director has a new project.', flagged: 'acclaimed director', names: 'acclaimed', level: 'info', expected: ['director'], fixed: 'The director has a new project.' },
  { text: 'The critically acclaimed chef opened a café.', flagged: 'critically acclaimed chef', names: 'critically acclaimed', level: 'info', expected: ['chef'], fixed: 'The chef opened a café.' },
  { text: 'The celebrated novelist died on Friday.', flagged: 'celebrated novelist', names: 'celebrated', level: 'info', expected: ['novelist'] },
  { text: 'The groundbreaking study was published on Monday.', flagged: 'groundbreaking study', names: 'groundbreaking', level: 'info', expected: ['study'], fixed: 'The study was published on Monday.' },
  { text: 'The hospital bought cutting-edge scanners.', flagged: 'cutting-edge scanners', names: 'cutting-edge', level: 'info', expected: ['scanners'], fixed: 'The hospital bought scanners.' },
  { text: 'The council opened a state-of-the-art library.', flagged: 'a state-of-the-art library', names: 'state-of-the-art', level: 'info', expected: ['a library'], fixed: 'The council opened a library.' },
  { text: 'The company unveiled a revolutionary phone.', flagged: 'a revolutionary phone', names: 'revolutionary', level: 'info', expected: ['a phone'], fixed: 'The company unveiled a phone.' },
  { text: 'The innovative scheme will be tested in Leeds.', flagged: 'innovative scheme', names: 'innovative', level: 'info', expected: ['scheme'] },
  { text: 'The show was nominated for the prestigious award.', flagged: 'prestigious award', names: 'prestigious', level: 'info', expected: ['award'], fixed: 'The show was nominated for the award.' },
  { text: 'The new drug is a game-changer for patients.', flagged: 'game-changer', level: 'info' },
  { text: 'The award-winning chef opened a café.', flagged: 'award-winning chef', names: 'award-winning', level: 'info', expected: ['chef'], fixed: 'The chef opened a café.' },
  { text: 'The museum has an unrivalled collection of clocks.', flagged: 'an unrivalled collection', names: 'unrivalled', level: 'info', expected: ['a collection'], fixed: 'The museum has a collection of clocks.' },
  { text: 'The hugely popular show returns in May.', flagged: 'hugely popular show', names: 'hugely popular', level: 'info', expected: ['show'], fixed: 'The show returns in May.' },
  { text: 'The firm has enjoyed phenomenal growth.', flagged: 'phenomenal growth', names: 'phenomenal', level: 'info', expected: ['growth'] },
  { text: 'The superstar arrived in London on Tuesday.', flagged: 'superstar', level: 'info', expected: ['star'], fixed: 'The star arrived in London on Tuesday.' },
  { text: 'The hotel offers stunning views of the bay.', flagged: 'stunning views', names: 'stunning', level: 'info', expected: ['views'], fixed: 'The hotel offers views of the bay.' },
  { name: 'sentence start: the next word takes the capital', text: 'Iconic photographs of the queen were sold.', flagged: 'Iconic photographs', names: 'Iconic', level: 'info', expected: ['Photographs'], fixed: 'Photographs of the queen were sold.' },
  { name: 'coordinated words go with their "and"', text: 'Studios should offer more innovative and multiplayer titles.', flagged: 'innovative and multiplayer', names: 'innovative', level: 'info', expected: ['multiplayer'], fixed: 'Studios should offer more multiplayer titles.' },
  { name: 'a predicative word before a preposition: no mechanical fix', text: 'The album has been critically acclaimed since its release.', flagged: 'critically acclaimed', names: 'critically acclaimed', level: 'info' },
  { name: 'a predicative word before "in": no mechanical fix', text: 'Wireless networks have become hugely popular in offices.', flagged: 'hugely popular', names: 'hugely popular', level: 'info' },
  { name: 'warning in the wikipedia preset', text: 'The legendary band reformed in 2019.', flagged: 'legendary band', names: 'legendary', level: 'warning', setting: 'warning', expected: ['band'] },
  { name: 'quoted words at info with quoted: info', text: '"The views are stunning," the owner said.', flagged: 'stunning', level: 'info', options: { quoted: 'info' } },
]

const valid: Pass[] = [
  // Attributed praise and quotes
  'Critics hailed the tower as iconic.',
  'The film was acclaimed by critics at Cannes.',
  '"The views are stunning," the owner said.',
  'Doctors said the drug was a game-changer.',
  // Verbs and other senses
  'Fans celebrated the win until dawn.',
  'The team celebrated with a parade.',
  'The mayor attended the ground-breaking ceremony for the hospital.',
  'The Revolutionary Guards fired missiles.',
  'The revolutionary movement took power in 1917.',
  'Shareholders will vote at an extraordinary general meeting.',
  'EU leaders held an extraordinary summit on Sunday.',
  'The firm has $3bn of outstanding debt.',
  'Several questions remain outstanding.',
  'The morning began in brilliant sunshine.',
  'Legend has it that the castle is haunted.',
  'He spoke about his beloved wife.',
  // Neutral in news: not in the lexicon
  'The great majority of voters backed the plan.',
  'The leading candidate won the popular vote.',
  'The court issued a landmark ruling on Friday.',
  // Match reports and reviews judge performances by design
  'The goalkeeper made a superb save in the final minute.',
  'He scored a brilliant goal in the second half.',
  'Her brilliant performance in the film won praise from critics.',
]

describeTables(RULE, invalid, valid, 'info')
