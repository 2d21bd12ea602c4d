/**
 * The cues facet: attribution cues, who they name as the source, and what they COVER. The key rule
 * (DESIGN.md, "Coverage, not co-occurrence"): a cue covers the quote or the reported clause it
 * governs, not the whole sentence.
 *
 * `nonCues` (RuleTester's `valid`): reporting-verb look-alikes that attribute nothing.
 * `cues` (RuleTester's `invalid`): the cues expected, in document order. `cue` is the cue's own
 * text (`text.slice(start, end)`), `source` the source phrase's text (null when the cue names none),
 * `covers` the texts of the covered spans. Fields left out are not checked. A case marked
 * `partial` only checks the cues it lists (matched by cue text); the others must list every cue.
 */
import { modelOf, spanText } from '../helpers.js'
import type { Cue, CueForm, ProseModel, SourceKind } from '../../src/model/types.js'

interface ExpectedCue {
  cue: string
  form?: CueForm
  lemma?: string
  source?: string | null
  kind?: SourceKind
  covers?: string[]
  /** Texts of the quotes the cue attributes. */
  quotes?: string[]
  /** Index of the cue this pronoun cue continues, or -1. */
  continues?: number
}

interface CueCase {
  name: string
  text: string
  cues: ExpectedCue[]
  partial?: boolean
}

function project(model: ProseModel, cue: Cue, expected: ExpectedCue | undefined): Record<string, unknown> {
  const { text } = model
  const all = expected === undefined
  const out: Record<string, unknown> = { cue: spanText(text, cue) }
  if (all || 'form' in expected) out.form = cue.form
  if (all || 'lemma' in expected) out.lemma = cue.lemma
  if (all || 'source' in expected) out.source = cue.source ? spanText(text, cue.source) : null
  if (all || 'kind' in expected) out.kind = cue.sourceKind
  if (all || 'covers' in expected) out.covers = cue.covers.map((span) => spanText(text, span))
  if (all || 'quotes' in expected) out.quotes = cue.quotes.map((q) => spanText(text, model.quotes[q]))
  if (all || 'continues' in expected) out.continues = cue.continues
  return out
}

const nonCues: { name: string; text: string }[] = [
  { name: '"added" as a market verb', text: 'Shares added 3% in early trading.' },
  { name: '"admitted to hospital"', text: 'He was admitted to hospital.' },
  { name: '"claimed responsibility"', text: 'The rebels claimed responsibility.' },
  { name: '"conceded" goals', text: 'United conceded two goals.' },
  { name: '"maintained" a lead', text: 'Arsenal maintained their lead.' },
  { name: '"denied bail"', text: 'He was denied bail.' },
  { name: '"called" to the scene', text: 'Police were called to the scene.' },
  { name: '"posted" a profit', text: 'The firm posted a profit of $2m.' },
  { name: '"said" as an adjective', text: 'The said agreement expired.' },
  { name: '"told" to leave', text: 'Residents were told to leave.' },
  { name: '"per cent"', text: 'The tax is 5 per cent of income.' },
  { name: '"per hour"', text: 'The train reached 200 miles per hour.' },
  { name: '"according to schedule"', text: 'The plan went according to schedule.' },
  { name: '"continue" to serve', text: 'She will continue to serve.' },
  { name: '"show" as a noun', text: 'The show starts at 8pm.' },
  { name: '"designated" areas', text: 'Smoking is allowed only in designated areas.' },
  { name: '"denied" charges (a plea, not a report)', text: 'The singer denied the charges in court.' },
  { name: '"listed" shares', text: 'Shares were listed in London last year.' },
  // Nouns that look like reporting verbs (attribution plugin, issue 3)
  { name: '"by some estimates" names no estimator', text: 'By some estimates, 10,000 people have fled.' },
  { name: '"claims" after a preposition', text: 'The film was dropped over claims it was not scary enough.' },
  { name: '"claims" after an adjective after a preposition', text: 'All this came amid fresh claims that the minister was seething.' },
  { name: '"quoted" with no "as saying"', text: 'He quoted Shakespeare at the dinner.' },
  { name: '"claims" right after "amid"', text: 'The club must build a new stadium by 2007 amid claims of costs spiralling above £120m.' },
  { name: '"claims" as the object of a gerund opening the sentence', text: 'Addressing claims that the law was unenforceable, the minister smiled.' },
  { name: '"reports" as the object of a gerund after a comma', text: 'The minister, rejecting reports that he would resign, smiled.' },
  { name: '"claim" after a superlative', text: 'The biggest claim heard by the tribunal was dropped.' },
  { name: 'a participle before a bare noun', text: 'Members of the virus writing group were sentenced.' },
  { name: '"I believe" in a writer’s aside is not a report', text: 'I believe the plan will work.' },
  { name: '"believe in"', text: 'She believes in second chances.' },
  { name: 'a slammed door', text: 'He slammed the door for the last time.' },
  { name: 'a label before a colon is not a headline speaker', text: 'Correction: An article on Monday misquoted "the minister of state for health".' },
]

