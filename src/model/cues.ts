/**
 * Attribution cues and what each GOVERNS: the quote attached to it, the reported clause it
 * introduces ("The army said [its troops killed 40 fighters]"), or the clause "according to X" is
 * attached to. A figure elsewhere in the sentence is not covered. One pass over the sentences; each
 * cue looks at a bounded window of its own sentence (and the quotes next to it).
 */
import { entries as cuePhraseEntries } from '../lexicon/generated/cue-phrases.js'
import { entries as cueVerbEntries } from '../lexicon/generated/cue-verbs.js'
import { entries as sourceHeadEntries } from '../lexicon/generated/source-heads.js'
import { PhraseMatcher } from '../lexicon/matcher.js'
import type { LexiconEntry } from '../lexicon/schema.js'
import type { ModelContext } from './context.js'
import { firstNotBefore, tokenAt } from './tokens.js'
import type { Cue, CueForm, Quote, Sentence, SourceKind, Span, Token } from './types.js'

// Vocabulary, compiled once per process (unified-engine attaches plugins once per file).
const verbMatcher = new PhraseMatcher(cueVerbEntries)
const phraseMatcher = new PhraseMatcher(cuePhraseEntries)
const headMatcher = new PhraseMatcher(sourceHeadEntries)
/** Past forms of reporting verbs ("said", "told"): a noun phrase ends before one. */
const PAST_FORMS = new Set(cueVerbEntries.map((entry) => entry.forms[1]).filter((form): form is string => form !== undefined && !form.includes(' ')))

/**
 * Verbs that take a bare clause with no "that" ("said its troops killed 40"). Other verbs take a bare
 * clause only when a subject pronoun opens it ("admitted he had met…", not "admitted two charges").
 */
const BARE_CLAUSE = new Set(['say', 'tell', 'estimate', 'predict', 'forecast'])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there'])
/** Subject pronouns that are never objects ("it" and "you" can be): after a verb they open its clause. */
const NOMINATIVE = new Set([...SUBJECT_PRONOUNS].filter((word) => word !== 'it' && word !== 'you'))
/** Verbs that take an addressee before the clause ("told reporters that…"). */
const TAKES_OBJECT = new Set(['tell', 'warn', 'urge', 'ask', 'promise', 'assure', 'remind', 'inform'])

// Closed-class words: grammar, not vocabulary. They decide where phrases and clauses begin and end.
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])
const PRONOUN_LENGTH = Math.max(...[...PRONOUNS].map((word) => word.length))
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"])
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'also', 'later', 'earlier', 'previously', 'then', 'separately', 'once', 'repeatedly', 'again', 'recently', 'publicly', 'privately', 'reportedly', 'further', 'initially', 'first', 'originally', 'only', 'just', 'yesterday', 'today', 'already', 'still', 'often', 'always', 'frequently', 'similarly', 'last', 'week', 'night', 'month', 'year', 'has'])
const NEGATION = new Set(['not', "n't", 'never', 'to', 'refused', 'declined', 'the', 'a', 'an', 'this', 'that', 'these', 'those'])
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'earlier', 'recent', 'latest', 'previous', 'initial', 'written', 'annual'])
const CLAUSE_STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'because', 'as', 'while', 'when', 'where', 'if', 'after', 'before', 'since', 'although', 'though', 'so', 'than', 'until', 'unless', 'whether', 'what', 'how', 'why', 'once', 'then'])
const WH = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who'])
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'most', 'other', 'few', 'two', 'three', 'four', 'five', 'six', 'one', 'various', 'numerous', 'unnamed', 'anonymous', 'both', 'all', 'these', 'those', 'more', 'multiple', 'another'])
/** Words that begin a circumstantial clause the writer adds after a report (", as …"). */
const WRITER_CLAUSE = new Set(['as', 'when', 'after', 'amid', 'despite', 'although', 'though', 'before', 'since', 'even', 'meanwhile'])
/** Short adverbials allowed between a verb and its clause: "said on Friday that", "said in a statement". */
const ADVERBIAL_START = new Set(['on', 'in', 'at', 'during', 'late', 'earlier', 'last', 'next', 'yesterday', 'today', 'tonight', 'this', 'previously', 'recently', 'repeatedly', 'publicly', 'privately', 'separately', 'also', 'again', 'later', 'then', 'now', 'first', 'afterward', 'afterwards', 'via', 'through', 'over', 'after', 'before', 'when', 'to', 'of'])
const PREPOSITIONS = new Set(['to', 'for', 'by', 'with', 'about', 'of', 'on', 'in', 'at', 'from', 'into', 'against', 'over', 'under', 'up', 'out', 'off', 'down', 'back', 'away', 'around', 'as', 'like'])
/** Qualifiers that do not identify a source: "officials", "some officials", "many experts". */
const NON_QUALIFIERS = DETERMINERS
/** Post-modifiers that qualify an anonymous source: "familiar with", "briefed on", "close to". */
const QUALIFYING_POST = new Set(['familiar', 'briefed', 'close', 'with', 'involved', 'knowledgeable', 'who', 'in', 'at', 'from', 'for', 'of'])

interface SentenceView {
  sentence: Sentence
  /** Token indices of the sentence's non-white-space tokens. */
  solid: number[]
}

function verbLemma(entry: LexiconEntry): string {
  return entry.term
}

export function findCues(context: ModelContext): Cue[] {
  const { tokens, sentences, quotes } = context
  const cues: Cue[] = []
  const quoteStartsAt = new Map<number, Quote>()
  const quoteEndsAt = new Map<number, Quote>()
  for (const quote of quotes) {
    if (quote.depth !== 0) continue
    quoteStartsAt.set(quote.start, quote)
    quoteEndsAt.set(quote.end, quote)
  }

  figureStarts = new Set((context.figures ?? []).map((figure) => figure.start))
  figureEnds = new Map((context.figures ?? []).map((figure) => [figure.start, figure.end]))
  for (const sentence of sentences) {
    // Most sentences hold no cue word: look before building the sentence's view.
    let candidate = false
    for (let i = sentence.tokenStart; i < sentence.tokenEnd && !candidate; i++) {
      const t = tokens[i]
      candidate = t.type === 'word' ? verbMatcher.has(t.norm) || phraseMatcher.has(t.norm) : t.value === ':'
    }
    if (!candidate) continue
    const solid: number[] = []
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (tokens[i].type !== 'whitespace') solid.push(i)
    const view: SentenceView = { sentence, solid }
    for (let s = 0; s < solid.length; s++) {
      const t = tokens[solid[s]]
      if (t.type === 'word' && t.quote >= 0 && quotes[t.quote].words > 3) continue // inside a real quotation
      if (t.type === 'punctuation' && t.value === ':') {
        // "X said: “…”" is the verb's cue already.
        const last = cues[cues.length - 1]
        if (last && last.sentence === sentence.index && last.end >= tokens[solid[s - 1]]?.start) continue
        const cue = colonCue(context, view, s, quoteStartsAt)
        if (cue) push(cues, cue)
        continue
      }
      if (t.type !== 'word') continue
      const phrase = phraseMatcher.matchAt(tokens, solid[s], sentence.tokenEnd)
      if (phrase) {
        const cue = phraseCue(context, view, s, phrase.entry, phrase.last, quoteStartsAt, quoteEndsAt)
        if (cue) {
          push(cues, cue)
          s = Math.max(s, solidIndexOf(view, phrase.last - 1), cue.source ? lastSolidBefore(context, view, cue.source.end) : -1)
          continue
        }
      }
      const verb = verbMatcher.matchAt(tokens, solid[s], sentence.tokenEnd)
      // "said he believed that …": a belief inside a report is the reporter's content, not a cue.
      if (verb && verb.entry.data.belief === true && coveredByLast(cues, sentence.index, t)) continue
      if (verb) {
        const cue = verbCue(context, view, s, verb.entry, verb.last, quoteStartsAt, quoteEndsAt)
        if (cue) {
          push(cues, cue)
          s = Math.max(s, solidIndexOf(view, verb.last - 1), cue.source && cue.source.start > cue.start ? lastSolidBefore(context, view, cue.source.end) : -1)
        }
      }
    }
  }
  resolvePronouns(cues, context)
  return cues
}

/** "it is", "it was", "it has been" right before solid index s. */
function itBefore(context: ModelContext, view: SentenceView, s: number): boolean {
  let k = s - 1
  while (k >= 0 && BE.has(context.tokens[view.solid[k]].norm)) k--
  while (k >= 0 && (context.tokens[view.solid[k]].norm === 'has' || context.tokens[view.solid[k]].norm === 'had')) k--
  return k < s - 1 && k >= 0 && context.tokens[view.solid[k]].norm === 'it'
}

/** Does the last cue of this sentence cover the token? */
function coveredByLast(cues: readonly Cue[], sentence: number, token: Token): boolean {
  const last = cues[cues.length - 1]
  return last !== undefined && last.sentence === sentence && last.covers.some((span) => span.start <= token.start && span.end >= token.end)
}

/** The most tokens a cue governs in one sentence (bounded work in run-on text). */
const MAX_CLAUSE = 400

/** Cue phrases that attach to the clause before them ("…, citing X"). */
const ATTACHED_FORMS = new Set(['citing', 'according-to', 'per'])

/** Offsets where the figures facet found a figure ("at least 30", "$3bn"): set per model build. */
let figureStarts: ReadonlySet<number> = new Set()
/** Where each of those figures ends, by start offset. */
let figureEnds: ReadonlyMap<number, number> = new Map()

/** A figure within `words` words of solid index k, before any punctuation ("reported spending $6m"). */
function figureSoon(context: ModelContext, view: SentenceView, k: number, words: number): boolean {
  for (let i = k; i < Math.min(view.solid.length, k + words); i++) {
    if (startsFigure(context, view, i)) return true
    const t = context.tokens[view.solid[i]]
    const glued = i > 0 && context.tokens[view.solid[i - 1]].end === t.start && t.value === '.'
    if (t.type === 'punctuation' && !glued) return false
  }
  return false
}

function startsFigure(context: ModelContext, view: SentenceView, k: number): boolean {
  const t = context.tokens[view.solid[k]]
  return t !== undefined && figureStarts.has(t.start)
}

/** The solid index of the last token that ends at or before `offset` (binary search). */
function lastSolidBefore(context: ModelContext, view: SentenceView, offset: number): number {
  return firstNotBefore(view.solid.length, (i) => context.tokens[view.solid[i]].end <= offset) - 1
}

