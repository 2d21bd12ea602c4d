/**
 * doubt-marker: distancing words (so-called, self-styled, purported, supposed, "claims that") and
 * scare quotes in the writer's voice; "alleged" and "apparent" only with the strict options, and
 * "alleged" never with a charge, a crime or an accuser nearby. A word the model reads as a cue
 * ("prosecutors alleged that") is loaded-attribution-verb's, never this rule's.
 */
import { describeTables, type FlagCase, type Pass } from './loaded-terms.helpers.js'

const RULE = 'doubt-marker'

const invalid: FlagCase[] = [
  { text: 'The so-called experts were wrong.', flagged: 'so-called experts', names: 'so-called', level: 'warning', expected: ['experts'], fixed: 'The experts were wrong.' },
  { text: 'So-called experts were wrong.', flagged: 'So-called experts', names: 'So-called', level: 'warning', expected: ['Experts'], fixed: 'Experts were wrong.' },
  { text: 'He hired a so-called expert.', flagged: 'a so-called expert', names: 'so-called', level: 'warning', expected: ['an expert'], fixed: 'He hired an expert.' },
  { text: 'The self-styled prophet was arrested.', flagged: 'self-styled prophet', names: 'self-styled', level: 'warning', expected: ['prophet'], fixed: 'The prophet was arrested.' },
  { text: 'A self-proclaimed healer sold the pills.', flagged: 'A self-proclaimed healer', names: 'self-proclaimed', level: 'warning', expected: ['A healer'], fixed: 'A healer sold the pills.' },
  { text: 'The purported letter was shared online.', flagged: 'purported letter', names: 'purported', level: 'warning', expected: ['letter'], fixed: 'The letter was shared online.' },
  { text: 'The drug supposedly cures colds.', flagged: 'supposedly cures', names: 'supposedly', level: 'warning', expected: ['cures'], fixed: 'The drug cures colds.' },
  { text: 'They bought the supposedly secure phones.', flagged: 'supposedly secure', names: 'supposedly', level: 'warning', expected: ['secure'], fixed: 'They bought the secure phones.' },
  { text: 'The supposed cure was never tested.', flagged: 'supposed cure', names: 'supposed', level: 'warning', expected: ['cure'], fixed: 'The cure was never tested.' },
  { text: 'The ostensible reason for the trip was trade.', flagged: 'ostensible reason', names: 'ostensible', level: 'warning', expected: ['reason'], fixed: 'The reason for the trip was trade.' },
  { text: 'The firm ostensibly exists to help farmers.', flagged: 'ostensibly exists', names: 'ostensibly', level: 'warning', expected: ['exists'], fixed: 'The firm exists to help farmers.' },
  { name: '"claims that" as a noun, at info', text: 'His claims that the vote was rigged spread online.', flagged: 'claims that', level: 'info', expected: ['statements that'], fixed: 'His statements that the vote was rigged spread online.' },
  { name: 'a scare quote, at info by default', text: 'The "experts" left early.', flagged: '"experts"', names: 'experts', level: 'info', expected: ['experts'], fixed: 'The experts left early.' },
  { name: 'a scare quote after a possessive, curly marks', text: 'Its “restructuring” cost 300 jobs.', flagged: '“restructuring”', names: 'restructuring', level: 'info', expected: ['restructuring'], fixed: 'Its restructuring cost 300 jobs.' },
  { name: 'scare quotes at the rule’s severity (wire)', text: 'The "experts" left early.', flagged: '"experts"', names: 'experts', level: 'warning', options: { scareQuotes: 'warning' }, expected: ['experts'] },
  { name: 'two-word scare quotes when scareQuoteWords is 2', text: 'The "peace talks" collapsed.', flagged: '"peace talks"', names: 'peace talks', level: 'info', options: { scareQuoteWords: 2 }, expected: ['peace talks'], fixed: 'The peace talks collapsed.' },
  { name: 'alleged in strict, with no charge, crime or accuser near', text: 'The alleged benefits of the diet are unproven.', flagged: 'alleged benefits', names: 'alleged', level: 'warning', options: { alleged: true }, expected: ['benefits'], fixed: 'The benefits of the diet are unproven.' },
  { name: 'apparent in strict', text: 'The apparent suicide shocked the town.', flagged: 'apparent suicide', names: 'apparent', level: 'warning', options: { apparent: true }, expected: ['suicide'] },
  { name: 'apparently in strict', text: 'The minister was apparently unaware of the loan.', flagged: 'apparently unaware', names: 'apparently', level: 'warning', options: { apparent: true }, expected: ['unaware'], fixed: 'The minister was unaware of the loan.' },
  { name: 'quoted words at info with quoted: info', text: '"The so-called experts were wrong," she said.', flagged: 'so-called', level: 'info', options: { quoted: 'info' } },
  { name: 'a scare quote with a cue two sentences away', text: 'The minister spoke on Monday. The vote was held. The "reforms" began in May.', flagged: '"reforms"', names: 'reforms', level: 'info', expected: ['reforms'] },
]

const valid: Pass[] = [
  // Names and prescribed uses
  'Fighters from so-called Islamic State seized the town.',
  'He joined the self-styled Islamic State in 2014.',
  'One of the so-called Guildford Four was freed.',
  'Hackers used so-called denial of service attacks.',
  'Members of the so-called 29A group were sentenced.',
  'The senator backs so-called "smart guns".',
  'As a self-described socialist, he backs higher taxes.',
  // Other senses
  'The train was supposed to arrive at noon.',
  'The letter purported to show a secret deal.',
  'Jobless claims that were filed last week fell.',
  // A cue is loaded-attribution-verb's
  'She claims that the vote was rigged.',
  { text: 'Prosecutors alleged that the men stole 3,000 phones.', options: { alleged: true } },
  // Not scare quotes: speakers, naming and mention words, names, partial quotes, longer phrases
  '"We are not experts," the minister said.',
  'The minister called the plan a "disaster".',
  'The word "regime" appears twice in the report.',
  'Protesters carried signs reading "shame".',
  'The "Iron Lady" died in 2013.',
  'The plan was a "farce". That is what the mayor said on Monday.',
  'A "yes" vote would split the party.',
  'She praised his "sensational" start.',
  'The "peace talks" collapsed.',
  'The firm promised to "reopen America."',
  // "Alleged": off by default; legal protection in crime copy even in strict
  'The alleged benefits of the diet are unproven.',
  { text: 'Police are investigating an alleged assault outside the club.', options: { alleged: true } },
  { text: 'The man charged with the alleged murder appeared in court.', options: { alleged: true } },
  { text: 'The alleged victim gave evidence on Monday.', options: { alleged: true } },
  // "Apparent": off by default; idioms in strict
  'The apparent suicide shocked the town.',
  { text: 'He was attacked for no apparent reason.', options: { apparent: true } },
  { text: 'The prince is heir apparent.', options: { apparent: true } },
  // Quotes
  '"The so-called experts were wrong," she said.',
]

describeTables(RULE, invalid, valid, 'warning')
