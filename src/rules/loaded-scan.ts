/**
 * The loaded-terms scan: one pass over the model's words, one hash look-up per word, shared by the
 * eight rules of retextLoadedTerms and cached per model. It finds every lexicon phrase of the
 * `loaded-*` categories and decides, once, the context every rule needs:
 *
 * - conditions the entry carries as data (other senses, fixed names, grammatical positions);
 * - proper names (a capitalised word inside a sentence: "Terrorism Act", "Pro-Life Action League");
 * - attribution: inside what a cue covers ("what the ministry called [a terrorist attack]", "the
 *   ministry said [the attack was …]") or after a naming verb ("critics branded him a thug");
 * - quotation: the innermost quote the words sit in (the speaker's words);
 * - whether the words are part of a model cue (loaded-attribution-verb owns those);
 * - scare quotes: one to three quoted words in the writer's voice (doubt-marker's finding).
 *
 * Overlapping findings are resolved here, so each span gets one message: the more specific rule
 * wins (contested-label over emotive-language), then the longer phrase.
 *
 * Entry data the scan interprets (all optional; documented in docs/lexicon.md):
 *   notBefore / notAfter   word sequences right after / before the match that make it another sense
 *   onlyBefore / onlyAfter the match counts only right before / after one of these
 *   onlyNear               the match counts only with one of these words within `window` words
 *   notNear                not flagged with one of these words in the sentence or the one before
 *   notInDocumentWith      not flagged in a document that uses one of these words anywhere
 *                          ("slaughter" in a story about a genocide uses a strong word precisely)
 *   fixed                  fixed names and terms containing the match ("boston massacre")
 *   notBeforeQuote         not flagged right before a quotation mark (so-called "smart guns")
 *   notAfterName           not flagged right after a capitalised word ("the Srebrenica massacre")
 *   needsName              flagged only next to a name ("the Assad regime", "the regime in Tehran")
 *   attributive            flagged only between a determiner (or possessive) and a following word
 *   notBeforeName          not flagged right before a capitalised word (so-called Guildford Four)
 *   notInSport, notInArts  not flagged in a sentence (or a document: four genre words) about sport or
 *                          about a film, book, song or game
 *                          (match reports and reviews judge performances by design: "a superb save")
 *   uncountable            the alternatives take no article ("a fetal heartbeat" → "cardiac activity")
 *   capitalised            the term is written with a capital ("Wuhan virus"): no proper-name check
 *   choice                 a preset-dependent choice the owning rule's options decide
 *   role                   `agent`, `violence`, `accident`, `unknown`: context words, never flagged
 */
import { entries as doubtEntries } from '../lexicon/generated/loaded-doubt.js'
import { entries as editorializingEntries } from '../lexicon/generated/loaded-editorializing.js'
import { entries as emotiveEntries } from '../lexicon/generated/loaded-emotive.js'
import { entries as euphemismEntries } from '../lexicon/generated/loaded-euphemisms.js'
import { entries as framedEntries } from '../lexicon/generated/loaded-framed.js'
import { entries as harmEntries } from '../lexicon/generated/loaded-harm.js'
import { entries as labelEntries } from '../lexicon/generated/loaded-labels.js'
import { entries as pufferyEntries } from '../lexicon/generated/loaded-puffery.js'
import { PhraseMatcher } from '../lexicon/matcher.js'
import type { LexiconEntry } from '../lexicon/schema.js'
import { nextSolid, prevSolid } from '../model/tokens.js'
import type { ProseModel, Span, Token } from '../model/types.js'

export const LOADED_ENTRIES: readonly LexiconEntry[] = [
  ...labelEntries,
  ...framedEntries,
  ...euphemismEntries,
  ...doubtEntries,
  ...harmEntries,
  ...emotiveEntries,
  ...pufferyEntries,
  ...editorializingEntries,
]

/** Compiled once per process: unified-engine attaches plugins once per file. */
const builtIn = new PhraseMatcher(LOADED_ENTRIES)

/**
 * With a newsroom's `deny` entries: one matcher per validated list (the plugin caches lists), the
 * newsroom's entries first so that, for the same phrase, theirs wins.
 */
const withDeny = new WeakMap<readonly LexiconEntry[], PhraseMatcher>()
/** The `deny` entries the loaded-terms plugin gave for a model (set before its rules run). */
const denyOf = new WeakMap<ProseModel, readonly LexiconEntry[]>()

function matcherFor(deny: readonly LexiconEntry[] | undefined): PhraseMatcher {
  if (!deny || deny.length === 0) return builtIn
  let matcher = withDeny.get(deny)
  if (!matcher) {
    matcher = new PhraseMatcher([...deny, ...LOADED_ENTRIES])
    withDeny.set(deny, matcher)
  }
  return matcher
}

/**
 * Use a newsroom's own entries (validated by `validateDeny`) when scanning this model: the
 * loaded-terms plugin calls it before its rules, which then read `scanLoaded(model)` as usual.
 */
export function useDeny(model: ProseModel, deny: readonly LexiconEntry[]): void {
  if (denyOf.get(model) === deny || (deny.length === 0 && !denyOf.has(model))) return
  denyOf.set(model, deny)
  cache.delete(model)
}

