/**
 * editorializing: comment adverbs in the writer's voice, only where they comment on the clause: at
 * its start with a comma, between commas, at its end after a comma, at its start before a subject,
 * and (for words with no manner or degree sense) anywhere. Every fix leaves a clean sentence:
 * "Clearly, the plan failed" → place "Clearly, the", expected "The".
 */
import { describeTables, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'editorializing'

const invalid: FlagCase[] = [
  { name: 'the article agrees with the next word', text: 'The government faces an incredibly difficult task.', flagged: 'an incredibly difficult', names: 'incredibly', level: 'info', expected: ['a difficult'], fixed: 'The government faces a difficult task.' },
  { text: 'Clearly, the plan failed.', flagged: 'Clearly, the', names: 'Clearly', level: 'info', expected: ['The'], fixed: 'The plan failed.' },
  { text: 'The plan, clearly, failed.', flagged: ', clearly,', names: 'clearly', level: 'info', expected: [''], fixed: 'The plan failed.' },
  { text: 'Obviously, the deal will need approval.', flagged: 'Obviously, the', names: 'Obviously', level: 'info', expected: ['The'], fixed: 'The deal will need approval.' },
  { text: 'Of course, prices rose again.', flagged: 'Of course, prices', names: 'Of course', level: 'info', expected: ['Prices'], fixed: 'Prices rose again.' },
  { text: 'The bank will of course raise rates.', flagged: 'of course raise', names: 'of course', level: 'info', expected: ['raise'], fixed: 'The bank will raise rates.' },
  { text: 'Naturally, the firm denied it.', flagged: 'Naturally, the', names: 'Naturally', level: 'info', expected: ['The'], fixed: 'The firm denied it.' },
  { text: 'Needless to say, the talks failed.', flagged: 'Needless to say, the', names: 'Needless to say', level: 'info', expected: ['The'], fixed: 'The talks failed.' },
  { text: 'He is undoubtedly the favourite.', flagged: 'undoubtedly the', names: 'undoubtedly', level: 'info', expected: ['the'], fixed: 'He is the favourite.' },
  { text: 'Without a doubt, the vote was close.', flagged: 'Without a doubt, the', names: 'Without a doubt', level: 'info', expected: ['The'], fixed: 'The vote was close.' },
  { text: 'It should be noted that the mayor was absent.', flagged: 'It should be noted that the', names: 'It should be noted that', level: 'info', expected: ['The'], fixed: 'The mayor was absent.' },
  { text: 'Notably, the report named no one.', flagged: 'Notably, the', names: 'Notably', level: 'info', expected: ['The'], fixed: 'The report named no one.' },
  { text: 'Interestingly, the vote was delayed.', flagged: 'Interestingly, the', names: 'Interestingly', level: 'info', expected: ['The'], fixed: 'The vote was delayed.' },
  { text: 'More importantly, the bill lacks funding.', flagged: 'More importantly, the', names: 'More importantly', level: 'info', expected: ['The'], fixed: 'The bill lacks funding.' },
  { text: 'Ironically, the fire station burned down.', flagged: 'Ironically, the', names: 'Ironically', level: 'info', expected: ['The'], fixed: 'The fire station burned down.' },
  { text: 'Unfortunately, the talks collapsed.', flagged: 'Unfortunately, the', names: 'Unfortunately', level: 'info', expected: ['The'], fixed: 'The talks collapsed.' },
  { text: 'The driver fortunately escaped.', flagged: 'fortunately escaped', names: 'fortunately', level: 'info', expected: ['escaped'], fixed: 'The driver escaped.' },
  { text: 'The dog, sadly, died.', flagged: ', sadly,', names: 'sadly', level: 'info', expected: [''], fixed: 'The dog died.' },
  { text: 'The plan failed, sadly.', flagged: ', sadly', names: 'sadly', level: 'info', expected: [''], fixed: 'The plan failed.' },
  { name: 'after a conjunction the next word keeps its case', text: 'But sadly, the talks failed.', flagged: 'sadly, the', names: 'sadly', level: 'info', expected: ['the'], fixed: 'But the talks failed.' },
  { name: 'clause start with no comma, before a subject', text: 'Clearly the plan failed.', flagged: 'Clearly the', names: 'Clearly', level: 'info', expected: ['The'], fixed: 'The plan failed.' },
  { text: 'Predictably, the minister denied it.', flagged: 'Predictably, the', names: 'Predictably', level: 'info', expected: ['The'], fixed: 'The minister denied it.' },
  { text: 'The bill unsurprisingly failed.', flagged: 'unsurprisingly failed', names: 'unsurprisingly', level: 'info', expected: ['failed'], fixed: 'The bill failed.' },
  { name: 'the capital moves to the next word, a name keeps its own', text: 'Remarkably, Smith was unhurt.', flagged: 'Remarkably, Smith', names: 'Remarkably', level: 'info', expected: ['Smith'], fixed: 'Smith was unhurt.' },
  { text: 'She is arguably the best player of her generation.', flagged: 'arguably the', names: 'arguably', level: 'info', expected: ['the'], fixed: 'She is the best player of her generation.' },
  { text: 'Admittedly, the data are old.', flagged: 'Admittedly, the', names: 'Admittedly', level: 'info', expected: ['The'], fixed: 'The data are old.' },
  { name: 'the next word is flagged by another rule: no fix that reaches it', text: 'Sadly, terrorists attacked the village.', flagged: 'Sadly', level: 'info' },
  { name: 'warning in the wikipedia preset', text: 'Interestingly, the vote was delayed.', flagged: 'Interestingly, the', names: 'Interestingly', level: 'warning', setting: 'warning', expected: ['The'] },
  { name: 'quoted words at info with quoted: info, and no fix', text: '"Clearly, we failed," the minister said.', flagged: 'Clearly', level: 'info', options: { quoted: 'info' } },
]

const valid: Pass[] = [
  // Manner and degree adverbs
  'The minister spoke clearly.',
  'The exits are clearly marked.',
  'The summit was clearly visible from the valley.',
  'He was obviously upset.',
  'The gas occurs naturally in rocks.',
  'Prices were significantly higher in March.',
  'She smiled sadly at the camera.',
  'They are happily married.',
  'Sales were surprisingly strong.',
  'The two cases are remarkably similar.',
  'The two plans are essentially the same.',
  'The two leaders spoke frankly.',
  'The man behaved oddly before the flight.',
  'The children looked up hopefully.',
  // Other senses
  'Checks are done as a matter of course.',
  'The ship made a change of course.',
  'Several countries, notably France, objected.',
  'It is clear that the plan failed.',
  // Quotes and attribution
  '"Clearly, we failed," the minister said.',
  'The minister said that, clearly, the plan had failed.',
]

describeTables(RULE, invalid, valid, 'info')