const cues: CueCase[] = [
  {
    name: 'an impersonal estimate after "and" covers its own verb phrase, not the coordinated ones before it',
    text: 'The outbreak led to the slaughter of 6.5 million animals, and is estimated to have cost the UK up to £8bn.',
    cues: [{ cue: 'estimated', form: 'impersonal', covers: ['is estimated to have cost the UK up to £8bn'] }],
  },
  // "quoted X as saying": the one quoted is the source
  {
    name: 'quoted X as saying + a clause',
    text: 'The agency quoted a police official as saying 40 people had died.',
    cues: [{ cue: 'quoted a police official as saying', lemma: 'quote', source: 'a police official', covers: ['40 people had died'] }],
  },
  {
    name: 'a quote before "X quoted Y as saying"',
    text: '"We have no money left," Reuters quoted a bank official as saying.',
    cues: [{ cue: 'quoted a bank official as saying', source: 'a bank official', covers: ['"We have no money left,"'] }],
  },
  {
    name: 'the passive "was quoted as saying"',
    text: '"We will not resign," the minister was quoted as saying.',
    cues: [{ cue: 'quoted as saying', source: 'the minister', covers: ['"We will not resign,"'] }],
  },
  {
    name: 'a subject pronoun after a verb that takes an addressee opens the clause',
    text: 'The chairman has warned there is a real risk of unrest.',
    cues: [{ cue: 'warned', source: 'The chairman', covers: ['there is a real risk of unrest'] }],
  },
  // X said / told / added / wrote / announced / estimated / reported + a reported clause
  {
    name: 'said + bare clause covers the clause only',
    text: 'The army said its troops killed 40 fighters.',
    cues: [{ cue: 'said', form: 'verb', lemma: 'say', source: 'The army', kind: 'named', covers: ['its troops killed 40 fighters'], continues: -1 }],
  },
  {
    name: 'said that + clause',
    text: 'The ministry said that 12 people had died.',
    cues: [{ cue: 'said', source: 'The ministry', kind: 'named', covers: ['that 12 people had died'] }],
  },
  {
    name: 'said + a hedged toll ("at least")',
    text: 'The ministry said at least 30 people were killed.',
    cues: [{ cue: 'said', source: 'The ministry', kind: 'named', covers: ['at least 30 people were killed'] }],
  },
  {
    name: 'said + a hedged count ("up to")',
    text: 'The police chief said up to 5,000 people had gathered.',
    cues: [{ cue: 'said', source: 'The police chief', kind: 'named', covers: ['up to 5,000 people had gathered'] }],
  },
  {
    name: 'said + a hedged toll ("around")',
    text: 'The ministry said around 40 people died.',
    cues: [{ cue: 'said', source: 'The ministry', covers: ['around 40 people died'] }],
  },
  {
    name: 'said + a day (AP style) + that',
    text: 'Police said Tuesday that three men were arrested.',
    cues: [{ cue: 'said', source: 'Police', covers: ['that three men were arrested'] }],
  },
  {
    name: 'said on Friday that',
    text: 'The ministry said on Friday that 15 soldiers were killed.',
    cues: [{ cue: 'said', source: 'The ministry', covers: ['that 15 soldiers were killed'] }],
  },
  {
    name: 'said in a statement + bare clause',
    text: 'The company said in a statement it would cut 500 jobs.',
    cues: [{ cue: 'said', source: 'The company', kind: 'named', covers: ['it would cut 500 jobs'] }],
  },
  {
    name: 'a fronted adverbial before the source',
    text: 'In a statement, the company said it would cut 500 jobs.',
    cues: [{ cue: 'said', source: 'the company', covers: ['it would cut 500 jobs'] }],
  },
  {
    name: 'auxiliary and adverb between source and verb',
    text: 'The president has repeatedly said the economy is strong.',
    cues: [{ cue: 'said', source: 'The president', covers: ['the economy is strong'] }],
  },
  {
    name: 'told + addressee + that',
    text: 'The minister told reporters that the bridge would cost £40m.',
    cues: [{ cue: 'told', lemma: 'tell', source: 'The minister', covers: ['that the bridge would cost £40m'] }],
  },
  {
    name: 'told + addressee + bare clause',
    text: 'Police told the BBC 30 people were arrested.',
    cues: [{ cue: 'told', source: 'Police', covers: ['30 people were arrested'] }],
  },
  {
    name: 'added that',
    text: 'The company added that 200 jobs would go.',
    cues: [{ cue: 'added', lemma: 'add', source: 'The company', covers: ['that 200 jobs would go'] }],
  },
  {
    name: 'wrote + adverbial + that',
    text: 'The governor wrote on social media that the storm had destroyed 300 homes.',
    cues: [{ cue: 'wrote', lemma: 'write', source: 'The governor', covers: ['that the storm had destroyed 300 homes'] }],
  },
  {
    name: 'announced that',
    text: 'The club announced that ticket prices would rise 5%.',
    cues: [{ cue: 'announced', lemma: 'announce', source: 'The club', covers: ['that ticket prices would rise 5%'] }],
  },
  {
    name: 'estimated that',
    text: 'The World Bank estimated that the economy shrank 6% last year.',
    cues: [{ cue: 'estimated', lemma: 'estimate', source: 'The World Bank', kind: 'named', covers: ['that the economy shrank 6% last year'] }],
  },
  {
    name: 'reported that',
    text: 'The agency reported that exports fell 3% in March.',
    cues: [{ cue: 'reported', lemma: 'report', source: 'The agency', covers: ['that exports fell 3% in March'] }],
  },
  {
    name: 'an appositive between source and verb',
    text: 'Jane Smith, a ministry spokeswoman, said 14 people were hurt.',
    cues: [{ cue: 'said', source: 'Jane Smith, a ministry spokeswoman', kind: 'named', covers: ['14 people were hurt'] }],
  },
  {
    name: 'a place qualifying the source',
    text: 'The health ministry in Gaza said at least 30 people were killed.',
    cues: [{ cue: 'said', source: 'The health ministry in Gaza', kind: 'named', covers: ['at least 30 people were killed'] }],
  },

  // Quotes
  {
    name: '"…," X said covers the quote',
    text: '“We will rebuild every home,” the mayor said.',
    cues: [{ cue: 'said', form: 'verb', source: 'the mayor', kind: 'named', covers: ['“We will rebuild every home,”'], quotes: ['“We will rebuild every home,”'] }],
  },
  {
    name: '"…," said X (inversion after a quote)',
    text: '“We will rebuild every home,” said the mayor.',
    cues: [{ cue: 'said', source: 'the mayor', kind: 'named', covers: ['“We will rebuild every home,”'], quotes: ['“We will rebuild every home,”'] }],
  },
  {
    name: '"…," X told Y',
    text: '“We had no warning,” a resident told Reuters.',
    cues: [{ cue: 'told', source: 'a resident', covers: ['“We had no warning,”'] }],
  },
  {
    name: 'X said: "…" is one cue covering the quote',
    text: 'The mayor said: “We will rebuild every home.”',
    cues: [{ cue: 'said', source: 'The mayor', kind: 'named', covers: ['“We will rebuild every home.”'], quotes: ['“We will rebuild every home.”'] }],
  },
  {
    name: 'X: "…" (colon introduction)',
    text: 'The mayor was blunt: “We will not pay a penny more.”',
    cues: [{ cue: ':', form: 'colon', source: 'The mayor', kind: 'named', covers: ['“We will not pay a penny more.”'] }],
  },
  {
    name: 'a quote broken by its attribution: one cue covers both halves',
    text: '“We are ready,” the coach said, “and we will win.”',
    cues: [{ cue: 'said', source: 'the coach', covers: ['“We are ready,”', '“and we will win.”'], quotes: ['“We are ready,”', '“and we will win.”'] }],
  },
  {
    name: 'a quote continued across paragraphs: the cue covers every part',
    text: '“The first thing we did was count the children.\n\n“Then we ran for the hills,” the teacher said.',
    cues: [{ cue: 'said', source: 'the teacher', covers: ['“The first thing we did was count the children.', '“Then we ran for the hills,”'] }],
  },
  {
    name: 'KEY RULE: a cue that governs a quote does not cover the writer’s clause after it',
    text: 'He stressed "the need for calm", as the offensive killed 23,000 people.',
    cues: [{ cue: 'stressed', source: 'He', covers: ['"the need for calm"'], quotes: ['"the need for calm"'] }],
  },
  {
    name: 'KEY RULE: a reported clause ends at ", as …"',
    text: 'The minister said the talks would resume, as shelling killed 40 people.',
    cues: [{ cue: 'said', source: 'The minister', covers: ['the talks would resume'] }],
  },
  {
    name: 'a contrast inside the report (", while …") is still the speaker\'s: only circumstantial clauses (as, amid, after…) end it',
    text: 'The mayor said 3,000 homes lost power, while 12 people were injured.',
    cues: [{ cue: 'said', source: 'The mayor', covers: ['3,000 homes lost power, while 12 people were injured'] }],
  },
  {
    name: 'KEY RULE: a reported clause ends at ", amid …"',
    text: 'The mayor said 3,000 homes lost power, amid storms that killed 12 people.',
    cues: [{ cue: 'said', source: 'The mayor', covers: ['3,000 homes lost power'] }],
  },
  {
    name: 'KEY RULE: a quote attributed after it does not cover a relative clause about the event',
    text: '“This is a dark day,” the mayor said of the fire, which killed 11 people.',
    cues: [{ cue: 'said', source: 'the mayor', covers: ['“This is a dark day,”'] }],
  },

  // Inversion, trailing and parenthetical cues
  {
    name: '…, said X (inversion after a clause)',
    text: 'Turnout was 62%, said the election commission.',
    cues: [{ cue: 'said', source: 'the election commission', kind: 'named', covers: ['Turnout was 62%'] }],
  },
  {
    name: '…, said the minister',
    text: 'The talks have failed, said the minister.',
    cues: [{ cue: 'said', source: 'the minister', covers: ['The talks have failed'] }],
  },
  {
    name: 'trailing cue with a day covers the clause before',
    text: 'Forty people died in the floods, the ministry said on Friday.',
    cues: [{ cue: 'said', source: 'the ministry', kind: 'named', covers: ['Forty people died in the floods'] }],
  },
  {
    name: 'trailing cue with a spokesperson',
    text: 'The bridge will reopen in May, a council spokeswoman said.',
    cues: [{ cue: 'said', source: 'a council spokeswoman', covers: ['The bridge will reopen in May'] }],
  },
  {
    name: 'parenthetical cue covers both parts',
    text: 'The plan, he said, would cost £3bn.',
    cues: [{ cue: 'said', source: 'he', covers: ['The plan', 'would cost £3bn'] }],
  },
  {
    name: 'parenthetical cue with a named source',
    text: 'The strike, the union said, will last three days.',
    cues: [{ cue: 'said', source: 'the union', kind: 'named', covers: ['The strike', 'will last three days'] }],
  },

  // according to, citing, per
  {
    name: 'according to X at the start covers the clause after',
    text: 'According to the health ministry, 40 people died.',
    cues: [{ cue: 'According to', form: 'according-to', source: 'the health ministry', kind: 'named', covers: ['40 people died'] }],
  },
  {
    name: 'according to X at the end covers the clause before',
    text: 'Forty people died, according to the health ministry.',
    cues: [{ cue: 'according to', form: 'according-to', source: 'the health ministry', kind: 'named', covers: ['Forty people died'] }],
  },
  {
    name: 'according to X in the middle covers both parts',
    text: 'The storm, according to the Met Office, will reach the coast on Sunday.',
    cues: [{ cue: 'according to', source: 'the Met Office', kind: 'named', covers: ['The storm', 'will reach the coast on Sunday'] }],
  },
  {
    name: 'according to reports (vague)',
    text: 'According to reports, the singer cancelled the tour.',
    cues: [{ cue: 'According to', source: 'reports', kind: 'vague', covers: ['the singer cancelled the tour'] }],
  },
  {
    name: 'according to an anonymous person familiar with the talks',
    text: 'According to a person familiar with the talks, the deal is close.',
    cues: [{ cue: 'According to', source: 'a person familiar with the talks', kind: 'anonymous', covers: ['the deal is close'] }],
  },
  {
    name: 'citing X covers the clause it is attached to',
    text: 'The paper put the cost at $2bn, citing government documents.',
    cues: [
      { cue: 'put', source: 'The paper', kind: 'named', covers: ['the cost at $2bn'] },
      { cue: 'citing', form: 'citing', source: 'government documents', kind: 'named', covers: ['The paper put the cost at $2bn'] },
    ],
  },
  {
    name: 'citing X inside a said-cue: the said cue keeps its own source',
    text: 'The UN, citing local officials, said 200 people were displaced.',
    partial: true,
    cues: [{ cue: 'said', source: 'The UN', kind: 'named', covers: ['200 people were displaced'] }],
  },
  {
    name: 'per X (one cue; "report" here is a noun)',
    text: "Sales fell 8% last year, per the company's annual report.",
    cues: [{ cue: 'per', form: 'per', source: "the company's annual report", kind: 'named', covers: ['Sales fell 8% last year'] }],
  },
  {
    name: 'per X with a capitalised source',
    text: 'The fund lost $4m in the quarter, per Bloomberg.',
    cues: [{ cue: 'per', form: 'per', source: 'Bloomberg', kind: 'named', covers: ['The fund lost $4m in the quarter'] }],
  },

  // Data and research as the source
  {
    name: "X's data shows",
    text: "The ministry's data shows unemployment rose to 7%.",
    cues: [{ cue: 'shows', form: 'data', source: "The ministry's data", kind: 'named', covers: ['unemployment rose to 7%'] }],
  },
  {
    name: 'figures from X show that',
    text: 'Figures from the Office for National Statistics show that prices rose 3%.',
    cues: [{ cue: 'show', form: 'data', source: 'Figures from the Office for National Statistics', kind: 'named', covers: ['prices rose 3%'] }],
  },
  {
    name: 'a study by X found that',
    text: 'A study by Oxford University found that 40% of patients improved.',
    cues: [{ cue: 'found', form: 'data', source: 'A study by Oxford University', kind: 'named', covers: ['40% of patients improved'] }],
  },
  {
    name: 'studies show (vague)',
    text: 'Studies show that most voters ignore debates.',
    cues: [{ cue: 'show', form: 'data', source: 'Studies', kind: 'vague', covers: ['most voters ignore debates'] }],
  },

  // Naming verbs
  {
    name: 'what X called Y covers Y',
    text: 'The minister condemned what he called a cowardly attack.',
    cues: [{ cue: 'called', form: 'called', source: 'he', covers: ['a cowardly attack'] }],
  },
  {
    name: 'what X called Y does not cover a relative clause after Y',
    text: 'The minister condemned what he called a reckless strike that killed 12 people.',
    cues: [{ cue: 'called', form: 'called', source: 'he', covers: ['a reckless strike'] }],
  },
  {
    name: 'what X called Y covers a label that holds a sum of money',
    text: 'Critics attacked what the mayor called a $40m saving.',
    cues: [{ cue: 'called', form: 'called', source: 'the mayor', kind: 'named', covers: ['a $40m saving'] }],
  },
  {
    name: 'designated Y by X',
    text: 'The group was designated a terrorist organisation by the State Department.',
    cues: [{ cue: 'designated', form: 'called', source: 'the State Department', kind: 'named', covers: ['a terrorist organisation'] }],
  },

  // Impersonal cues
  {
    name: 'it is believed that',
    text: 'It is believed that the ship carried 300 passengers.',
    cues: [{ cue: 'believed', form: 'impersonal', source: null, kind: 'none', covers: ['the ship carried 300 passengers'] }],
  },
  {
    name: 'X is thought to',
    text: 'The fire is thought to have killed 12 people.',
    cues: [{ cue: 'thought', form: 'impersonal', source: null, kind: 'none', covers: ['The fire is thought to have killed 12 people'] }],
  },
  {
    name: 'reportedly',
    text: 'The striker has reportedly agreed a new contract.',
    cues: [{ cue: 'reportedly', form: 'impersonal', source: null, kind: 'none', covers: ['The striker has reportedly agreed a new contract'] }],
  },

  // Pronoun cues continue the previous source
  {
    name: 'it added that: continues the ministry (named)',
    text: 'The ministry said 30 people were killed. It added that 120 were injured.',
    cues: [
      { cue: 'said', source: 'The ministry', kind: 'named', covers: ['30 people were killed'], continues: -1 },
      { cue: 'added', source: 'It', kind: 'named', covers: ['that 120 were injured'], continues: 0 },
    ],
  },
  {
    name: 'she added that: continues the most recent source',
    text: 'The army said it had hit 40 targets. The health minister said clinics were full. She added that 90 people were injured.',
    cues: [
      { cue: 'said', source: 'The army', continues: -1 },
      { cue: 'said', source: 'The health minister', continues: -1 },
      { cue: 'added', source: 'She', kind: 'named', covers: ['that 90 people were injured'], continues: 1 },
    ],
  },
  {
    name: 'they added: the vague kind is carried over',
    text: 'Officials said the road was closed. They added that 40 cars were stranded.',
    cues: [
      { cue: 'said', source: 'Officials', kind: 'vague', continues: -1 },
      { cue: 'added', source: 'They', kind: 'vague', covers: ['that 40 cars were stranded'], continues: 0 },
    ],
  },
  {
    name: 'he added: the anonymous kind is carried over',
    text: 'A senior Israeli official said the talks had stalled. He added that a deal was unlikely.',
    cues: [
      { cue: 'said', source: 'A senior Israeli official', kind: 'anonymous', continues: -1 },
      { cue: 'added', source: 'He', kind: 'anonymous', covers: ['that a deal was unlikely'], continues: 0 },
    ],
  },

  // Source kinds
  { name: 'named: a party', text: 'Republicans said the bill would raise taxes.', cues: [{ cue: 'said', source: 'Republicans', kind: 'named' }] },
  { name: 'named: an organisation', text: 'Organisers said some 10,000 people took part.', cues: [{ cue: 'said', source: 'Organisers', kind: 'named', covers: ['some 10,000 people took part'] }] },
  { name: 'vague: officials', text: 'Officials said the airport would reopen.', cues: [{ cue: 'said', source: 'Officials', kind: 'vague' }] },
  { name: 'vague: critics say', text: 'Critics say the law goes too far.', cues: [{ cue: 'say', source: 'Critics', kind: 'vague', covers: ['the law goes too far'] }] },
  { name: 'vague: experts say', text: 'Experts say the virus is spreading.', cues: [{ cue: 'say', source: 'Experts', kind: 'vague' }] },
  { name: 'vague: sources said', text: 'Sources said the deal was close.', cues: [{ cue: 'said', source: 'Sources', kind: 'vague' }] },
  { name: 'vague: a source said', text: 'A source said the player would leave.', cues: [{ cue: 'said', source: 'A source', kind: 'vague' }] },
  {
    name: 'anonymous: two State Department officials',
    text: 'Two State Department officials said the envoy would travel.',
    cues: [{ cue: 'said', source: 'Two State Department officials', kind: 'anonymous' }],
  },
  {
    name: 'anonymous: a senior Israeli official',
    text: 'A senior Israeli official said the talks had stalled.',
    cues: [{ cue: 'said', source: 'A senior Israeli official', kind: 'anonymous' }],
  },
  {
    name: 'anonymous: an official familiar with the matter',
    text: 'An official familiar with the matter said the deal was signed.',
    cues: [{ cue: 'said', source: 'An official familiar with the matter', kind: 'anonymous', covers: ['the deal was signed'] }],
  },
  { name: 'anonymous: an institution qualifies a later head', text: 'A senior police official said shots had been fired.', cues: [{ cue: 'said', source: 'A senior police official', kind: 'anonymous' }] },
  { name: 'anonymous: a quantifier placed in an institution', text: 'Some in the White House say the plan is dead.', cues: [{ cue: 'say', source: 'Some in the White House', kind: 'anonymous' }] },
  { name: 'vague: a quantifier over a named group', text: 'Many Democrats believe the nomination was rigged.', cues: [{ cue: 'believe', lemma: 'believe', source: 'Many Democrats', kind: 'vague', covers: ['the nomination was rigged'] }] },
  { name: 'vague: a quantifier over a source head', text: 'Some officials said the deal collapsed.', cues: [{ cue: 'said', source: 'Some officials', kind: 'vague' }] },
  { name: 'named: a group named by its members', text: 'Critics, including Senator Smith, say the law goes too far.', cues: [{ cue: 'say', source: 'Critics, including Senator Smith', kind: 'named' }] },
  { name: 'named: estimates of a named body', text: 'UN estimates suggest that 3,000 people died.', cues: [{ cue: 'suggest', source: 'UN estimates', kind: 'named', covers: ['that 3,000 people died'] }] },
  { name: 'named: official figures', text: 'Prices rose 3%, according to official figures.', cues: [{ cue: 'according to', source: 'official figures', kind: 'named', covers: ['Prices rose 3%'] }] },
  { name: 'vague: "media reports said" is one cue', text: 'Media reports said the deal collapsed.', cues: [{ cue: 'said', source: 'Media reports', kind: 'vague', covers: ['the deal collapsed'] }] },

  // Estimators (attribution plugin, issue 3)
  {
    name: "by X's estimate names the estimator",
    text: "By the ministry's estimate, 2,000 homes were destroyed.",
    cues: [{ cue: "By the ministry's estimate", form: 'according-to', lemma: 'estimate', source: "the ministry's", kind: 'named', covers: ['2,000 homes were destroyed'] }],
  },
  {
    name: 'by UN estimates, trailing',
    text: 'The war has killed 400,000 people, by UN estimates.',
    cues: [{ cue: 'by UN estimates', form: 'according-to', source: 'UN', kind: 'named', covers: ['The war has killed 400,000 people'] }],
  },
  {
    name: 'estimated at N by X',
    text: 'The crowd was estimated at 50,000 by police.',
    cues: [{ cue: 'estimated', source: 'police', kind: 'named', covers: ['The crowd was estimated at 50,000 by police'] }],
  },
  {
    name: 'a progressive is not a passive: the subject is the source',
    text: 'Nokia is estimating that 100 million phones will be sold.',
    cues: [{ cue: 'estimating', source: 'Nokia', kind: 'named', covers: ['that 100 million phones will be sold'] }],
  },
  {
    name: 'an inverted cue with a bracket after the source',
    text: 'The economy grew 3.1% last year, says the Office for National Statistics (ONS).',
    cues: [{ cue: 'says', source: 'the Office for National Statistics', kind: 'named', covers: ['The economy grew 3.1% last year'] }],
  },

  // Quotes, headlines, beliefs (attribution plugin, issue 3)
  {
    name: 'a headline speaker before a colon covers the rest of the headline and its quotes',
    text: 'Trump: Cruz Has ‘To Come a Long Way’ On Ethanol',
    cues: [{ cue: ':', form: 'colon', source: 'Trump', kind: 'named', covers: ['Cruz Has ‘To Come a Long Way’ On Ethanol'], quotes: ['‘To Come a Long Way’'] }],
  },
  {
    name: 'a quote closing the previous sentence does not take a reported clause’s place',
    text: '"We will not pay a penny more for this." The minister insists the plan is working.',
    cues: [{ cue: 'insists', source: 'The minister', covers: ['the plan is working'], quotes: [] }],
  },
  {
    name: 'a belief inside a report is the reporter’s content',
    text: 'The senator said he believed the plan would fail.',
    cues: [{ cue: 'said', source: 'The senator', covers: ['he believed the plan would fail'] }],
  },
  {
    name: 'a new quote verb: concluded',
    text: '“Let us take this opportunity,” Blackwell concluded, “to nominate a president.”',
    cues: [{ cue: 'concluded', lemma: 'conclude', source: 'Blackwell', quotes: ['“Let us take this opportunity,”', '“to nominate a president.”'] }],
  },
  {
    name: 'a transitive emotive verb with a reason',
    text: 'The senator blasted the decision for ignoring voters.',
    cues: [{ cue: 'blasted', lemma: 'blast', source: 'The senator', covers: ['the decision for ignoring voters'] }],
  },
]