/** Where two findings overlap, the earlier rule in this list wins (the more specific one). */
export const RULE_PRECEDENCE = [
  'contested-label',
  'framed-term',
  'euphemism',
  'doubt-marker',
  'agentless-harm',
  'emotive-language',
  'puffery',
  'editorializing',
] as const

export interface TermHit extends Span {
  entry: LexiconEntry
  /** The matched phrase, normalised. */
  phrase: string
  /** Token indices: first word, and one past the last word. */
  first: number
  last: number
  sentence: number
  /** The innermost quote the words sit in, or -1. */
  quote: number
  /** The words are inside what an attribution cue covers, or follow a naming verb. */
  attributed: boolean
  /** The words are (part of) a model cue: loaded-attribution-verb's, not ours. */
  cue: boolean
  /** Why the entry's conditions let this occurrence pass (another sense, a fixed name), or null. */
  blocked: string | null
}

export interface LoadedScan {
  /** Candidate findings, one per span (overlaps resolved), in text order. Blocked ones are dropped. */
  hits: TermHit[]
  /** Context words (entries with a `role`), in text order. */
  context: TermHit[]
  /** Quote indices that are scare quotes (doubt-marker's). */
  scareQuotes: Set<number>
  /** Start offsets of `hits`, for "is the next word flagged too?" in one look-up. */
  hitStarts: Set<number>
}

// ---------------------------------------------------------------------------------------------
// Closed-class words: grammar, not vocabulary.

export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'any', 'such', 'another', 'every', 'each', 'no', 'one'])
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am'])
/** Verbs that attribute the label after them to their subject ("branded him a thug", "called it a massacre"). */
const NAMING_DIRECT = new Set([
  'called', 'calls', 'calling', 'dubbed', 'dubs', 'dubbing', 'branded', 'branding', 'labelled', 'labeled', 'labelling',
  'labeling', 'termed', 'deemed', 'deems', 'considered', 'considers', 'considering', 'nicknamed',
])
/**
 * Reporting verbs before the term in its clause: a fallback where the model found no cue (a long
 * subject, "warned there was a risk … extremists"); what follows them is the speaker's.
 */
const REPORTING = new Set([
  'said', 'says', 'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'told', 'tells', 'added',
  'wrote', 'writes', 'believes', 'believed', 'feared', 'fears', 'alleged', 'alleges', 'suggested', 'suggests', 'stressed',
  'admitted', 'acknowledged', 'conceded', 'testified', 'complained', 'complains', 'predicted', 'predicts',
])
const REPORTING_TOPIC = new Set(['about', 'of', 'over', 'against', 'with'])
/** Verbs that attribute a label only through "as" ("condemned the attack as barbaric", "described him as a thug"). */
const NAMING_AS = new Set([
  'described', 'describes', 'describing', 'denounced', 'denounces', 'denouncing', 'condemned', 'condemns', 'condemning',
  'decried', 'decries', 'dismissed', 'dismisses', 'portrayed', 'portrays', 'depicted', 'depicts', 'characterised',
  'characterized', 'characterises', 'characterizes', 'hailed', 'hails', 'billed', 'touted', 'regarded', 'regards',
  'viewed', 'seen', 'sees', 'praised', 'praises', 'lauded', 'criticised', 'criticized', 'attacked', 'slammed', 'blasted',
  'branded', 'labelled', 'labeled', 'denounce', 'condemn', 'describe', 'portray', 'depict', 'characterise', 'characterize',
  'berated', 'berating', 'judging', 'judged', 'painted', 'painting', 'paints', 'cast', 'casting', 'casts', 'tarred', 'tarring',
  'treated', 'treating', 'mocked', 'mocking', 'ridiculed', 'smeared', 'smearing', 'attacking', 'denouncing', 'vilified',
  'vilifying', 'demonised', 'demonized', 'demonising', 'demonizing', 'dismissing', 'portraying', 'depicting', 'describing',
])
/** Findings that attribute the clause after "that" ("the tribunal found that the militia committed atrocities"). */
const FINDING_VERBS = new Set(['found', 'finds', 'ruled', 'rules', 'concluded', 'concludes', 'judged', 'determined', 'established', 'held'])
/** After a naming verb these words mean another sense ("called for", "called off", "seen to"). */
const NAMING_PARTICLES = new Set(['to', 'for', 'on', 'off', 'up', 'in', 'out', 'back', 'into', 'upon', 'at', 'by', 'from', 'over'])
const QUOTE_MARKS = new Set(['"', '\u201c', '\u2018', "'", '\u00ab'])
/** Punctuation that opens a new clause: a capitalised word after it may start the clause. */
const OPENERS = new Set([':', '"', '\u201c', '\u2018', "'", '(', '[', '\u2014', '\u2013', '-', '\u2022', '*'])
/** Cue forms and lemmas whose covers do not attribute a label: data and estimates are not speech. */
const NON_LABEL_FORMS = new Set(['data'])
const NON_LABEL_LEMMAS = new Set(['estimate', 'predict', 'forecast', 'expect', 'count', 'put', 'show', 'indicate'])

/**
 * Genre words: a sentence holding one is about sport, or about a film, book, song or game. Some
 * entries (evaluative adjectives, demonising words in plot summaries) are not flagged there.
 */