/** The solid index of token index `token` (binary search; -1 when it is white space). */
function solidIndexOf(view: SentenceView, token: number): number {
  const i = firstNotBefore(view.solid.length, (k) => view.solid[k] < token)
  return i < view.solid.length && view.solid[i] === token ? i : -1
}

function push(cues: Cue[], cue: Omit<Cue, 'index'>): void {
  cues.push({ ...cue, index: cues.length } as Cue)
}

type Draft = Omit<Cue, 'index'>

// ---------------------------------------------------------------------------------------------
// Reporting verbs

function verbCue(
  context: ModelContext,
  view: SentenceView,
  s: number,
  entry: LexiconEntry,
  lastToken: number,
  quoteStartsAt: Map<number, Quote>,
  quoteEndsAt: Map<number, Quote>,
): Draft | null {
  const { tokens } = context
  const { solid } = view
  const first = solid[s]
  const lemma = verbLemma(entry)
  const prev = s > 0 ? tokens[solid[s - 1]] : undefined
  const sEnd = solidIndexOf(view, lastToken - 1)
  const next = sEnd + 1 < solid.length ? tokens[solid[sEnd + 1]] : undefined
  const quoteOnly = entry.data.quoteOnly === true
  // "by the ministry's estimate", "by UN estimates", "by its own count": the estimator is the source.
  if (entry.data.byNoun === true && !/(ing|ed)$/.test(tokens[first].norm)) {
    const by = byNounCue(context, view, s, sEnd, entry)
    if (by !== undefined) return by
  }
  // A participle before a bare noun is a modifier or a gerund: "virus writing group", "claiming
  // responsibility" (a verb that takes an addressee keeps it: "telling reporters that").
  if (/ing$/.test(tokens[first].norm) && !TAKES_OBJECT.has(lemma) && !BARE_CLAUSE.has(lemma) && next && next.type === 'word' && /^\p{Ll}/u.test(next.value)) {
    const opens = DETERMINERS.has(next.norm) || SUBJECT_PRONOUNS.has(next.norm.replace(/'.*$/, '')) || POSSESSIVES.has(next.norm) || WH.has(next.norm) || next.norm === 'that' || ADVERBIAL_START.has(next.norm) || figureStarts.has(next.start)
    if (!opens) return null
  }
  // A capitalised word before a reporting verb is a name: "…,” Read said.
  if (/^\p{Lu}/u.test(tokens[first].value) && next && next.type === 'word' && PAST_FORMS.has(next.norm)) return null
  // An attributive participle or a noun: "the said agreement", "a reported 40".
  if (prev && prev.type === 'word' && NEGATION.has(prev.norm) && !(prev.norm === 'that' && s > 1)) return null
  // A noun after a preposition ("by estimates", "by some estimates", "in many reports"), or a plural
  // noun that is the subject of the next reporting verb ("Media reports said", "Estimates suggest").
  if (!/(ing|ed)$/.test(tokens[first].norm) && tokens[first].norm === tokens[first].value.toLowerCase()) {
    const prevPrev = s > 1 ? tokens[solid[s - 2]] : undefined
    const lower = (t: Token | undefined) => t !== undefined && t.type === 'word' && /^\p{Ll}/u.test(t.value)
    const preposition = (t: Token | undefined) => lower(t) && PREPOSITIONS.has(t!.norm) && t!.norm !== 'as' && t!.norm !== 'like'
    // "over claims it was", "by estimates", "amid fresh claims that", "by some estimates"
    if (preposition(prev) || (lower(prev) && NOUN_PREPOSITIONS.has(prev!.norm))) return null
    if (lower(prev) && (QUANTIFIERS.has(prev!.norm) || /[^s]s$/.test(tokens[first].norm)) && lower(prevPrev) && NOUN_PREPOSITIONS.has(prevPrev!.norm)) return null
    // "the biggest claim heard": a superlative before the base form.
    if (lower(prev) && /est$/.test(prev!.norm) && tokens[first].norm === entry.term) return null
    if (/[^s]s$/.test(tokens[first].norm) && next && next.type === 'word' && isVerbForm(next.norm)) return null
    // The object of a gerund that opens its clause: "Addressing claims that…", ", rejecting reports of…".
    if (/[^s]s$/.test(tokens[first].norm) && prev && prev.type === 'word' && /.ing$/.test(prev.norm) && !NOUN_ING.has(prev.norm)) {
      const before = s > 1 ? tokens[solid[s - 2]] : undefined
      if (before === undefined || before.type !== 'word' || preposition(before) || GERUND_OPENERS.has(before.norm)) return null
    }
  }
  // A capitalised form inside a sentence is a name ("the United States", "Islamic State", "the Post").
  if (s > 0 && /^\p{Lu}/u.test(tokens[first].value) && !isCloser(context, prev!) && prev!.value !== ':' && prev!.value !== '\u2014') return null
  // After a determiner or a possessive the word is a noun ("their state", "Obama’s promises").
  if (prev && prev.type === 'word' && (POSSESSIVES.has(prev.norm) || /'s$|s'$/.test(prev.norm))) return null
  const cueSpan: Span = { start: tokens[first].start, end: tokens[lastToken - 1].end }

  // "Reuters quoted an official as saying …", "he was quoted as saying …": the one quoted is the source.
  const quotedAs = entry.data.quotedAs
  if (Array.isArray(quotedAs)) {
    const passive = prev !== undefined && prev.type === 'word' && BE.has(prev.norm)
    const before = subjectBefore(context, view, passive ? s - 1 : s)
    const object = passive ? null : nounPhraseAfter(context, view, sEnd + 1)
    const source = passive ? before.source : object
    const as = passive ? sEnd + 1 : object ? object.endSolid + 1 : -1
    const saying = tokens[solid[as + 1]]
    if (!source || tokens[solid[as]]?.norm !== 'as' || !saying || saying.type !== 'word' || !quotedAs.includes(saying.norm)) return null
    const span: Span = { start: cueSpan.start, end: saying.end }
    const covers: Span[] = []
    const indices: number[] = []
    let k = as + 2
    while (k < solid.length && tokens[solid[k]].type === 'punctuation' && (tokens[solid[k]].value === ',' || tokens[solid[k]].value === ':')) k++
    const after = k < solid.length ? quoteStartsAt.get(tokens[solid[k]].start) : undefined
    const earlier = before.quoteBefore ? quoteEndsAt.get(before.quoteBefore) : undefined
    for (const quote of [earlier, after]) if (quote) for (const q of quoteChain(context.quotes, quote)) addQuote(covers, indices, q)
    if (!after && k < solid.length && tokens[solid[k]].type === 'word') covers.push(clauseSpan(context, view, k))
    if (indices.length > 0) for (const q of followingQuotes(context, view.sentence, quoteStartsAt)) for (const c of quoteChain(context.quotes, q)) addQuote(covers, indices, c)
    if (covers.length === 0) return null
    return draft('verb', lemma, span, source.span, classify(context, source), covers.filter(nonEmpty), indices, view)
  }

  // "As reported by the Post, …": the agent is the source of the clause after the comma.
  if (prev && prev.norm === 'as' && next && next.norm === 'by') {
    const agent = nounPhraseAfter(context, view, sEnd + 2)
    const comma = agent ? agent.endSolid + 1 : -1
    if (agent && tokens[solid[comma]]?.value === ',' && comma + 1 < solid.length) {
      return draft('verb', lemma, cueSpan, agent.span, classify(context, agent), [clauseSpan(context, view, comma + 1)].filter(nonEmpty), [], view)
    }
  }
  // Passive: "was told", "is said to", "were reported" → impersonal unless "by X" names the agent.
  // ("is estimating", "had been predicting" are progressive, not passive: the subject is the source.)
  if (prev && prev.type === 'word' && BE.has(prev.norm) && !/ing$/.test(tokens[first].norm)) {
    if (quoteOnly) return null
    const by = entry.data.impersonal === true && next && next.type === 'word' && next.norm === 'by' ? sEnd + 1 : -1
    if (by >= 0) {
      const source = nounPhraseAfter(context, view, by + 1)
      if (!source) return null
      const covers = clauseAround(context, view, s - 1)
      return draft('verb', lemma, cueSpan, source.span, classify(context, source), covers, [], view)
    }
    if (entry.data.impersonal === true && next && next.type === 'word' && (next.norm === 'to' || next.norm === 'that')) {
      const subjectStart = s - 2 >= 0 && tokens[solid[s - 2]].norm === 'it' ? s - 2 : -1
      // "The outbreak led to the slaughter of 6.5 million animals, and is estimated to have cost
      // £8bn": the last of coordinated verb phrases; the figures of the others are not estimates.
      const conjunct = s - 2 >= 0 && (tokens[solid[s - 2]].norm === 'and' || tokens[solid[s - 2]].norm === 'but')
      const covers =
        next.norm === 'that' ? clauseFrom(context, view, sEnd + 2) : conjunct ? clauseFrom(context, view, s - 1) : clauseAround(context, view, subjectStart >= 0 ? subjectStart : s)
      return draft('impersonal', lemma, cueSpan, null, 'none', covers, [], view)
    }
    // "It is estimated his trial will cost…": "it is X" before a bare clause.
    if (entry.data.impersonal === true && itBefore(context, view, s) && startsClause(context, view, sEnd + 1) && finiteVerbSoon(context, view, sEnd + 1)) {
      return draft('impersonal', lemma, cueSpan, null, 'none', clauseFrom(context, view, sEnd + 1), [], view)
    }
    // "The crowd was estimated at 50,000 by police": the agent after the figure is the estimator.
    if (entry.data.figureAt === true && next && next.type === 'word' && next.norm === 'at' && startsFigure(context, view, sEnd + 2)) {
      const figureEnd = figureEnds.get(tokens[solid[sEnd + 2]].start) ?? 0
      for (let e = sEnd + 3; e < Math.min(solid.length, sEnd + 14); e++) {
        const t = tokens[solid[e]]
        if (t.start < figureEnd) continue
        if (t.type === 'punctuation') break
        if (t.type !== 'word' || t.norm !== 'by') continue
        const source = nounPhraseAfter(context, view, e + 1)
        if (source) return draft('verb', lemma, cueSpan, source.span, classify(context, source), clauseAround(context, view, s - 1), [], view)
        break
      }
    }
    return null
  }

  // 1. A quote right after: X said: "…" / X said, "…" / X said "…"
  let j = sEnd + 1
  // "said of the senator: “…”", "added about Carson: “…”"
  if (j < solid.length && (tokens[solid[j]].norm === 'of' || tokens[solid[j]].norm === 'about')) {
    const topic = nounPhraseAfter(context, view, j + 1)
    const after = topic ? tokens[solid[topic.endSolid + 1]] : undefined
    if (topic && after && after.type === 'punctuation' && (after.value === ':' || after.value === ',')) j = topic.endSolid + 1
  }
  while (j < solid.length && tokens[solid[j]].type === 'punctuation' && (tokens[solid[j]].value === ',' || tokens[solid[j]].value === ':')) j++
  const quoteAfter = j < solid.length ? quoteStartsAt.get(tokens[solid[j]].start) : undefined
  // 2. A quote right before: "…," X said / "…," said X
  const before = subjectBefore(context, view, s)
  const clauseCue = (): Draft | null => {
    if (!before.source) return null
    // "I think", "we believe": the speaker's own hedge inside speech (transcripts, columns), not a report.
    if (entry.data.belief === true && /^(i|we|you)$/.test(context.text.slice(before.source.span.start, before.source.span.end).toLowerCase())) return null
    let k = sEnd + 1
    // An addressee ("warned residents that…"), but never a subject pronoun ("warned there is…").
    if (TAKES_OBJECT.has(lemma) && !NOMINATIVE.has(tokens[solid[k]]?.norm ?? '')) {
      const object = nounPhraseAfter(context, view, k)
      if (object) k = object.endSolid + 1
    }
    let contentStart = -1
    let best = 0
    const exits = adverbialExits(context, view, k)
    for (const p of exits) {
      let q = p
      const at = tokens[solid[q]]
      if (at && at.type === 'punctuation' && (at.value === ':' || at.value === ',')) q++
      const h = tokens[solid[q]]
      if (!h) continue
      let score = 0
      if (h.type === 'word' && h.norm === 'that') score = 4
    else if (p === k && startsFigure(context, view, q) && (BARE_CLAUSE.has(lemma) || finiteVerbSoon(context, view, q) || entry.data.figureObject === true)) score = 3
    else if (p === k && entry.data.figureObject === true && figureSoon(context, view, q, 10)) score = 2
      else if (h.type === 'word' && WH.has(h.norm) && (lemma === 'ask' || lemma === 'say' || lemma === 'tell' || lemma === 'explain' || lemma === 'describe')) score = 3
      else if (h.type === 'word' && SUBJECT_PRONOUNS.has(h.norm.replace(/'.*$/, '')) && startsClause(context, view, q)) score = 3
      else if (h.type === 'word' && (DETERMINERS.has(h.norm) || /^\p{Lu}/u.test(h.value) || /^\d/.test(h.value)) && !quoteOnly && startsClause(context, view, q) && finiteVerbSoon(context, view, q)) score = 2
      else if (p === k && BARE_CLAUSE.has(lemma) && startsClause(context, view, q)) score = 1
      else if (p === k && !quoteOnly && startsClause(context, view, q) && finiteVerbSoon(context, view, q)) score = 1
      if (score > best) {
        best = score
        contentStart = q
      }
    }
    if (contentStart < 0 && entry.data.accusation === true) {
    // "accused the minister of hiding a £2bn shortfall": the charge after "of" is the accuser's.
    const object = nounPhraseAfter(context, view, k)
    const of = object ? object.endSolid + 1 : -1
    if (object && tokens[solid[of]]?.norm === 'of' && of + 1 < solid.length) {
      return draft('verb', lemma, cueSpan, before.source.span, classify(context, before.source), [clauseSpan(context, view, of + 1)].filter(nonEmpty), [], view)
    }
  }
  if (contentStart < 0 && entry.data.figureAt === true) {
    // "Police put the crowd at 5,000", "organisers estimated it at 1,800".
    const object = tokens[solid[k]]?.norm === 'at' ? null : nounPhraseAfter(context, view, k)
    const at = object ? object.endSolid + 1 : k
    if (tokens[solid[at]]?.norm === 'at' && startsFigure(context, view, at + 1)) {
      return draft('verb', lemma, cueSpan, before.source.span, classify(context, before.source), [clauseSpan(context, view, k)].filter(nonEmpty), [], view)
    }
  }
  if (contentStart < 0 && entry.data.transitive === true) {
      // "slammed the plan as reckless", "blasted the government for …": object plus judgement.
      const object = nounPhraseAfter(context, view, k)
      // The judgement may sit inside what the phrase scan took in: "the decision for ignoring voters".
      let judgement = -1
      for (let j = k + 1; object && j <= object.endSolid + 1 && j < solid.length; j++) {
        const t = tokens[solid[j]]
        if (t.type !== 'word') continue
        // "as reckless"; "for ignoring voters", "for its handling" (not "for the last time").
        const n = tokens[solid[j + 1]]
        const reason = n !== undefined && n.type === 'word' && (/ing$/.test(n.norm) || POSSESSIVES.has(n.norm))
        if (t.norm === 'as' || ((t.norm === 'for' || t.norm === 'over') && reason)) {
          judgement = j
          break
        }
      }
      if (object && judgement > k) {
        return draft('verb', lemma, cueSpan, before.source.span, classify(context, before.source), [clauseSpan(context, view, k)].filter(nonEmpty), [], view)
      }
    }
    if (contentStart < 0 || contentStart >= solid.length) return null
    // The content starts after "that" (covers keep the complementiser, as annotators do).
    const contentFirst = tokens[solid[contentStart]].norm === 'that' && contentStart + 1 < solid.length ? contentStart + 1 : contentStart
    // A quote that opens the content is the content: He stressed "the need for calm", as …
    const openingQuote = quoteStartsAt.get(tokens[solid[contentFirst]].start)
    if (openingQuote) {
      const covers: Span[] = []
      const indices: number[] = []
      for (const q of quoteChain(context.quotes, openingQuote)) addQuote(covers, indices, q)
      const endSolid = solidAtOrAfter(view, openingQuote.end, tokens)
      if (endSolid >= 0 && !boundaryAt(context, view, endSolid)) covers.push(clauseSpan(context, view, endSolid))
      return draft('verb', lemma, cueSpan, before.source.span, classify(context, before.source), covers.filter(nonEmpty), indices, view)
    }
    return draft('verb', lemma, cueSpan, before.source.span, classify(context, before.source), [clauseSpan(context, view, contentStart)].filter(nonEmpty), [], view)
  }
  const quoteBefore = before.quoteBefore ? quoteEndsAt.get(before.quoteBefore) : undefined
  // A short title or scare quote before the speaker does not make the cue a quote cue when a
  // reported clause follows: “Sunday Morning Futures,” Rep. X said [the plan failed].
  // So does a quote that closed the previous sentence: “…” The minister insists [the plan works].
  if (quoteBefore && !quoteAfter && (quoteBefore.words <= 3 || quoteBefore.sentenceEnd < view.sentence.index) && before.source && afterVerb(context, view, sEnd + 1) === 'clause') {
    const clause = clauseCue()
    if (clause) return clause
  }

  if (quoteBefore || quoteAfter) {
    const quoteList: Quote[] = []
    if (quoteBefore) quoteList.push(quoteBefore)
    let source = before.source
    let afterIndex = sEnd + 1
    if (!source) {
      const inverted = nounPhraseAfter(context, view, sEnd + 1)
      if (inverted) {
        source = inverted
        afterIndex = inverted.endSolid + 1
      }
    }
    if (quoteAfter) quoteList.push(quoteAfter)
    else {
      // "…," she said, "…" : a second quote after the cue.
      let k = afterIndex
      while (k < solid.length && tokens[solid[k]].type === 'punctuation' && (tokens[solid[k]].value === ',' || tokens[solid[k]].value === ':')) k++
      const second = k < solid.length ? quoteStartsAt.get(tokens[solid[k]].start) : undefined
      if (second && quoteBefore) quoteList.push(second)
    }
    const covers: Span[] = []
    const indices: number[] = []
    for (const quote of quoteList) for (const q of quoteChain(context.quotes, quote)) addQuote(covers, indices, q)
    // The plan would “destroy jobs,” she said.: the paraphrase around a partial quote is hers too.
    if (quoteBefore && quoteBefore.sentenceStart === view.sentence.index) {
      const firstSolid = clauseStartBefore(context, view, solidAtOrAfter(view, quoteBefore.start, tokens), true)
      const opener = solidAtOrAfter(view, quoteBefore.start, tokens)
      if (firstSolid < opener) covers.push({ start: tokens[solid[firstSolid]].start, end: tokens[solid[opener - 1]].end })
    }
    // said “it gets me mad” every time …: a partial quote inside a longer reported clause.
    if (quoteAfter && !quoteBefore) {
      const endSolid = solidAtOrAfter(view, quoteAfter.end, tokens)
      const t = endSolid >= 0 ? tokens[solid[endSolid]] : undefined
      if (t && t.type === 'word') covers.push(clauseSpan(context, view, endSolid))
    }
    // The speaker's quote goes on in the next sentences of the paragraph: “…,” she said. “…”
    for (const q of followingQuotes(context, view.sentence, quoteStartsAt)) for (const c of quoteChain(context.quotes, q)) addQuote(covers, indices, c)
    return draft('verb', lemma, cueSpan, source?.span ?? null, source ? classify(context, source) : 'named', covers, indices, view)
  }
  if (quoteOnly) return null

  // "As the Post reported, …": the clause after the comma.
  if (before.source && before.stopWord === 'as' && before.source.startSolid - 1 === clauseStartBefore(context, view, before.source.startSolid - 1)) {
    const comma = skipAdverbials(context, view, sEnd + 1)
    const t = tokens[solid[comma]]
    if (t && t.type === 'punctuation' && t.value === ',' && comma + 1 < solid.length) {
      return draft('verb', lemma, cueSpan, before.source.span, classify(context, before.source), [clauseSpan(context, view, comma + 1, true)].filter(nonEmpty), [], view)
    }
  }

  // 3. Trailing or parenthetical: "Forty people died, the ministry said." / "A, she said, B."
  if (before.commaBefore >= 0 && before.source) {
    let objectEnd = sEnd + 1
    if (TAKES_OBJECT.has(lemma)) {
      const object = nounPhraseAfter(context, view, objectEnd)
      if (object) objectEnd = object.endSolid + 1
    }
    const rest = afterVerb(context, view, objectEnd)
    if (rest === 'end' || rest === 'comma') {
      const covers: Span[] = []
      const leftEnd = solid[before.commaBefore]
      const firstSolid = clauseStartBefore(context, view, before.commaBefore, true)
      if (firstSolid < before.commaBefore) covers.push({ start: tokens[solid[firstSolid]].start, end: tokens[leftEnd - 1].end })
      if (rest === 'comma') {
        const resume = nextCommaAfter(context, view, sEnd + 1)
        // A parenthetical cue governs the whole sentence around it, like a trailing one.
        if (resume >= 0 && resume + 1 < solid.length) covers.push(clauseSpan(context, view, resume + 1, true, true))
      }
      return draft('verb', lemma, cueSpan, before.source.span, classify(context, before.source), covers.filter(nonEmpty), [], view)
    }
  }
  // "…, said the minister." (inversion after a clause)
  if (before.commaBefore >= 0 && !before.source && s === before.commaBefore + 1) {
    const inverted = nounPhraseAfter(context, view, sEnd + 1)
    const rest = inverted ? afterVerb(context, view, inverted.endSolid + 1) : 'clause'
    if (inverted && rest !== 'clause') {
      const firstSolid = clauseStartBefore(context, view, before.commaBefore, true)
      const covers: Span[] = []
      // "Also, said Mr Flynn, Vodafone cut off ten sellers.": a lone adverb before is no content.
      if (firstSolid < before.commaBefore - 1 || (firstSolid === before.commaBefore - 1 && !ADVERBIAL_START.has(tokens[solid[firstSolid]].norm) && tokens[solid[firstSolid]].norm !== 'also')) {
        covers.push({ start: tokens[solid[firstSolid]].start, end: tokens[solid[before.commaBefore] - 1].end })
      }
      if (rest === 'comma') {
        const resume = nextCommaAfter(context, view, inverted.endSolid + 1)
        // A parenthetical cue governs the whole sentence around it, like a trailing one.
        if (resume >= 0 && resume + 1 < solid.length) covers.push(clauseSpan(context, view, resume + 1, true, true))
      }
      return draft('verb', lemma, cueSpan, inverted.span, classify(context, inverted), covers.filter(nonEmpty), [], view)
    }
  }

  // 4. A reported clause after: X said (on Friday) (that) …
  return clauseCue()
}

/** Words before a gerund that open its clause ("while rejecting claims", "after denying reports"). */
const GERUND_OPENERS = new Set(['while', 'after', 'before', 'when', 'also', 'without', 'despite', 'and', 'but', 'or'])
/** Nouns in -ing that can be the subject of a reporting verb ("the ruling says", "a briefing claims"). */
const NOUN_ING = new Set(['ruling', 'briefing', 'filing', 'finding', 'meeting', 'hearing', 'building', 'polling', 'king', 'thing', 'something', 'nothing', 'everything', 'anything', 'morning', 'evening', 'warning', 'recording', 'reading', 'listing', 'spending', 'funding', 'being'])

/** Prepositions after which a reporting word in -s is a plural noun ("by estimates", "in reports"). */
const NOUN_PREPOSITIONS = new Set(['by', 'of', 'from', 'in', 'under', 'on', 'despite', 'amid', 'amidst', 'following', 'over', 'about', 'after', 'against', 'with'])
/** Quantifiers between such a preposition and the noun ("by some estimates", "in many reports"). */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'other', 'various', 'numerous', 'multiple', 'these', 'those', 'all', 'both', 'recent', 'earlier', 'conflicting', 'unconfirmed'])

/** A verb a plural noun subject takes ("reports said", "estimates suggest", "figures show"). */
function isVerbForm(norm: string): boolean {
  return PAST_FORMS.has(norm) || DATA_VERBS.has(norm) || norm === 'say' || norm === 'suggest'
}
const DATA_VERBS = new Set(cuePhraseEntries.filter((entry) => entry.data.form === 'data').flatMap((entry) => [entry.term, ...entry.forms]))

/**
 * "By the ministry's estimate, …", "…, by UN estimates", "by its own count": an estimator named in
 * a by-phrase governs the clause like "according to". Returns null when the phrase names no one
 * ("by some estimates", "by one count": the figure is an estimate with no estimator), and undefined
 * when the noun is not inside a by-phrase.
 */
function byNounCue(context: ModelContext, view: SentenceView, s: number, sEnd: number, entry: LexiconEntry): Draft | null | undefined {
  const { tokens } = context
  const { solid } = view
  let k = s - 1
  let words = 0
  while (k >= 0 && words < 7) {
    const t = tokens[solid[k]]
    if (t.type === 'word') {
      if (t.norm === 'by' || t.norm === 'on') break
      if (CLAUSE_STOP.has(t.norm) || BE.has(t.norm) || PAST_FORMS.has(t.norm) || PREPOSITIONS.has(t.norm)) return undefined
      words++
      k--
      continue
    }
    const glued = k > 0 && tokens[solid[k - 1]].end === t.start && tokens[solid[k - 1]].type === 'word'
    if (glued && (t.value === "'" || t.value === '\u2019' || t.value === '.' || t.value === '-')) {
      k--
      continue
    }
    return undefined
  }
  if (k < 0 || words === 0 || tokens[solid[k]].type !== 'word' || (tokens[solid[k]].norm !== 'by' && tokens[solid[k]].norm !== 'on')) return undefined
  const b = k
  const phrase: Phrase = { span: { start: tokens[solid[b + 1]].start, end: tokens[solid[s - 1]].end }, startSolid: b + 1, endSolid: s - 1 }
  const inPhrase = tokensIn(context, phrase.span).filter((t) => t.type === 'word')
  const sentenceStart = view.sentence.start
  const names = inPhrase.some(
    (t) => (/^\p{Lu}/u.test(t.value) && t.start !== sentenceStart) || /'s$|s'$/.test(t.norm) || POSSESSIVES.has(t.norm) || headMatcher.lookup(t.norm)?.data.kind === 'institution',
  )
  const vagueStart = DETERMINERS.has(inPhrase[0].norm) && inPhrase[0].norm !== 'the' && inPhrase[0].norm !== 'a' && inPhrase[0].norm !== 'an'
  if (!names || vagueStart) return null
  const cueSpan: Span = { start: tokens[solid[b]].start, end: tokens[solid[sEnd]].end }
  const covers: Span[] = []
  let left = b - 1
  if (left >= 0 && tokens[solid[left]].type === 'punctuation' && (tokens[solid[left]].value === ':' || tokens[solid[left]].value === ';')) left = -1
  if (left >= 0 && tokens[solid[left]].type === 'punctuation' && (tokens[solid[left]].value === ',' || tokens[solid[left]].value === '(' || tokens[solid[left]].value === '\u2014')) left--
  if (left >= 0) {
    const start = clauseStartBefore(context, view, left + 1, true)
    if (start <= left) covers.push({ start: tokens[solid[start]].start, end: tokens[solid[left]].end })
  }
  let after = sEnd + 1
  if (after < solid.length && tokens[solid[after]].type === 'punctuation' && (tokens[solid[after]].value === ',' || tokens[solid[after]].value === ')')) after++
  const opening = left < 0 || [',', ':', ';', '\u2014'].includes(tokens[solid[b - 1]]?.value ?? '')
  if (after < solid.length && opening && (left < 0 || !isSentenceEndish(tokens[solid[after]]))) covers.push(clauseSpan(context, view, after, left < 0))
  return draft('according-to', entry.term, cueSpan, phrase.span, classify(context, phrase), covers.filter(nonEmpty), [], view)
}

// ---------------------------------------------------------------------------------------------
// Phrase cues: according to, citing, per, impersonal, naming verbs, data verbs

function phraseCue(
  context: ModelContext,
  view: SentenceView,
  s: number,
  entry: LexiconEntry,
  lastToken: number,
  quoteStartsAt: Map<number, Quote>,
  quoteEndsAt: Map<number, Quote>,
): Draft | null {
  const { tokens } = context
  const { solid } = view
  const form = entry.data.form as CueForm
  const sEnd = solidIndexOf(view, lastToken - 1)
  const cueSpan: Span = { start: tokens[solid[s]].start, end: tokens[lastToken - 1].end }
  const prev = s > 0 ? tokens[solid[s - 1]] : undefined

  if (form === 'according-to' || form === 'citing' || form === 'per') {
    if (form === 'per') {
      const nextWord = tokens[solid[sEnd + 1]]
      if (!nextWord || nextWord.type !== 'word' || !(nextWord.norm === 'the' || /^\p{Lu}/u.test(nextWord.value) || nextWord.norm === 'its' || nextWord.norm === 'his' || nextWord.norm === 'her')) return null
      if (nextWord.norm === 'cent') return null
    }
    const source = nounPhraseAfter(context, view, sEnd + 1, true)
    if (!source) return null
    if (form === 'according-to' && !namesSource(context, source)) return null
    const covers: Span[] = []
    const indices: number[] = []
    // The clause before the cue (up to a boundary) and, if the cue opens the sentence, the clause after.
    let left = s - 1
    if (left >= 0 && tokens[solid[left]].type === 'punctuation' && (tokens[solid[left]].value === ':' || tokens[solid[left]].value === ';')) left = -1
    if (left >= 0 && tokens[solid[left]].type === 'punctuation' && (tokens[solid[left]].value === ',' || tokens[solid[left]].value === '(' || tokens[solid[left]].value === '\u2014')) left--
    if (left >= 0) {
      const start = clauseStartBefore(context, view, left + 1, true)
      if (start <= left) covers.push({ start: tokens[solid[start]].start, end: tokens[solid[left]].end })
      // A quote that ends right before the cue is attributed by it.
      const quote = quoteEndsAt.get(tokens[solid[left]].end)
      if (quote) for (const q of quoteChain(context.quotes, quote)) if (!indices.includes(q.index)) indices.push(q.index)
    }
    let after = source.endSolid + 1
    if (after < solid.length && tokens[solid[after]].type === 'punctuation' && (tokens[solid[after]].value === ',' || tokens[solid[after]].value === ')')) after++
    const opening = left < 0 || [',', ':', ';', '\u2014'].includes(tokens[solid[s - 1]]?.value ?? '')
    if (form === 'according-to' && after < solid.length && opening) {
      // "According to the poll, 24% …; 66% …": a leading cue governs the whole sentence after it.
      if (left < 0 || !isSentenceEndish(tokens[solid[after]])) covers.push(clauseSpan(context, view, after, left < 0))
    }
    if (form === 'according-to') {
      const quote = after < solid.length ? quoteStartsAt.get(tokens[solid[after]].start) : undefined
      if (quote) for (const q of quoteChain(context.quotes, quote)) addQuote(covers, indices, q)
    }
    return draft(form, entry.term, cueSpan, source.span, classify(context, source), covers.filter(nonEmpty), indices, view)
  }

  if (form === 'impersonal') {
    // reportedly / allegedly: the clause the adverb sits in.
    if (entry.term === 'reportedly' || entry.term === 'allegedly') {
      return draft('impersonal', entry.term, cueSpan, null, 'none', [clauseSpan(context, view, clauseStartBefore(context, view, s))].filter(nonEmpty), [], view)
    }
    // "Prosecutors allege that …": a verb with a subject.
    if (entry.data.verb === true && !(prev && BE.has(prev.norm))) {
      const before = subjectBefore(context, view, s)
      const nextWord = tokens[solid[sEnd + 1]]
      if (before.source && nextWord && nextWord.norm === 'that') {
        return draft('verb', entry.term, cueSpan, before.source.span, classify(context, before.source), [clauseSpan(context, view, sEnd + 2)].filter(nonEmpty), [], view)
      }
      return null
    }
    // it is believed that … / X is thought to … : only after a form of "be".
    if (!prev || !BE.has(prev.norm)) return null
    const nextWord = tokens[solid[sEnd + 1]]
    if (!nextWord || nextWord.type !== 'word') return null
    if (nextWord.norm === 'that') return draft('impersonal', entry.term, cueSpan, null, 'none', [clauseSpan(context, view, sEnd + 2)].filter(nonEmpty), [], view)
    // "It is believed the ship sank": "it is X" before a bare clause.
    if (itBefore(context, view, s) && startsClause(context, view, sEnd + 1) && finiteVerbSoon(context, view, sEnd + 1)) {
      return draft('impersonal', entry.term, cueSpan, null, 'none', [clauseSpan(context, view, sEnd + 1)].filter(nonEmpty), [], view)
    }
    if (nextWord.norm === 'to') {
      return draft('impersonal', entry.term, cueSpan, null, 'none', [clauseSpan(context, view, clauseStartBefore(context, view, s))].filter(nonEmpty), [], view)
    }
    return null
  }

  if (form === 'called') {
    // what X called Y / which X calls Y / designated Y by X / described as Y
    const before = subjectBefore(context, view, s)
    const wh = before.stopWord
    const isPassive = prev !== undefined && (BE.has(prev.norm) || prev.value === ',')
    if (prev && prev.type === 'word' && (PREPOSITIONS.has(prev.norm) || DETERMINERS.has(prev.norm))) return null
    if (entry.term === 'call' && !(wh === 'what' || wh === 'which' || wh === 'whom')) return null
    if (entry.term === 'list' && !(wh === 'which' || wh === 'whom')) return null
    let k = sEnd + 1
    if (k < solid.length && tokens[solid[k]].norm === 'as') k++
    if (k < solid.length && tokens[solid[k]].norm === 'it') k++
    if (k >= solid.length) return null
    const label = labelAfter(context, view, k)
    if (!label) return null
    let source = before.source && (wh === 'what' || wh === 'which' || wh === 'whom' || !isPassive) ? before.source : null
    let sourceKind: SourceKind = source ? classify(context, source) : 'none'
    const by = label.endSolid + 1 < solid.length && tokens[solid[label.endSolid + 1]].norm === 'by' ? label.endSolid + 2 : -1
    if (by > 0) {
      const agent = nounPhraseAfter(context, view, by)
      if (agent) {
        source = agent
        sourceKind = classify(context, agent)
      }
    }
    if (!source && !isPassive && entry.term !== 'dub') return null
    return draft('called', entry.term, cueSpan, source?.span ?? null, sourceKind, [label.span], [], view)
  }

  if (form === 'data') {
    if (prev && BE.has(prev.norm)) return null
    const before = subjectBefore(context, view, s)
    if (!before.source) return null
    // "It found that …" continues a study named before; any other subject must be data.
    const pronoun = PRONOUNS.has(context.text.slice(before.source.span.start, before.source.span.end).toLowerCase())
    if (!pronoun && !isDataSource(context, before.source)) return null
    if (pronoun && tokens[solid[sEnd + 1]]?.norm !== 'that') return null
    // "…, company reports show.": the sentence before the comma.
    if (before.commaBefore >= 0 && afterVerb(context, view, sEnd + 1) === 'end') {
      const firstSolid = clauseStartBefore(context, view, before.commaBefore, true)
      if (firstSolid < before.commaBefore) {
        const covers = [{ start: tokens[solid[firstSolid]].start, end: tokens[solid[before.commaBefore] - 1].end }]
        return draft('data', entry.term, cueSpan, before.source.span, classify(context, before.source), covers, [], view)
      }
    }
    let k = sEnd + 1
    if (k < solid.length && tokens[solid[k]].norm === 'that') k++
    if (k >= solid.length || !startsClause(context, view, k)) return null
    return draft('data', entry.term, cueSpan, before.source.span, classify(context, before.source), [clauseSpan(context, view, k)].filter(nonEmpty), [], view)
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Colon introductions: The minister was blunt: "We will not …"

function colonCue(context: ModelContext, view: SentenceView, s: number, quoteStartsAt: Map<number, Quote>): Draft | null {
  const { tokens } = context
  const { solid } = view
  if (s === 0 || s + 1 >= solid.length) return null
  const quote = quoteStartsAt.get(tokens[solid[s + 1]].start)
  if (!quote) return headlineColonCue(context, view, s, quoteStartsAt)
  if (quote.words < 2) return null
  // The speaker: the noun phrase that opens the sentence part before the colon.
  let start = s - 1
  while (start > 0 && tokens[solid[start - 1]].type === 'word') start--
  if (start >= s || tokens[solid[start]].quote >= 0) return null
  const phrase = nounPhraseAfter(context, view, start)
  if (!phrase) return null
  const covers: Span[] = []
  const indices: number[] = []
  for (const q of quoteChain(context.quotes, quote)) addQuote(covers, indices, q)
  const colon = tokens[solid[s]]
  return draft('colon', ':', { start: colon.start, end: colon.end }, phrase.span, classify(context, phrase), covers, indices, view)
}

/** Labels that open a line before a colon and name no speaker ("Correction:", "Editor's Note:"). */
const HEADLINE_LABELS = new Set(['note', 'correction', 'clarification', 'update', 'updated', 'photo', 'video', 'watch', 'read', 'related', 'listen', 'breaking', 'exclusive', 'opinion', 'analysis', 'editorial', 'advertisement'])

/**
 * A headline's speaker before a colon: "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol". A name of
 * one to four capitalised words opens the sentence, and a quotation follows later in it: the name
 * is the source of the rest of the sentence and of its quotes.
 */
function headlineColonCue(context: ModelContext, view: SentenceView, s: number, quoteStartsAt: Map<number, Quote>): Draft | null {
  const { tokens } = context
  const { solid } = view
  let words = 0
  for (let i = 0; i < s; i++) {
    const t = tokens[solid[i]]
    if (t.type === 'word') {
      if (!/^\p{Lu}/u.test(t.value) || t.quote >= 0) return null
      words++
      continue
    }
    const glued = i > 0 && tokens[solid[i - 1]].end === t.start
    if (!(glued && (t.value === '.' || t.value === "'" || t.value === '\u2019' || t.value === '-'))) return null
  }
  if (words === 0 || words > 4 || HEADLINE_LABELS.has(tokens[solid[s - 1]].norm)) return null
  const covers: Span[] = []
  const indices: number[] = []
  for (let i = s + 1; i < solid.length; i++) {
    const quote = quoteStartsAt.get(tokens[solid[i]].start)
    if (quote && quote.words >= 2) indices.push(quote.index)
  }
  if (indices.length === 0) return null
  covers.push(clauseSpan(context, view, s + 1, true, true))
  const colon = tokens[solid[s]]
  const source: Span = { start: tokens[solid[0]].start, end: tokens[solid[s - 1]].end }
  return draft('colon', ':', { start: colon.start, end: colon.end }, source, 'named', covers.filter(nonEmpty), indices, view)
}

// ---------------------------------------------------------------------------------------------
// Phrases and clauses

interface Phrase {
  span: Span
  /** Solid indices of the first and last token. */
  startSolid: number
  endSolid: number
}

interface Before {
  source: Phrase | null
  /** Solid index of the comma before the subject (trailing cue), or -1. */
  commaBefore: number
  /** End offset of a quote closing right before the subject, or 0. */
  quoteBefore: number
  /** A relative or wh- word right before the subject ("what", "which"), or null. */
  stopWord: string | null
}

/**
 * Scan a noun phrase leftwards from solid index `end` (inclusive): words, glued apostrophes and
 * initials ("Sen.", "O’Malley", "Sanders’"), short parentheticals ("(D-Md.)"). Returns the first
 * solid index of the phrase (end + 1 when empty).
 */
function scanPhraseLeft(context: ModelContext, view: SentenceView, end: number, maxWords: number): number {
  const { tokens } = context
  const { solid } = view
  let k = end
  let words = 0
  while (k >= 0 && words < maxWords) {
    const t = tokens[solid[k]]
    if (t.type === 'word') {
      if (CLAUSE_STOP.has(t.norm) || BE.has(t.norm) || (PAST_FORMS.has(t.norm) && !/^\p{Lu}/u.test(t.value))) break
      if (t.quote >= 0 && context.quotes[t.quote].words > 3) break
      words++
      k--
      continue
    }
    const prevToken = k > 0 ? tokens[solid[k - 1]] : undefined
    const glued = prevToken !== undefined && prevToken.end === t.start
    if ((t.value === '.' || t.value === "'" || t.value === '\u2019' || t.value === '-' || t.value === '&') && glued && prevToken.type === 'word') {
      k--
      continue
    }
    if (t.value === ')') {
      // a short parenthetical: "(D-Md.)", "(Reuters)"
      let j = k - 1
      while (j >= 0 && k - j <= 8 && tokens[solid[j]].value !== '(' && tokens[solid[j]].value !== ')') j--
      if (j >= 0 && tokens[solid[j]].value === '(' && j > 0 && tokens[solid[j - 1]].type === 'word') {
        k = j - 1
        continue
      }
    }
    break
  }
  return k + 1
}

/** The sentence's subject: after an introductory phrase, a run of names or a short determiner phrase. */
function sentenceSubject(context: ModelContext, view: SentenceView, before: number): Phrase | null {
  const { tokens } = context
  const { solid } = view
  let k = 0
  // Skip an introductory phrase that ends with a comma ("In an interview on Friday, …").
  for (let i = 0; i < Math.min(before, 16); i++) {
    const t = tokens[solid[i]]
    if (t.type === 'punctuation' && t.value === ',') {
      const first = tokens[solid[0]]
      const second = tokens[solid[1]]
      const participle = (first.norm.endsWith('ing') || first.norm.endsWith('ed')) && second !== undefined && !/^\p{Lu}/u.test(second.value)
      if (first.type === 'word' && (PREPOSITIONS.has(first.norm) || ADVERBIAL_START.has(first.norm) || participle || /^\d/.test(first.value))) k = i + 1
      break
    }
  }
  while (k < before && tokens[solid[k]].type === 'word' && (tokens[solid[k]].norm === 'but' || tokens[solid[k]].norm === 'and' || tokens[solid[k]].norm === 'so' || tokens[solid[k]].norm === 'yet')) k++
  const start = k
  let words = 0
  let determiner = false
  while (k < before && words < 8) {
    const t = tokens[solid[k]]
    if (t.type !== 'word') {
      const glued = k > 0 && tokens[solid[k - 1]].end === t.start
      if ((t.value === '.' || t.value === "'" || t.value === '\u2019' || t.value === '-') && glued) {
        k++
        continue
      }
      if (t.value === '(') {
        let j = k + 1
        while (j < before && j - k <= 8 && tokens[solid[j]].value !== ')') j++
        if (j < before && tokens[solid[j]].value === ')') {
          k = j + 1
          continue
        }
      }
      break
    }
    const capital = /^\p{Lu}/u.test(t.value)
    if (AUX.has(t.norm) || BE.has(t.norm) || CLAUSE_STOP.has(t.norm)) break
    if (words === 0 && (DETERMINERS.has(t.norm) || PRONOUNS.has(t.norm) || t.norm === 'his' || t.norm === 'her' || t.norm === 'their' || t.norm === 'its')) {
      determiner = !PRONOUNS.has(t.norm)
      words++
      k++
      if (!determiner) break
      continue
    }
    if ((t.norm === 'of' || t.norm === 'for' || t.norm === 'at' || t.norm === 'in') && words > 0 && k + 1 < before && /^\p{Lu}|^the$/u.test(tokens[solid[k + 1]].value)) {
      words++
      k++
      continue
    }
    if (!capital && !determiner) break
    if (!capital && determiner && (t.norm.endsWith('ed') || verbMatcher.has(t.norm) || words >= 4)) break
    words++
    k++
  }
  if (words === 0 || k <= start) return null
  let last = k - 1
  while (last > start && tokens[solid[last]].type !== 'word' && tokens[solid[last]].value !== ')' && tokens[solid[last]].value !== '.') last--
  return { span: { start: tokens[solid[start]].start, end: tokens[solid[last]].end }, startSolid: start, endSolid: last }
}

/** The subject before a verb at solid index s, skipping auxiliaries ("has also said"). */
function subjectBefore(context: ModelContext, view: SentenceView, s: number): Before {
  const { tokens } = context
  const { solid } = view
  let k = s - 1
  // A progressive ("is estimating", "had been predicting") skips its forms of "be" too.
  const progressive = /ing$/.test(tokens[solid[s]].norm)
  while (k >= 0 && tokens[solid[k]].type === 'word' && (AUX.has(tokens[solid[k]].norm) || (progressive && BE.has(tokens[solid[k]].norm))) && !PRONOUNS.has(tokens[solid[k]].norm)) k--
  const end = k
  const startSolid = scanPhraseLeft(context, view, end, 12)
  let source: Phrase | null = end >= startSolid ? { span: { start: tokens[solid[startSolid]].start, end: tokens[solid[end]].end }, startSolid, endSolid: end } : null
  let at = startSolid - 1
  let stop = at >= 0 ? tokens[solid[at]] : undefined
  // Appositive: "Jane Smith, a ministry spokeswoman, said"; "Rep. X (D-Md.), chair of …, said"
  if (!source && stop && stop.value === ',' && at > 0) {
    const appositiveStart = scanPhraseLeft(context, view, at - 1, 20)
    const comma = appositiveStart - 1
    // "The UN, citing local officials, said": the inserted cue is not part of the source.
    const inserted = appositiveStart <= at - 1 && phraseMatcher.matchAt(tokens, solid[appositiveStart]) !== null
    if (inserted && comma >= 1 && tokens[solid[comma]].value === ',') {
      const headStart = scanPhraseLeft(context, view, comma - 1, 8)
      if (headStart <= comma - 1) {
        source = { span: { start: tokens[solid[headStart]].start, end: tokens[solid[comma - 1]].end }, startSolid: headStart, endSolid: comma - 1 }
        at = headStart - 1
        stop = at >= 0 ? tokens[solid[at]] : undefined
      }
    } else if (appositiveStart <= at - 1 && comma >= 1 && tokens[solid[comma]].value === ',') {
      const headStart = scanPhraseLeft(context, view, comma - 1, 8)
      if (headStart <= comma - 1) {
        source = { span: { start: tokens[solid[headStart]].start, end: tokens[solid[at - 1]].end }, startSolid: headStart, endSolid: at - 1 }
        at = headStart - 1
        stop = at >= 0 ? tokens[solid[at]] : undefined
      }
    }
  }
  // A long appositive with its own clauses: "Mike Morrell, a veteran of the CIA who retired in 2013,
  // said …": the sentence's subject, up to the comma before the verb.
  if (!source && stop && stop.value === ',' && at > 1) {
    const subject = sentenceSubject(context, view, at)
    const after = subject ? tokens[solid[subject.endSolid + 1]] : undefined
    if (subject && after && after.value === ',' && subject.endSolid + 1 < at && !hasQuoteBetween(context, view, subject.endSolid + 1, at)) {
      source = { span: { start: subject.span.start, end: tokens[solid[at - 1]].end }, startSolid: subject.startSolid, endSolid: at - 1 }
      at = subject.startSolid - 1
      stop = at >= 0 ? tokens[solid[at]] : undefined
    }
  }
  let stopWord = stop && stop.type === 'word' ? stop.norm : null
  if (!source && stopWord) {
    if (stopWord === 'who' || stopWord === 'which' || stopWord === 'that') {
      // "voters who said …", "the ministry, which said …": the antecedent is the source.
      let a = at - 1
      if (a >= 0 && tokens[solid[a]].value === ',') a--
      const antecedent = a >= 0 ? scanPhraseLeft(context, view, a, 8) : 0
      if (a >= 0 && antecedent <= a) {
        // The relative clause is its own report: no quote or clause before it belongs to this cue.
        const relativeSource = { span: { start: tokens[solid[antecedent]].start, end: tokens[solid[a]].end }, startSolid: antecedent, endSolid: a }
        return { source: relativeSource, commaBefore: -1, quoteBefore: 0, stopWord }
      }
    } else if (stopWord === 'and' || stopWord === 'but') {
      // "X praised the plan and said …": the sentence's subject.
      source = sentenceSubject(context, view, at)
      stopWord = null
    }
  } else if (!source && stop && stop.value === ',' && tokens[solid[s]].norm.endsWith('ing')) {
    // ", saying that …", ", adding: …": the sentence's subject.
    source = sentenceSubject(context, view, at)
    return { source, commaBefore: -1, quoteBefore: 0, stopWord: null }
  }
  const marker = source ? (source.startSolid > 0 ? tokens[solid[source.startSolid - 1]] : undefined) : stop
  const markerAt = source ? source.startSolid - 1 : at
  let commaBefore = -1
  let quoteBefore = 0
  if (marker && marker.type === 'punctuation') {
    if (isCloser(context, marker)) quoteBefore = marker.end
    else if (marker.value === ',' || marker.value === '\u2014' || marker.value === '(' || marker.value === '-' || marker.value === '--') {
      commaBefore = markerAt
      const beforeComma = markerAt > 0 ? tokens[solid[markerAt - 1]] : undefined
      if (beforeComma && isCloser(context, beforeComma)) quoteBefore = beforeComma.end
    }
  } else if (!marker && markerAt < 0) {
    // The phrase opens the sentence: a quote may have closed the sentence before ("….” Rubio said.)
    const previous = context.sentences[view.sentence.index - 1]
    if (previous && previous.paragraph === view.sentence.paragraph) {
      let j = previous.tokenEnd - 1
      while (j >= previous.tokenStart && context.tokens[j].type === 'whitespace') j--
      if (j >= previous.tokenStart && isCloser(context, context.tokens[j])) quoteBefore = context.tokens[j].end
    }
  }
  return { source, commaBefore, quoteBefore, stopWord: marker && marker.type === 'word' ? marker.norm : stopWord }
}

function hasQuoteBetween(context: ModelContext, view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (isQuoteMark(context.tokens[view.solid[i]])) return true
  return false
}

function isCloser(context: ModelContext, token: Token): boolean {
  return token.type === 'punctuation' && closerOffsets(context).has(token.end)
}

const closerCache = new WeakMap<ModelContext['quotes'], Set<number>>()
function closerOffsets(context: ModelContext): Set<number> {
  let set = closerCache.get(context.quotes)
  if (!set) {
    set = new Set()
    for (const quote of context.quotes) if (quote.depth === 0) set.add(quote.end)
    closerCache.set(context.quotes, set)
  }
  return set
}

/** A noun phrase starting at solid index k (for "according to X", "said X", "told X"). */
function nounPhraseAfter(context: ModelContext, view: SentenceView, k: number, allowAnd = false): Phrase | null {
  const { tokens } = context
  const { solid } = view
  let e = k
  let words = 0
  while (e < solid.length && words < 12) {
    const t = tokens[solid[e]]
    if (t.type !== 'word') {
      // keep possessive or initials inside the phrase
      if ((t.value === "'" || t.value === '\u2019' || t.value === '&' || t.value === '-') && e + 1 < solid.length && tokens[solid[e + 1]].type === 'word') {
        e++
        continue
      }
      break
    }
    if (words > 0 && (ADVERBIAL_START.has(t.norm) || CLAUSE_STOP.has(t.norm)) && !(allowAnd && t.norm === 'and') && !(t.norm === 'of' || t.norm === 'for' || t.norm === 'at' || t.norm === 'in' ? words < 6 && isOfInstitution(tokens, solid, e) : false)) break
    if (words === 0 && (CLAUSE_STOP.has(t.norm) || (PREPOSITIONS.has(t.norm) && t.norm !== 'the'))) return null
    // A number ends the phrase ("according to the UN 40 people died"), except a year or count
    // after a determiner ("the 2009 paper", "a 2014 Labor Department study").
    if (/^\d/.test(t.value) && words > 0 && !(words === 1 && DETERMINERS.has(tokens[solid[e - 1]].norm))) break
    if (words > 0 && BE.has(t.norm)) break
    if (words > 0 && SUBJECT_PRONOUNS.has(t.norm.replace(/'.*$/, ''))) break
    if (words > 0 && PAST_FORMS.has(t.norm) && !/^\p{Lu}/u.test(t.value)) break
    words++
    e++
  }
  if (words === 0) return null
  return { span: { start: tokens[solid[k]].start, end: tokens[solid[e - 1]].end }, startSolid: k, endSolid: e - 1 }
}

/** "the Ministry of Health", "a spokesman for the army": a capitalised or determiner-led object. */
function isOfInstitution(tokens: readonly Token[], solid: readonly number[], e: number): boolean {
  const next = tokens[solid[e + 1]]
  if (!next || next.type !== 'word') return false
  return /^\p{Lu}/u.test(next.value) || next.norm === 'the'
}

/** The label after a naming verb: up to punctuation, "by", or a clause word. */
function labelAfter(context: ModelContext, view: SentenceView, k: number): Phrase | null {
  const { tokens } = context
  const { solid } = view
  let e = k
  let words = 0
  while (e < solid.length && words < 8) {
    const t = tokens[solid[e]]
    if (t.type !== 'word') {
      if (t.quote >= 0 || isQuoteMark(t) || t.type === 'symbol') {
        e++
        continue
      }
      break
    }
    if (words > 0 && (t.norm === 'by' || CLAUSE_STOP.has(t.norm) || (PREPOSITIONS.has(t.norm) && t.norm !== 'of'))) break
    words++
    e++
  }
  if (words === 0) return null
  while (e - 1 > k && tokens[solid[e - 1]].type !== 'word' && !isQuoteMark(tokens[solid[e - 1]])) e--
  return { span: { start: tokens[solid[k]].start, end: tokens[solid[e - 1]].end }, startSolid: k, endSolid: e - 1 }
}

function isQuoteMark(token: Token): boolean {
  return token.type === 'punctuation' && /^(["\u201c\u201d\u2018\u2019'\u00ab\u00bb]|''|``)$/.test(token.value)
}

/** What follows a verb: the sentence end, a comma (parenthetical), or a clause. */
function afterVerb(context: ModelContext, view: SentenceView, k: number): 'end' | 'comma' | 'clause' {
  const { tokens } = context
  const { solid } = view
  k = skipAdverbials(context, view, k)
  // "said Thursday.", "told CNN.", "told The Huffington Post.": a name or a day, then the end.
  let n = k
  while (n < solid.length && n < k + 4 && tokens[solid[n]].type === 'word' && /^\p{Lu}/u.test(tokens[solid[n]].value)) n++
  if (n > k && (n >= solid.length || /^[.!?]$/.test(tokens[solid[n]].value))) return 'end'
  if (k >= solid.length) return 'end'
  const t = tokens[solid[k]]
  // "…, says the Office for National Statistics (ONS).": a short bracket after the source.
  if (t.type === 'punctuation' && t.value === '(') {
    for (let e = k + 1; e < Math.min(solid.length, k + 8); e++) {
      if (tokens[solid[e]].value === ')') return e + 1 >= solid.length ? 'end' : afterVerb(context, view, e + 1)
    }
  }
  if (t.type === 'punctuation' && (t.value === '.' || t.value === '!' || t.value === '?' || t.value === ';' || t.value === '...' || t.value === '\u2026' || t.value === ')')) return 'end'
  if (t.type === 'punctuation' && (t.value === ',' || t.value === '\u2014' || t.value === '-' || t.value === '--')) return 'comma'
  if (isQuoteMark(t)) return 'end'
  return 'clause'
}

/** Finite verbs and auxiliaries: a noun phrase followed by one of these within a few words is a clause. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does', 'do', "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't"])

/** i itself if the word at i ends its clause (punctuation or the sentence end follows), else -1. */
function lastWordOfClause(context: ModelContext, view: SentenceView, i: number): number {
  const next = context.tokens[view.solid[i + 1]]
  return next === undefined || next.type === 'punctuation' ? i : -1
}

function finiteVerbSoon(context: ModelContext, view: SentenceView, k: number): boolean {
  const { tokens } = context
  const { solid } = view
  for (let i = k; i < Math.min(solid.length, k + 12); i++) {
    const t = tokens[solid[i]]
    if (t.type !== 'word') {
      if (t.value === "'" || t.value === '\u2019' || t.value === '-' || t.value === '.') continue
      return false
    }
    if (i > k && (FINITE.has(t.norm) || /^(he|she|it|that|there|what|who|where|here)'s$/.test(t.norm) || /'(re|ll|d|ve)$/.test(t.norm))) return true
    // A past-tense verb after the subject ("nearly 400 delegates participated").
    if (i > k + 1 && t.norm.length > 4 && t.norm.endsWith('ed') && /^\p{Ll}/u.test(t.value) && i === lastWordOfClause(context, view, i)) return true
    if (i === k && /'(re|ll|d|ve)$/.test(t.norm)) return true
  }
  return false
}

/**
 * Where a reported clause may start after a verb: right away, or after an adverbial of one to four
 * words ("said on Friday he met…", "said in a statement that…", "told reporters last week that…").
 */
function adverbialExits(context: ModelContext, view: SentenceView, k: number): number[] {
  const { tokens } = context
  const { solid } = view
  const exits = [k]
  // "said — on Twitter, as it happens — that …": an aside between dashes.
  const dash = tokens[solid[k]]
  if (dash && dash.type === 'punctuation' && (dash.value === '\u2014' || dash.value === '--' || dash.value === '\u2013')) {
    for (let e = k + 1; e < Math.min(solid.length, k + 16); e++) {
      if (tokens[solid[e]].value === dash.value) {
        if (e + 1 < solid.length) exits.push(e + 1)
        break
      }
    }
  }
  // "said Tuesday that", "told reporters Friday that": a "that" within three words.
  for (let e = k + 1; e < Math.min(solid.length, k + 4); e++) {
    const t = tokens[solid[e]]
    if (t.type !== 'word') break
    if (t.norm === 'that') {
      exits.push(e)
      break
    }
  }
  const first = tokens[solid[k]]
  if (!first || first.type !== 'word' || !ADVERBIAL_START.has(first.norm)) return exits
  for (let e = k + 1; e < Math.min(solid.length, k + 7); e++) {
    const t = tokens[solid[e]]
    exits.push(e)
    if (t.type !== 'word') break
  }
  return exits
}

/**
 * Skip an adverbial after a verb ("on Friday", "in a wide-ranging interview with the Post",
 * "late on Tuesday"): up to the next punctuation or "that", within 12 words. Returns k unchanged when
 * the words after k run on into a clause.
 */
function skipAdverbials(context: ModelContext, view: SentenceView, k: number): number {
  const { tokens } = context
  const { solid } = view
  const first = tokens[solid[k]]
  if (!first || first.type !== 'word' || !ADVERBIAL_START.has(first.norm)) return k
  // "reported at least six planes …": a hedged figure, not an adverbial.
  if (startsFigure(context, view, k)) return k
  for (let e = k + 1; e < Math.min(solid.length, k + 14); e++) {
    const t = tokens[solid[e]]
    if (t.type === 'word' && t.norm === 'that') return e
    if (t.type === 'word' && t.quote >= 0) return k
    if (t.type === 'punctuation') {
      const glued = tokens[solid[e - 1]].end === t.start && tokens[solid[e - 1]].type === 'word' && (t.value === '.' || t.value === "'" || t.value === '\u2019' || t.value === '-')
      if (glued && e + 1 < solid.length && tokens[solid[e + 1]].type === 'word') continue
      return e
    }
  }
  return solid.length <= k + 14 ? solid.length : k
}

/** Does solid index k open a clause (a subject: determiner, pronoun, name, number, noun)? */
function startsClause(context: ModelContext, view: SentenceView, k: number): boolean {
  const t = context.tokens[view.solid[k]]
  if (!t) return false
  if (t.type === 'symbol') return /^[$£€¥]$/.test(t.value)
  if (isQuoteMark(t)) return true
  if (t.type !== 'word') return false
  if (PREPOSITIONS.has(t.norm) || t.norm === 'nothing' || t.norm === 'so' || t.norm === 'goodbye' || t.norm === 'yes' || t.norm === 'no' || t.norm === 'sorry' || t.norm === 'hello' || t.norm === 'thanks' || t.norm === 'not') return false
  if (t.norm === 'responsibility' || t.norm === 'victory' || t.norm === 'credit') return false
  // A verb form right after ("said added") is not a clause start.
  if (BE.has(t.norm)) return false
  return true
}

/**
 * Solid index at which the clause that contains solid index k begins. A trailing cue ("…, the
 * ministry said.", "…, according to the FBI.") governs everything before it back to a semicolon or
 * colon (`trailing`); otherwise a writer's clause (", while …") also starts a new clause.
 */
function clauseStartBefore(context: ModelContext, view: SentenceView, k: number, trailing = false): number {
  const { tokens } = context
  const { solid } = view
  let i = Math.min(k, solid.length) - 1
  const floor = Math.max(0, i - MAX_CLAUSE)
  while (i >= floor) {
    const t = tokens[solid[i]]
    if (t.type === 'punctuation' && (t.value === ':' || (t.value === ';' && !trailing)) && t.quote < 0) return i + 1
    if (!trailing && t.type === 'punctuation' && t.value === ',' && i + 1 < solid.length) {
      const n = tokens[solid[i + 1]]
      if (n.type === 'word' && WRITER_CLAUSE.has(n.norm) && n.norm !== 'and') return i + 1
    }
    i--
  }
  return floor
}

/** The span from solid index k to the end of its clause (sentence end or a writer's clause). */
function clauseSpan(context: ModelContext, view: SentenceView, k: number, acrossSemicolons = false, toSentenceEnd = false): Span {
  const { tokens } = context
  const { solid } = view
  if (k >= solid.length) return { start: 0, end: 0 }
  let e = k
  // A clause is bounded: in a run-on "sentence" of thousands of words (a list, a page with no full
  // stop) a cue governs at most MAX_CLAUSE tokens, so work stays linear.
  const limit = Math.min(solid.length, k + MAX_CLAUSE)
  while (e < limit) {
    if (e > k && !toSentenceEnd && boundaryAt(context, view, e) && !(acrossSemicolons && tokens[solid[e]].value === ';')) break
    e++
  }
  let last = e - 1
  while (last > k && tokens[solid[last]].type === 'punctuation' && /^[.,;:!?)\u2014-]$|^\.\.\.$|^\u2026$/.test(tokens[solid[last]].value)) last--
  let end = tokens[solid[last]].end
  // A quotation that opens inside the clause is part of it, to its end (even past the sentence).
  let q = tokens[solid[e - 1]].quote
  while (q >= 0 && context.quotes[q].parent >= 0) q = context.quotes[q].parent
  if (q >= 0 && context.quotes[q].start >= tokens[solid[k]].start) end = Math.max(end, context.quotes[q].end)
  return { start: tokens[solid[k]].start, end }
}

/** A boundary that ends a reported clause: ";" or ", as/while/but …". */
function boundaryAt(context: ModelContext, view: SentenceView, e: number): boolean {
  const { tokens } = context
  const { solid } = view
  const t = tokens[solid[e]]
  if (t.quote >= 0) return false
  if (t.type === 'punctuation' && t.value === ';') return true
  if (t.type === 'punctuation' && (t.value === ',' || t.value === '\u2014')) {
    // ", citing X", ", according to X": another cue's attachment, not this clause's content.
    const attached = e + 1 < solid.length ? phraseMatcher.matchAt(tokens, solid[e + 1]) : null
    if (attached && ATTACHED_FORMS.has(String(attached.entry.data.form))) return true
    const n = tokens[solid[e + 1]]
    if (n && n.type === 'word' && WRITER_CLAUSE.has(n.norm)) {
      if (n.norm === 'and') {
        // ", and X said …" starts a new report; ", and 20 were injured" continues the content.
        return false
      }
      return true
    }
  }
  return false
}

function clauseAround(context: ModelContext, view: SentenceView, k: number): Span[] {
  const start = clauseStartBefore(context, view, k)
  return [clauseSpan(context, view, start)].filter(nonEmpty)
}

function clauseFrom(context: ModelContext, view: SentenceView, k: number): Span[] {
  return [clauseSpan(context, view, k)].filter(nonEmpty)
}

function nextCommaAfter(context: ModelContext, view: SentenceView, k: number): number {
  for (let i = k; i < view.solid.length; i++) {
    const t = context.tokens[view.solid[i]]
    if (t.type === 'punctuation' && (t.value === ',' || t.value === '\u2014')) return i
    if (t.type === 'punctuation' && t.value === '.') return -1
  }
  return -1
}

function solidAtOrAfter(view: SentenceView, offset: number, tokens: readonly Token[]): number {
  const i = firstNotBefore(view.solid.length, (k) => tokens[view.solid[k]].start < offset)
  return i < view.solid.length ? i : -1
}

function isSentenceEndish(token: Token): boolean {
  return token.type === 'punctuation' && /^[.!?]$/.test(token.value)
}

function nonEmpty(span: Span): boolean {
  return span.end > span.start
}

function quoteChain(quotes: readonly Quote[], quote: Quote): Quote[] {
  const chain: Quote[] = [quote]
  let back = quote.continues
  while (back >= 0) {
    chain.unshift(quotes[back])
    back = quotes[back].continues
  }
  // forward continuations
  for (let i = quote.index + 1; i < quotes.length; i++) {
    if (quotes[i].continues === chain[chain.length - 1].index) chain.push(quotes[i])
  }
  return chain
}

/**
 * Quotes that open the sentences right after `sentence` in its paragraph: the same speaker going on
 * (“…,” she said. “…” ). Stops at the first sentence that does not open with a quote.
 */
function followingQuotes(context: ModelContext, sentence: Sentence, quoteStartsAt: Map<number, Quote>): Quote[] {
  const { tokens, sentences } = context
  const out: Quote[] = []
  let next = sentence.index + 1
  while (next < sentences.length && sentences[next].paragraph === sentence.paragraph) {
    let i = sentences[next].tokenStart
    while (i < sentences[next].tokenEnd && tokens[i].type === 'whitespace') i++
    const quote = quoteStartsAt.get(tokens[i]?.start ?? -1)
    if (!quote) break
    out.push(quote)
    next = quote.sentenceEnd + 1
  }
  return out
}

function addQuote(covers: Span[], indices: number[], quote: Quote): void {
  if (indices.includes(quote.index)) return
  indices.push(quote.index)
  covers.push({ start: quote.start, end: quote.end })
}

// ---------------------------------------------------------------------------------------------
// Sources

/** named | vague | anonymous, from the source phrase's words. Pronouns are resolved later. */
function classify(context: ModelContext, phrase: Phrase): SourceKind {
  const words: Token[] = []
  for (const t of tokensIn(context, phrase.span)) if (t.type === 'word') words.push(t)
  if (words.length === 0) return 'named'
  if (words.length === 1 && PRONOUNS.has(words[0].norm)) return 'named'
  // "Critics, including Senator Smith": the group is named by its members.
  const including = words.findIndex((t) => NAMING_WORDS.has(t.norm))
  if (including > 0 && words.slice(including + 1).some((t) => /^\p{Lu}/u.test(t.value))) return 'named'
  let quantifierLed = false
  // Find a source head (officials, sources, critics…) and look at what qualifies it.
  for (let w = 0; w < words.length; w++) {
    const entry = headMatcher.lookup(words[w].norm)
    if (!entry) continue
    // "Some", "many": vague alone or before a group ("many Democrats"); a head may follow.
    if (entry.data.bare === true) {
      if (w === words.length - 1 && words.length <= 2) return 'vague'
      if (w === 0) quantifierLed = true
      continue
    }
    const kind = entry.data.kind
    // "police officials", "a senior army officer": the institution qualifies a later head; so does
    // any head before another ("official figures", "government data").
    if (kind === 'institution' && words.slice(w + 1).some((t) => isPersonHead(t.norm))) continue
    if (words.slice(w + 1).some((t) => headMatcher.lookup(t.norm)?.data.kind === 'data')) continue
    const qualifiers = words.slice(0, w).filter((t) => !NON_QUALIFIERS.has(t.norm))
    const post = words.slice(w + 1)
    const qualified = qualifiers.length > 0 || post.some((t) => QUALIFYING_POST.has(t.norm) || /^\p{Lu}/u.test(t.value))
    const sentenceInitial = words[0].start === sentenceStartOffset(context, words[0])
    const properQualifier = qualifiers.some((t) => /^\p{Lu}/u.test(t.value) && !(sentenceInitial && t === words[0]))
    if (kind === 'data') {
      return qualified || properQualifier ? 'named' : 'vague'
    }
    if (kind === 'group') {
      if (!qualified) return 'vague'
      // "Senate Democrats" is not an anonymous source; "State Department officials" is.
      return 'anonymous'
    }
    if (kind === 'person') return qualified ? 'anonymous' : entry.data.bareVague ? 'vague' : 'anonymous'
    return 'named'
  }
  // "Some in the White House", "many close to the president": unnamed but placed.
  if (quantifierLed) return words.slice(1).some((t) => PLACING_WORDS.has(t.norm)) ? 'anonymous' : 'vague'
  // The head is a verb-shaped noun ("according to reports", "estimates suggest"), unless someone's
  // ("UN estimates", "the ministry's reports").
  const last = words[words.length - 1]
  const owned = words.slice(0, -1).some((t) => (/^\p{Lu}/u.test(t.value) && (t.start !== sentenceStartOffset(context, t) || /^\p{Lu}{2,}/u.test(t.value))) || /'s$|s'$/.test(t.norm) || POSSESSIVES.has(t.norm))
  if (words.length <= 2 && verbMatcher.has(last.norm) && !/^\p{Lu}/u.test(last.value) && !owned) return 'vague'
  return 'named'
}

function isPersonHead(norm: string): boolean {
  const kind = headMatcher.lookup(norm)?.data.kind
  return kind === 'group' || kind === 'person'
}

/** Words that name the members of a group source ("critics, including Senator Smith"). */
const NAMING_WORDS = new Set(['including', 'notably', 'among', 'led', 'such'])
/** Words that place an unnamed group ("some in the White House", "many close to the president"). */
const PLACING_WORDS = new Set(['in', 'at', 'inside', 'within', 'close', 'familiar', 'near', 'around'])

function tokensIn(context: ModelContext, span: Span): Token[] {
  const { tokens } = context
  const out: Token[] = []
  for (let i = tokenAt(tokens, span.start); i < tokens.length && tokens[i].start < span.end; i++) out.push(tokens[i])
  return out
}

function sentenceStartOffset(context: ModelContext, token: Token): number {
  return context.sentences[token.sentence].start
}

/**
 * Does a phrase after "according to" name a source? "according to plan/schedule/tradition" does not:
 * a single bare singular noun that is not a source head names no one; a plural ("lawyers") does.
 */
function namesSource(context: ModelContext, phrase: Phrase): boolean {
  const words = tokensIn(context, phrase.span).filter((t) => t.type === 'word')
  if (words.length === 0) return false
  if (headMatcher.lookup(words[0].norm)) return true
  if (words.length > 1 || DETERMINERS.has(words[0].norm) || /^\p{Lu}|^\d/u.test(words[0].value)) return true
  const only = words.length === 1 ? words[0] : undefined
  if (only && /^\p{Ll}/u.test(only.value) && !only.norm.endsWith('s') && !verbMatcher.has(only.norm)) return false
  return true
}

function isDataSource(context: ModelContext, phrase: Phrase): boolean {
  for (const t of tokensIn(context, phrase.span)) {
    if (t.type !== 'word') continue
    const entry = headMatcher.lookup(t.norm)
    if (entry && entry.data.kind === 'data') return true
    if (verbMatcher.has(t.norm) && (t.norm === 'estimates' || t.norm === 'reports' || t.norm === 'forecasts')) return true
  }
  return false
}

function draft(
  form: CueForm,
  lemma: string,
  span: Span,
  source: Span | null,
  sourceKind: SourceKind,
  covers: Span[],
  quotes: number[],
  view: SentenceView,
): Draft {
  return { form, lemma, start: span.start, end: span.end, source, sourceKind, covers, quotes, sentence: view.sentence.index, continues: -1 }
}

/** Pronoun sources ("she said", "it added") continue the most recent cue with a non-pronoun source. */
function resolvePronouns(cues: Cue[], context: ModelContext): void {
  const { text, sentences } = context
  let lastNamed = -1
  for (const cue of cues) {
    // A pronoun source is one short word: no text to read for a longer one.
    const pronoun = cue.source !== null && cue.source.end - cue.source.start <= PRONOUN_LENGTH && PRONOUNS.has(text.slice(cue.source.start, cue.source.end).toLowerCase())
    if (pronoun) {
      if (lastNamed >= 0 && sentences[cues[lastNamed].sentence].paragraph >= sentences[cue.sentence].paragraph - 3) {
        cue.continues = lastNamed
        cue.sourceKind = cues[lastNamed].sourceKind
      }
      continue
    }
    if (cue.source) lastNamed = cue.index
  }
}