describe('cues: look-alikes that attribute nothing', () => {
  test.each(nonCues)('$name: $text', ({ text }) => {
    const model = modelOf(text)
    expect(model.cues.map((cue) => project(model, cue, undefined))).toEqual([])
  })
})

describe('cues: attribution and what it covers', () => {
  test.each(cues)('$name: $text', ({ text, cues: expected, partial }) => {
    const model = modelOf(text)
    if (partial) {
      for (const want of expected) {
        const found = model.cues.filter((cue) => spanText(text, cue) === want.cue).map((cue) => project(model, cue, want))
        expect(found).toContainEqual({ ...want })
      }
      return
    }
    const actual = model.cues.map((cue, i) => project(model, cue, expected[i]))
    expect(actual).toEqual(expected.map((want) => ({ ...want })))
  })
})

describe('cues: invariants', () => {
  test.each(cues)('$name: cue, source and covers lie in the cue’s sentence or its quotes', ({ text }) => {
    const model = modelOf(text)
    for (const cue of model.cues) {
      const sentence = model.sentences[cue.sentence]
      expect(cue.start).toBeGreaterThanOrEqual(sentence.start)
      expect(cue.end).toBeLessThanOrEqual(sentence.end)
      if (cue.source) {
        expect(cue.source.start).toBeGreaterThanOrEqual(sentence.start)
        expect(cue.source.end).toBeLessThanOrEqual(sentence.end)
      }
      for (const span of cue.covers) {
        expect(span.end).toBeGreaterThan(span.start)
        const inQuote = model.quotes.some((q) => q.start === span.start && q.end === span.end)
        if (!inQuote) {
          expect(span.start).toBeGreaterThanOrEqual(sentence.start)
          expect(span.end).toBeLessThanOrEqual(sentence.end)
        }
      }
    }
  })
})