const SPORT_WORDS = new Set([
  'match', 'matches', 'goal', 'goals', 'tries', 'striker', 'strikers', 'midfielder', 'defender', 'defenders', 'goalkeeper',
  'semi-final', 'quarter-final', 'innings', 'wicket', 'wickets', 'penalty', 'penalties', 'fixture', 'fixtures', 'tournament',
  'olympics', 'olympic', 'medal', 'medals', 'half-time', 'tennis', 'football', 'rugby', 'cricket', 'golf', 'athletics', 'boxing',
  'sprint', 'marathon', 'relay', 'stadium', 'referee', 'volley', 'backhand', 'forehand', 'tackle', 'scrum', 'header', 'singles',
  'doubles', 'try-scorer', 'winger', 'fly-half', 'batsman', 'bowler', 'bowling', 'batting', 'sin-binned', 'premiership',
  'bundesliga', 'uefa', 'fifa', 'injury-time', 'extra-time', 'wimbledon', 'twickenham', 'athletes', 'athlete', 'silverware',
  'game', 'games', 'season', 'squad', 'league', 'cup', 'champions', 'championship', 'club', 'clubs', 'scored', 'scoring',
  'player', 'players', 'comeback', 'pitch', 'equaliser', 'equalizer', 'hat-trick', 'free-kick', 'free-kicks', 'capped', 'touchline',
  'dugout', 'full-time', 'kick-off', 'kickoff', 'play-off', 'play-offs', 'playoff', 'relegation', 'midfield', 'goalscorer',
  'podium', 'seeded', 'unseeded', 'quarter-finals', 'semi-finals', 'minute', 'strike', 'visitors', 'lead', 'points', 'draw',
  'win', 'won', 'defeat', 'victory', 'title', 'final', 'side', 'team', 'manager', 'coach', 'captain',
])
/** Sport words that are common elsewhere ("market players", "the holiday season"): sentence-level only. */
const SPORT_AMBIGUOUS = new Set([
  'game', 'games', 'season', 'squad', 'league', 'cup', 'champions', 'championship', 'club', 'clubs', 'scored', 'scoring', 'player',
  'players', 'comeback', 'pitch', 'minute', 'strike', 'visitors', 'lead', 'points', 'draw', 'win', 'won', 'defeat', 'victory',
  'title', 'final', 'side', 'team', 'manager', 'coach', 'captain',
])
const ARTS_WORDS = new Set([
  'film', 'films', 'movie', 'movies', 'novel', 'novels', 'book', 'books', 'characters', 'plot', 'episode', 'episodes', 'sitcom',
  'villain', 'villains', 'heroine', 'comics', 'cartoon', 'starring', 'actor', 'actress', 'album', 'albums', 'song', 'songs',
  'singer', 'lyrics', 'opera', 'musical', 'theatre', 'thriller', 'horror', 'comedy', 'fictional', 'novelist', 'sequel', 'remake',
  'oscar', 'oscars', 'bafta', 'baftas', 'emmy', 'grammy', 'gig', 'concert', 'gameplay', 'console', 'deathmatch', 'playable',
  'director', 'band', 'bands', 'drama', 'dramas', 'soap', 'comic', 'fantasy', 'fiction', 'creator', 'premiere', 'graphics', 'played',
])
/** Arts words that are common elsewhere ("finance director", "tax band"): sentence-level only. */
const ARTS_AMBIGUOUS = new Set(['director', 'band', 'bands', 'drama', 'dramas', 'soap', 'comic', 'fantasy', 'fiction', 'creator', 'premiere', 'graphics', 'played'])

// ---------------------------------------------------------------------------------------------
// Token helpers

/** Normalised words right after token index `from` (exclusive of punctuation), up to `n`. */
export function wordsAfter(tokens: readonly Token[], from: number, n: number): string[] {
  const out: string[] = []
  const sentence = tokens[from - 1]?.sentence ?? tokens[from]?.sentence
  for (let i = from; i < tokens.length && out.length < n; i++) {
    const t = tokens[i]
    if (t.sentence !== sentence) break
    if (t.type === 'whitespace') continue
    if (t.type !== 'word') break
    out.push(t.norm)
  }
  return out
}

/** Normalised words right before token index `before`, nearest first, up to `n`. */
export function wordsBefore(tokens: readonly Token[], before: number, n: number): string[] {
  const out: string[] = []
  const sentence = tokens[before]?.sentence
  for (let i = before - 1; i >= 0 && out.length < n; i--) {
    const t = tokens[i]
    if (t.sentence !== sentence) break
    if (t.type === 'whitespace') continue
    if (t.type !== 'word') break
    out.push(t.norm)
  }
  return out
}

const startsUpper = (value: string): boolean => /^\p{Lu}/u.test(value)

/** The word starts its sentence or a clause opened by a colon, quote mark, bracket or dash. */
export function clauseInitial(tokens: readonly Token[], index: number): boolean {
  const prev = prevSolid(tokens, index)
  return prev < 0 || (tokens[prev].type !== 'word' && OPENERS.has(tokens[prev].value))
}

/** A capitalised word that does not start its sentence or clause: part of a name or title. */
export function isNameWord(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index]
  return t !== undefined && t.type === 'word' && startsUpper(t.value) && !clauseInitial(tokens, index)
}

/** `words` begin with the word sequence `parts`. */
function startsWithPhrase(words: readonly string[], parts: readonly string[]): boolean {
  if (parts.length > words.length) return false
  for (let i = 0; i < parts.length; i++) if (words[i] !== parts[i]) return false
  return true
}

/** The words before the match (nearest first) end with `parts` (given nearest first too). */
function endsWithPhrase(before: readonly string[], reversedParts: readonly string[]): boolean {
  if (reversedParts.length > before.length) return false
  for (let i = 0; i < reversedParts.length; i++) if (before[i] !== reversedParts[i]) return false
  return true
}

/** An entry's condition lists, lower-cased and split into words once per process. */
interface Compiled {
  lists: Map<string, string[]>
  phrases: Map<string, string[][]>
  reversed: Map<string, string[][]>
}
const compiled = new WeakMap<LexiconEntry, Compiled>()

function compile(entry: LexiconEntry): Compiled {
  let c = compiled.get(entry)
  if (!c) {
    c = { lists: new Map(), phrases: new Map(), reversed: new Map() }
    for (const [key, value] of Object.entries(entry.data)) {
      if (!Array.isArray(value)) continue
      const items = value.map((item) => item.toLowerCase())
      c.lists.set(key, items)
      c.phrases.set(key, items.map((item) => item.split(' ')))
      c.reversed.set(key, items.map((item) => item.split(' ').reverse()))
    }
    compiled.set(entry, c)
  }
  return c
}

const NONE: never[] = []

function list(entry: LexiconEntry, key: string): string[] {
  return compile(entry).lists.get(key) ?? NONE
}

function phrases(entry: LexiconEntry, key: string): string[][] {
  return compile(entry).phrases.get(key) ?? NONE
}

/**
 * The words before a phrase (`wordsBefore`, nearest first) end with one of the entry's phrases
 * under `key` ("notAfter", "onlyAfter"): an entry's condition on what comes right before it.
 */
export function endsWithAny(before: readonly string[], entry: LexiconEntry, key: string): boolean {
  return reversedPhrases(entry, key).some((phrase) => endsWithPhrase(before, phrase))
}

function reversedPhrases(entry: LexiconEntry, key: string): string[][] {
  return compile(entry).reversed.get(key) ?? NONE
}

// ---------------------------------------------------------------------------------------------
// The scan

const cache = new WeakMap<ProseModel, LoadedScan>()

export function scanLoaded(model: ProseModel): LoadedScan {
  const cached = cache.get(model)
  if (cached) return cached
  const { tokens } = model
  const matcher = matcherFor(denyOf.get(model))
  const candidates: TermHit[] = []
  const context: TermHit[] = []
  const sentenceWords = new Map<number, Set<string>>()
  const wordsOf = (sentence: number): Set<string> => {
    let set = sentenceWords.get(sentence)
    if (!set) {
      set = new Set()
      const s = model.sentences[sentence]
      if (s) for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i].type === 'word') set.add(tokens[i].norm)
      sentenceWords.set(sentence, set)
    }
    return set
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.type !== 'word' || !matcher.has(t.norm)) continue
    const match = matcher.matchAt(tokens, i, model.sentences[t.sentence]?.tokenEnd ?? tokens.length)
    if (!match) continue
    const hit: TermHit = {
      entry: match.entry,
      phrase: match.phrase,
      first: match.first,
      last: match.last,
      start: t.start,
      end: tokens[match.last - 1].end,
      sentence: t.sentence,
      quote: t.quote,
      attributed: false,
      cue: false,
      blocked: null,
    }
    if (typeof match.entry.data.role === 'string') context.push(hit)
    else candidates.push(hit)
  }

  // Conditions first, so a blocked phrase never hides a shorter one that counts.
  for (const hit of candidates) hit.blocked = blockedBy(model, hit, wordsOf)
  const hits = resolveOverlaps(candidates.filter((hit) => hit.blocked === null))
  markAttribution(model, hits)
  const scan: LoadedScan = { hits, context, scareQuotes: findScareQuotes(model), hitStarts: new Set(hits.map((hit) => hit.start)) }
  cache.set(model, scan)
  return scan
}

/** Keep one hit per span: the more specific rule, then the longer phrase, then the earlier one. */
export function resolveOverlaps(hits: TermHit[]): TermHit[] {
  const rank = (hit: TermHit): number => {
    const index = (RULE_PRECEDENCE as readonly string[]).indexOf(hit.entry.rule)
    return index < 0 ? RULE_PRECEDENCE.length : index
  }
  const kept: TermHit[] = []
  for (const hit of hits) {
    const last = kept[kept.length - 1]
    if (!last || hit.start >= last.end) {
      kept.push(hit)
      continue
    }
    const better = rank(hit) < rank(last) || (rank(hit) === rank(last) && hit.end - hit.start > last.end - last.start)
    if (better) kept[kept.length - 1] = hit
  }
  return kept
}

/** The reason an entry's conditions (or a fixed name) let this occurrence pass, or null. */
function blockedBy(model: ProseModel, hit: TermHit, wordsOf: (sentence: number) => Set<string>): string | null {
  const { tokens } = model
  const { entry } = hit
  const after = wordsAfter(tokens, hit.last, 4)
  const before = wordsBefore(tokens, hit.first, 4)

  // A capitalised term inside a sentence is a name or title ("the Terrorism Act", "Islamic State");
  // at the start of a sentence it is a name when the next word is capitalised too ("Pro-Life Action League").
  const firstToken = tokens[hit.first]
  if (startsUpper(firstToken.value) && entry.data.capitalised !== true) {
    if (!clauseInitial(tokens, hit.first)) return 'name'
    const next = nextSolid(tokens, hit.last - 1)
    if (next >= 0 && tokens[next].type === 'word' && startsUpper(tokens[next].value) && tokens[next].value !== 'I') return 'name'
  }
  for (const fixed of list(entry, 'fixed')) if (insideFixed(tokens, hit, fixed)) return 'fixed term'
  if (entry.data.notAfterName === true && before.length > 0) {
    const prev = prevSolid(tokens, hit.first)
    if (prev >= 0 && (isNameWord(tokens, prev) || /^\d/.test(tokens[prev].value))) return 'name'
  }
  for (const phrase of phrases(entry, 'notBefore')) if (startsWithPhrase(after, phrase)) return 'other sense'
  if (entry.data.notBeforeQuote === true) {
    const next = nextSolid(tokens, hit.last - 1)
    if (next >= 0 && QUOTE_MARKS.has(tokens[next].value)) return 'names a quoted term'
  }
  if (endsWithAny(before, entry, 'notAfter')) return 'other sense'
  const onlyBefore = phrases(entry, 'onlyBefore')
  if (onlyBefore.length > 0 && !onlyBefore.some((phrase) => startsWithPhrase(after, phrase))) return 'other sense'
  const onlyAfter = reversedPhrases(entry, 'onlyAfter')
  if (onlyAfter.length > 0 && !endsWithAny(before, entry, 'onlyAfter')) return 'other sense'
  const onlyNear = list(entry, 'onlyNear')
  if (onlyNear.length > 0) {
    const window = typeof entry.data.window === 'number' ? entry.data.window : 5
    const near = new Set([...wordsAround(tokens, hit.first, -window), ...wordsAround(tokens, hit.last - 1, window)])
    if (!onlyNear.some((word) => near.has(word))) return 'other sense'
  }
  if (entry.data.notInSport === true && (sentenceHas(wordsOf(hit.sentence), SPORT_WORDS) || documentGenre(model, SPORT_WORDS, SPORT_AMBIGUOUS))) return 'sport'
  if (entry.data.notInArts === true && (sentenceHas(wordsOf(hit.sentence), ARTS_WORDS) || documentGenre(model, ARTS_WORDS, ARTS_AMBIGUOUS))) return 'arts'
  if (entry.data.notBeforeName === true) {
    const next = nextSolid(tokens, hit.last - 1)
    if (next >= 0 && (isNameWord(tokens, next) || /^\d/.test(tokens[next].value))) return 'name'
  }
  const documentWords = list(entry, 'notInDocumentWith')
  if (documentWords.length > 0 && documentWords.some((word) => documentHas(model, word))) return 'context'
  const notNear = list(entry, 'notNear')
  if (notNear.length > 0) {
    const here = wordsOf(hit.sentence)
    const previous = hit.sentence > 0 ? wordsOf(hit.sentence - 1) : new Set<string>()
    if (notNear.some((word) => here.has(word) || previous.has(word))) return 'context'
  }
  if (entry.data.attributive === true) {
    const prev = before[0]
    const determined = prev !== undefined && (DETERMINERS.has(prev) || /'s$|s'$/.test(prev))
    if (!determined || after.length === 0) return 'not attributive'
  }
  if (entry.data.needsName === true && !nearName(tokens, hit)) return 'no name'
  return null
}

const documentWords = new WeakMap<ProseModel, Set<string>>()

/** The document uses this word somewhere (one pass over the words, once per model, on demand). */
function documentHas(model: ProseModel, word: string): boolean {
  let words = documentWords.get(model)
  if (!words) {
    words = new Set()
    for (const token of model.tokens) if (token.type === 'word') words.add(token.norm)
    documentWords.set(model, words)
  }
  return words.has(word)
}

/**
 * A document about sport (or the arts): four different unambiguous genre words anywhere in it, or two
 * and enough ambiguous ones ("minute", "draw", "director") to make six.
 */
const genres = new WeakMap<ProseModel, Map<ReadonlySet<string>, boolean>>()

function documentGenre(model: ProseModel, genre: ReadonlySet<string>, ambiguous: ReadonlySet<string>): boolean {
  let known = genres.get(model)
  if (!known) genres.set(model, (known = new Map()))
  let answer = known.get(genre)
  if (answer === undefined) {
    documentHas(model, '')
    const words = documentWords.get(model)!
    let clear = 0
    let loose = 0
    for (const word of genre) {
      if (!words.has(word)) continue
      if (ambiguous.has(word)) loose++
      else clear++
    }
    answer = clear >= 4 || (clear >= 2 && clear + loose >= 6)
    known.set(genre, answer)
  }
  return answer
}

/** Generic words that count towards a sport document but never mark a sentence on their own. */
const SPORT_DOCUMENT_ONLY = new Set(['minute', 'strike', 'visitors', 'lead', 'points', 'draw', 'win', 'won', 'defeat', 'victory', 'title', 'final', 'side', 'team', 'manager', 'coach', 'captain'])

function sentenceHas(words: ReadonlySet<string>, genre: ReadonlySet<string>): boolean {
  for (const word of words) if (genre.has(word) && !SPORT_DOCUMENT_ONLY.has(word)) return true
  return false
}

/** Words within `reach` word tokens of index (negative: before), in the same sentence, any punctuation. */
function wordsAround(tokens: readonly Token[], index: number, reach: number): string[] {
  const out: string[] = []
  const sentence = tokens[index]?.sentence
  const step = reach < 0 ? -1 : 1
  for (let i = index + step; i >= 0 && i < tokens.length && out.length < Math.abs(reach); i += step) {
    const t = tokens[i]
    if (t.sentence !== sentence) break
    if (t.type === 'word') out.push(t.norm)
  }
  return out
}

/** The hit lies inside an occurrence of the fixed phrase (which contains the matched words). */
function insideFixed(tokens: readonly Token[], hit: TermHit, fixed: string): boolean {
  const parts = fixed.split(' ')
  const matched = hit.phrase.split(' ')
  for (let k = 0; k + matched.length <= parts.length; k++) {
    let same = true
    for (let j = 0; j < matched.length; j++) if (parts[k + j] !== matched[j]) same = false
    if (!same) continue
    const before = wordsBefore(tokens, hit.first, k)
    const after = wordsAfter(tokens, hit.last, parts.length - k - matched.length)
    if (before.length < k || after.length < parts.length - k - matched.length) continue
    if (parts.slice(0, k).every((word, j) => before[k - 1 - j] === word) && parts.slice(k + matched.length).every((word, j) => after[j] === word)) return true
  }
  return false
}

/**
 * A name next to the term: a capitalised word (or possessive name) among the two words before it
 * ("the Assad regime", "Iran's regime"), or "in/of" + a capitalised word after it ("the regime in Tehran").
 */
function nearName(tokens: readonly Token[], hit: TermHit): boolean {
  let seen = 0
  for (let i = hit.first - 1; i >= 0 && seen < 2 && tokens[i].sentence === hit.sentence; i--) {
    const t = tokens[i]
    if (t.type === 'whitespace') continue
    if (t.type !== 'word') break
    seen++
    if (isNameWord(tokens, i) || (startsUpper(t.value) && /'s$|s'$/.test(t.norm))) return true
  }
  const next = nextSolid(tokens, hit.last - 1)
  if (next >= 0 && (tokens[next].norm === 'in' || tokens[next].norm === 'of')) {
    let k = nextSolid(tokens, next)
    if (k >= 0 && tokens[k].norm === 'the') k = nextSolid(tokens, k)
    if (k >= 0 && tokens[k].type === 'word' && startsUpper(tokens[k].value)) return true
  }
  return false
}

/**
 * Mark hits that are attributed (inside a label-attributing cue's covers, or after a naming verb in
 * the same clause) and hits that overlap a model cue.
 */
function markAttribution(model: ProseModel, hits: TermHit[]): void {
  if (hits.length === 0) return
  const covers: Span[] = []
  const cueSpans: Span[] = []
  for (const cue of model.cues) {
    cueSpans.push(cue)
    if (NON_LABEL_FORMS.has(cue.form) || NON_LABEL_LEMMAS.has(cue.lemma)) continue
    for (const span of cue.covers) covers.push(span)
  }
  const { tokens } = model
  const coverIndex = new SpanIndex(covers)
  const cueIndex = new SpanIndex(cueSpans)
  const cueSentences = new Set(model.cues.map((cue) => cue.sentence))
  for (const hit of hits) {
    hit.cue = cueIndex.overlaps(hit)
    hit.attributed = coverIndex.contains(hit) || afterNamingVerb(tokens, hit, !cueSentences.has(hit.sentence))
  }
}

/**
 * Spans sorted by start with the running maximum end, so "does any span contain (or overlap) this
 * one?" is one binary search, whatever the number of cues.
 */
class SpanIndex {
  private readonly starts: number[]
  private readonly maxEnd: number[]

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    this.starts = sorted.map((span) => span.start)
    this.maxEnd = []
    let max = -1
    for (const span of sorted) {
      max = Math.max(max, span.end)
      this.maxEnd.push(max)
    }
  }

  /** Index of the last span starting at or before `offset` (strictly before when `strict`), or -1. */
  private lastAtOrBefore(offset: number, strict: boolean): number {
    let lo = 0
    let hi = this.starts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (strict ? this.starts[mid] < offset : this.starts[mid] <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  /** Some span starts at or before `span.start` and ends at or after `span.end`. */
  contains(span: Span): boolean {
    const i = this.lastAtOrBefore(span.start, false)
    return i >= 0 && this.maxEnd[i] >= span.end
  }

  /** Some span shares a character with `span`. */
  overlaps(span: Span): boolean {
    const i = this.lastAtOrBefore(span.end, true)
    return i >= 0 && this.maxEnd[i] > span.start
  }
}

/**
 * "Critics branded him a thug", "condemned the attack as barbaric": a naming verb before the term in
 * its clause (for "as" verbs, with "as" between the verb and the term).
 */
function afterNamingVerb(tokens: readonly Token[], hit: TermHit, noCue: boolean): boolean {
  let words = 0
  let sawAs = false
  for (let i = hit.first - 1; i >= 0 && tokens[i].sentence === hit.sentence && words < 12; i--) {
    const t = tokens[i]
    if (t.type === 'whitespace') continue
    if (t.type !== 'word') {
      if (t.value === ',' || t.value === '-' || t.value === '\u2019' || t.value === "'") continue
      return false
    }
    words++
    if (t.norm === 'as') sawAs = true
    if (FINDING_VERBS.has(t.norm) && wordsAfter(tokens, i + 1, 1)[0] === 'that') return true
    // Reporting verbs only where the model found no cue in the sentence: where it did, its
    // coverage decides ("said talks would resume, as terrorists attacked": not covered).
    const reporting = noCue && REPORTING.has(t.norm)
    const direct = NAMING_DIRECT.has(t.norm) || reporting
    if (!direct && !(sawAs && NAMING_AS.has(t.norm))) continue
    const next = wordsAfter(tokens, i + 1, 1)[0]
    if (next !== undefined && NAMING_PARTICLES.has(next)) return false
    // "complained about X", "an alleged plot": a topic or an adjective, not reported words.
    if (reporting && ((next !== undefined && REPORTING_TOPIC.has(next)) || DETERMINERS.has(wordsBefore(tokens, i, 1)[0] ?? ''))) return false
    // A naming verb needs something named before the term ("called the protesters thugs").
    return i < hit.first - 1
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// Scare quotes

/** Words before a quote that make it a mention, a name or a title rather than a scare quote. */
const MENTION_BEFORE = new Set([
  'called', 'call', 'calls', 'calling', 'so-called', 'dubbed', 'dub', 'known', 'nicknamed', 'named', 'titled', 'entitled',
  'term', 'terms', 'termed', 'word', 'words', 'phrase', 'phrases', 'slogan', 'slogans', 'motto', 'label', 'labelled', 'labeled',
  'branded', 'coined', 'headline', 'headlined', 'reading', 'read', 'reads', 'marked', 'chanted', 'chanting', 'chants', 'chant',
  'shouted', 'shouting', 'sang', 'singing', 'banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'message', 'messages',
  'hashtag', 'tweet', 'tweeted', 'wrote', 'writes', 'written', 'spelled', 'spelt', 'stamped', 'signed', 'tagged', 'codenamed',
  'film', 'movie', 'book', 'novel', 'album', 'single', 'song', 'track', 'show', 'series', 'programme', 'program', 'play',
  'poem', 'episode', 'documentary', 'campaign', 'operation', 'report', 'brand', 'as', 'nickname', 'meaning', 'means', 'mean',
  'translated', 'translates', 'literally', 'say', 'says', 'said', 'saying', 'tell', 'told', 'asked', 'ask', 'answer', 'answered',
  'replied', 'voted', 'vote', 'verdict', 'rating', 'rated', 'grade', 'graded', 'category', 'status', 'sticker', 'stickers',
  'code', 'password', 'username', 'keyword', 'keywords', 'search', 'searches', 'searched', 'typed', 'type', 'typing', 'click',
  'clicked', 'button', 'option', 'box', 'tab', 'menu', 'version', 'edition', 'issue', 'column', 'section', 'chapter', 'article',
  // Verbs of saying and naming outside the model's cue list: the quote is someone's words.
  'telling', 'urging', 'urged', 'warned', 'warning', 'demanded', 'demanding', 'vowed', 'vowing', 'promised', 'promising',
  'railed', 'railing', 'argued', 'arguing', 'argues', 'claimed', 'claiming', 'claims', 'accused', 'accusing', 'praised',
  'praising', 'denounced', 'dismissed', 'mocked', 'mocking', 'described', 'describing', 'describes', 'labelling', 'branding',
  'referred', 'referring', 'refers', 'dubbing', 'declared', 'declaring', 'insisted', 'insisting', 'stated', 'stating',
  'tweeting', 'posted', 'posting', 'announced', 'announcing', 'proclaimed', 'proclaiming', 'pledged', 'pledging', 'boasted',
  'boasting', 'joked', 'joking', 'quipped', 'complained', 'complaining', 'lamented', 'decried', 'promise', 'pledge', 'vow',
  'promises', 'dubs', 'labels', 'brands', 'describe', 'urge', 'urges', 'demand', 'demands', 'wants', 'wanted', 'asking',
])
/**
 * Words of speech anywhere in the quote's sentence or the sentences next to it: a short quote there
 * is a partial quote of a source named nearby, even where the model found no cue ("praised him for his "sensational
 * start"", "criticised Defra's "lackadaisical" approach", "an Election Court has heard").
 */
const SPEECH_WORDS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'according', 'heard', 'hears', 'criticised',
  'criticized', 'criticising', 'criticizing', 'praised', 'praises', 'praising', 'thanked', 'thanks', 'urged', 'urges', 'urging',
  'welcomed', 'welcomes', 'warned', 'warns', 'described', 'describes', 'describing', 'called', 'calls', 'calling', 'dubbed',
  'accused', 'accuses', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'admitted', 'admits', 'wrote', 'writes',
  'statement', 'statements', 'speech', 'speeches', 'interview', 'interviews', 'comments', 'remarks', 'announced', 'announces',
  'quoted', 'quoting', 'spoke', 'speaking', 'branded', 'labelled', 'labeled', 'condemned', 'hailed', 'promised', 'pledged',
  'vowed', 'denied', 'denies', 'rejected', 'dismissed', 'explained', 'explains', 'suggested', 'suggests', 'believes', 'believed',
  'report', 'reported', 'reports', 'study', 'survey', 'poll', 'research', 'found', 'finds', 'concluded', 'ruled', 'court',
  'judge', 'verdict', 'letter', 'memo', 'tweet', 'tweeted', 'blog', 'asked', 'asks', 'replied', 'responded', 'answered',
  'declared', 'stated', 'stressed', 'noted', 'observed', 'recalled', 'testified', 'confirmed', 'revealed', 'complained',
  'boasted', 'joked', 'admitting', 'claiming', 'insisting', 'arguing', 'warning', 'promising', 'denying', 'accusing',
])
/** Words after a quote that make it a mention ("a 'yes' vote", "the 'no' campaign"). */
const MENTION_AFTER = new Set(['vote', 'votes', 'campaign', 'camp', 'side', 'button', 'rating', 'list', 'option', 'box', 'answer', 'verdict', 'label', 'sign', 'signs', 'sticker', 'tag', 'logo', 'brand', 'slogan'])

/**
 * Scare quotes: a closed, top-level quote of one to three words in the writer's voice, with no cue
 * in the same or an adjacent sentence and no mention word before it. A quote whose words are all
 * capitalised is a name or title ("the 'Iron Lady'"), not a scare quote.
 */
function findScareQuotes(model: ProseModel): Set<number> {
  const out = new Set<number>()
  if (model.quotes.length === 0) return out
  const { tokens } = model
  const cueSentences = new Set<number>()
  const quotedByCue = new Set<number>()
  for (const cue of model.cues) {
    cueSentences.add(cue.sentence)
    for (const q of cue.quotes) quotedByCue.add(q)
  }
  const speech = new Map<number, boolean>()
  const hasSpeech = (sentence: number): boolean => {
    let found = speech.get(sentence)
    if (found === undefined) {
      found = false
      const s = model.sentences[sentence]
      if (s) for (let i = s.tokenStart; i < s.tokenEnd && !found; i++) found = tokens[i].type === 'word' && SPEECH_WORDS.has(tokens[i].norm)
      speech.set(sentence, found)
    }
    return found
  }
  let t = 0
  for (const quote of model.quotes) {
    if (quote.depth !== 0 || quote.unclosed || quote.continues >= 0 || quote.words < 1 || quote.words > 3) continue
    if (quotedByCue.has(quote.index)) continue
    const s = quote.sentenceStart
    if (cueSentences.has(s) || cueSentences.has(s - 1) || cueSentences.has(s + 1) || cueSentences.has(quote.sentenceEnd)) continue
    if (hasSpeech(s) || hasSpeech(s - 1) || hasSpeech(s + 1)) continue
    while (t < tokens.length && tokens[t].end <= quote.inner.start) t++
    const inner: Token[] = []
    let k = t
    for (; k < tokens.length && tokens[k].start < quote.inner.end; k++) if (tokens[k].type === 'word') inner.push(tokens[k])
    if (inner.length === 0 || !inner.some((w) => /\p{L}{2}/u.test(w.value))) continue
    // A name, title, slogan or quoted sentence starts with a capital ("America First", 'A new low').
    if (startsUpper(inner[0].value)) continue
    // Punctuation inside the closing mark ("…to “reopen America.”") belongs to a quoted sentence.
    if (/[.,!?;:]\s*$/.test(model.text.slice(quote.inner.start, quote.inner.end))) continue
    let openIndex = t
    while (openIndex > 0 && tokens[openIndex - 1].start >= quote.start) openIndex--
    const before = wordsBefore(tokens, openIndex, 6)
    if (before.some((word) => MENTION_BEFORE.has(word))) continue
    // The classic shape: the writer's own noun phrase around the quoted word ("the “experts”",
    // "its “restructuring”"). After a verb or a preposition a short quote is usually a partial
    // quote of someone named nearby ("to “reopen America”", "fighting for “reproductive rights”").
    const prev = prevSolid(tokens, openIndex)
    const prevWord = prev >= 0 && tokens[prev].type === 'word' ? tokens[prev].norm : ''
    if (!(DETERMINERS.has(prevWord) || /'s$|s'$/.test(prevWord))) continue
    const closeIndex = k < tokens.length && tokens[k].start >= quote.inner.end ? k : -1
    const after = closeIndex >= 0 ? wordsAfter(tokens, closeIndex + 1, 1) : []
    if (after.length > 0 && MENTION_AFTER.has(after[0])) continue
    // A quote followed directly by a colon or a dash introducing speech is a speaker's.
    out.add(quote.index)
  }
  return out
}
