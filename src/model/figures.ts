/**
 * The figures facet: every numeric mention in the text with its kind.
 *
 * One left-to-right pass over the tokens. At each token it tries to read a figure: an idiom ("one
 * of"), a hedge and the number after it ("at least 40"), a date that starts with a month ("Oct.
 * 7"), a currency sign and its amount ("$3.2bn"), or a number (digits, "1,200", "1.5 million",
 * "tens of thousands", "a third", "45-year-old", "F-16", "World War II"). The number's shape,
 * unit and neighbours decide the kinds that need no source (date, year, time, duration, age,
 * ordinal, identifier, legal, roman, address, phone, idiom); the rest are statistics, and their
 * kind comes from the nearest head noun or verb in a window of a few words either side ("killed",
 * "protesters", "profits", "poll") — never from the magnitude, except that a small headless count
 * is a scene ("two leaders met"). Sentence-wide facts (a poll word anywhere in the sentence, "by
 * some estimates") are applied when the sentence ends. Every look-around is bounded, so the pass is
 * linear in the number of tokens.
 *
 * Vocabulary lives in the data files (number-words, units, figure-heads, figure-markers,
 * figure-prefixes, figure-time); the look-up tables below are built once, at module load.
 */
import { categories } from '../lexicon/generated/index.js'
import { entries as headEntries } from '../lexicon/generated/figure-heads.js'
import { entries as markerEntries } from '../lexicon/generated/figure-markers.js'
import { entries as prefixEntries } from '../lexicon/generated/figure-prefixes.js'
import { entries as timeEntries } from '../lexicon/generated/figure-time.js'
import { entries as numberWordEntries } from '../lexicon/generated/number-words.js'
import { entries as unitEntries } from '../lexicon/generated/units.js'
import { PhraseMatcher } from '../lexicon/matcher.js'
import { entryPhrases, normalizePhrase, type LexiconEntry } from '../lexicon/schema.js'
import type { ModelContext } from './context.js'
import { nextSolid, prevSolid } from './tokens.js'
import type { Figure, FigureKind, Sentence, StatisticKind, Token } from './types.js'

// ---------------------------------------------------------------------------------------------
// Look-up tables, built once from the lexicon data
// ---------------------------------------------------------------------------------------------

type Data = LexiconEntry['data']

const numberOf = (data: Data, key: string): number | null => (typeof data[key] === 'number' ? (data[key] as number) : null)
const stringOf = (data: Data, key: string): string | null => (typeof data[key] === 'string' ? (data[key] as string) : null)
const listOf = (data: Data, key: string): string[] => (Array.isArray(data[key]) ? (data[key] as string[]) : [])

/** A phrase of our own, or one borrowed from another data file, carrying the info we read. */
interface Keyed<I> {
  term: string
  forms: string[]
  british: string[]
  info: I
}

/** Phrases of `entries` plus the words they borrow (data.borrow) from other data files. */
function keyed<I>(entries: readonly LexiconEntry[], info: (entry: LexiconEntry) => I): Keyed<I>[] {
  const out: Keyed<I>[] = []
  for (const entry of entries) {
    const value = info(entry)
    out.push({ term: entry.term, forms: entry.forms, british: entry.british, info: value })
    for (const phrase of listOf(entry.data, 'borrow')) out.push({ term: phrase, forms: [], british: [], info: value })
  }
  return out
}

/** Words read as numbers. */
interface WordInfo {
  value: number | null
  magnitude: boolean
  vague: boolean
  needsOf: boolean
  quantifier: boolean
  adjective: boolean
  fraction: number | null
  ordinal: number | null
  decade: number | null
}

const WORDS = new PhraseMatcher<Keyed<WordInfo>>(
  keyed(numberWordEntries, (e) => ({
    value: numberOf(e.data, 'value'),
    magnitude: e.data.magnitude === true,
    vague: e.data.vague === true,
    needsOf: e.data.needsOf === true,
    quantifier: e.data.quantifier === true,
    adjective: e.data.adjective === true,
    fraction: numberOf(e.data, 'fraction'),
    ordinal: numberOf(e.data, 'ordinal'),
    decade: numberOf(e.data, 'decade'),
  })),
)

type UnitKind = 'money' | 'share' | 'magnitude' | 'count' | 'duration' | 'age' | 'frequency'

interface UnitInfo {
  kind: UnitKind
  /** "points": a share that result heads override. */
  points: boolean
  value: number | null
  comparatives: ReadonlySet<string>
}

/** Length units (`data.dimension: length`), normalised: a distance that locates something is scene detail. */
const LENGTH_UNITS = new Set(unitEntries.filter((entry) => entry.data.dimension === 'length').flatMap((entry) => [entry.term, ...entry.forms, ...entry.british].map(normalizePhrase)))
/**
 * Words after a distance that make it a location ("200 metres from the river", "5km north of the
 * town", "100 yards down the road"), and before it ("within 3 miles of the plant"): closed class.
 */
const LOCATIVE_AFTER = new Set([
  'from', 'away', 'off', 'outside', 'beyond', 'short', 'inland', 'offshore', 'upstream', 'downstream', 'up', 'down', 'along',
  'into', 'inside', 'behind', 'ahead', 'past', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
])
const LOCATIVE_BEFORE = new Set(['within'])

/** Units written as words after a number ("per cent", "tonnes", "hours", "dollars"). */
const UNIT_WORDS: Keyed<UnitInfo>[] = []
/** Units glued to the digits ("3.2bn", "10km", "50p", "40C"): exact spelling for one letter. */
const UNIT_GLUED = new Map<string, UnitInfo>()
/** Signs written before the amount ("$", "US$", "£") or after it ("%", "°"). */
const UNIT_SIGNS = new Map<string, UnitInfo>()
/** Currency codes written before the amount ("USD 5m", "Rs 500"). */
const UNIT_CODES = new Map<string, UnitInfo>()
for (const entry of unitEntries) {
  const info: UnitInfo = {
    kind: (stringOf(entry.data, 'kind') ?? 'count') as UnitKind,
    points: entry.data.base === 'points',
    value: numberOf(entry.data, 'value'),
    comparatives: new Set(listOf(entry.data, 'comparatives').map(normalizePhrase)),
  }
  const gluedOnly = new Set(listOf(entry.data, 'attachedOnlyForms').map(normalizePhrase))
  for (const raw of [entry.term, ...entry.forms, ...entry.british]) {
    const phrase = normalizePhrase(raw)
    if (entry.data.symbol === true || /^[^\p{L}\p{N}]/u.test(raw)) UNIT_SIGNS.set(raw, info)
    else if (entry.data.prefix === true) UNIT_CODES.set(phrase, info)
    else {
      if (!phrase.includes(' ')) UNIT_GLUED.set(raw.length === 1 ? raw : phrase, info)
      if (entry.data.attachedOnly !== true && !gluedOnly.has(phrase)) {
        // The parser glues a full stop to a few words it takes for abbreviations ("per cent."),
        // so each unit is also looked up with one.
        UNIT_WORDS.push({ term: phrase, forms: phrase.endsWith('.') ? [] : [`${phrase}.`], british: [], info })
      }
    }
  }
}
const UNITS = new PhraseMatcher<Keyed<UnitInfo>>(UNIT_WORDS)

/** A glued suffix's unit: one letter must match its spelling ("5G" is not grams), longer ones any case. */
function gluedUnit(suffix: string): UnitInfo | undefined {
  return suffix.length === 1 ? UNIT_GLUED.get(suffix) : UNIT_GLUED.get(suffix.toLowerCase())
}

interface TimeInfo {
  month: number | null
  clock: boolean
  zone: boolean
  era: boolean
}
const TIME = new Map<string, TimeInfo>()
/** Month names that are also lower-case head words ("march"), with the head kind. */
const LOWERCASE_HEADS: Keyed<HeadInfo>[] = []
for (const entry of timeEntries) {
  const time: TimeInfo = {
    month: numberOf(entry.data, 'month'),
    clock: entry.data.clock === true,
    zone: entry.data.zone === true,
    era: entry.data.era === true,
  }
  for (const phrase of entryPhrases(entry)) TIME.set(phrase, time)
  const head = stringOf(entry.data, 'lowercaseHead')
  if (head) {
    const info: HeadInfo = { kind: head as HeadKind, side: 'both', sentence: false, flag: false, people: false, lowercase: true, beats: [], deferRight: false }
    LOWERCASE_HEADS.push({ term: entry.term, forms: [], british: [], info })
  }
}

type PrefixKind = 'legal' | 'identifier' | 'ordinal' | 'roman' | 'address'
interface PrefixInfo {
  kind: PrefixKind
  caseless: boolean
}
const PREFIX = new Map<string, PrefixInfo>()
for (const entry of prefixEntries) {
  const info: PrefixInfo = { kind: (stringOf(entry.data, 'kind') ?? 'identifier') as PrefixKind, caseless: entry.data.caseless === true }
  for (const phrase of [...entryPhrases(entry), ...listOf(entry.data, 'borrow')]) PREFIX.set(phrase, info)
}

type MarkerRole = 'hedge' | 'estimate-sentence' | 'age' | 'idiom'
interface MarkerInfo {
  role: MarkerRole
  estimate: boolean
}
const MARKERS = new PhraseMatcher<Keyed<MarkerInfo>>(
  keyed(markerEntries, (e) => ({ role: (stringOf(e.data, 'role') ?? 'hedge') as MarkerRole, estimate: e.data.estimate === true })),
)

type HeadKind = 'harm' | 'crowd' | 'poll' | 'result' | 'estimate' | 'count'
interface HeadInfo {
  kind: HeadKind
  side: 'left' | 'right' | 'both'
  /** A poll word: anywhere in the sentence it makes shares and counts poll results. */
  sentence: boolean
  /** An estimate marker ("estimated at") that also sets the estimate flag. */
  flag: boolean
  people: boolean
  /** Only in lower case ("march", not the month). */
  lowercase: boolean
  /** The units this head overrides (empty: all). */
  beats: readonly string[]
  /** A compound suffix whose kind comes from the noun after it ("3,000-strong crowd"). */
  deferRight: boolean
}
const HEADS = new PhraseMatcher<Keyed<HeadInfo>>([
  ...keyed(headEntries, (e) => ({
    kind: (stringOf(e.data, 'kind') ?? 'count') as HeadKind,
    side: (stringOf(e.data, 'side') ?? (e.data.kind === 'count' ? 'right' : 'both')) as HeadInfo['side'],
    sentence: e.data.sentence === true,
    flag: e.data.flag === true,
    people: e.data.people === true,
    lowercase: false,
    beats: listOf(e.data, 'beats'),
    deferRight: e.data.deferRight === true,
  })),
  ...LOWERCASE_HEADS,
])

/**
 * One look-up per word for the pass: which tables a word can start something in. MARKER: a hedge,
 * estimate or age marker starts with it; POLL: a head read anywhere in the sentence (a poll word)
 * starts with it; START: a number word, month or time word, currency code or sign word, or "no"
 * (what mayStartFigure looks up).
 */
const GATE_MARKER = 1
const GATE_POLL = 2
const GATE_START = 4
const GATE = new Map<string, number>()
function gate(words: Iterable<string>, bit: number): void {
  for (const word of words) GATE.set(word, (GATE.get(word) ?? 0) | bit)
}
gate(MARKERS.firstWords(), GATE_MARKER)
gate(HEADS.firstWords((entry) => entry.info.sentence), GATE_POLL)

/** The words the figure data borrows from other data files, with the file that owns each (for tests). */
export function borrowedWords(): { phrase: string; owner: string | null }[] {
  const owners = new Map<string, string>()
  const own = new Set(['figure-heads', 'figure-markers', 'figure-prefixes', 'figure-time', 'number-words', 'units'])
  for (const [category, entries] of Object.entries(categories as Record<string, readonly LexiconEntry[]>)) {
    if (own.has(category)) continue
    for (const entry of entries) for (const phrase of entryPhrases(entry)) owners.set(phrase, category)
  }
  const out: { phrase: string; owner: string | null }[] = []
  for (const entry of [...headEntries, ...markerEntries, ...prefixEntries]) {
    for (const phrase of listOf(entry.data, 'borrow')) out.push({ phrase, owner: owners.get(normalizePhrase(phrase)) ?? null })
  }
  return out
}

// Grammar (closed-class words, not vocabulary): what may sit between two linked figures, what
// ends a clause for the head windows, what may follow "half", and possessives before a decade.
const CONNECTORS = new Set(['to', 'from', 'and', 'or', 'than', 'against', 'versus', 'vs', 'vs.', 'between', 'with', 'in', 'at', 'on', 'by'])
const CLAUSE_BREAKS = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'when', 'unless', 'if', 'so', 'yet', 'which', 'who'])
const INCLUDING = new Set(['including', 'among', 'mostly', 'most', 'many', 'some', 'all', 'nearly', 'almost'])
const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'all', 'these', 'those', 'this', 'that'])
const POSSESSIVES = new Set(['her', 'his', 'their', 'my', 'our', 'your', 'its'])
const ARTICLES = new Set(['a', 'an'])
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', ':', '—', '–', '-', '«'])

const LEFT_WINDOW = 8
const RIGHT_WINDOW = 6

/** Kinds where a hedge makes no sense and is left out of the span ("about 2004" is a year). */
const NO_HEDGE = new Set<FigureKind>(['year', 'date', 'ordinal', 'identifier', 'legal', 'address', 'phone', 'roman', 'idiom'])

// ---------------------------------------------------------------------------------------------
// The pass
// ---------------------------------------------------------------------------------------------

type Base = 'plain' | 'money' | 'share' | 'points' | 'measure' | 'frequency'

interface Hit {
  kind: HeadKind
  text: string
  flag: boolean
  dist: number
  beats: readonly string[]
}

/** A figure being built. */
interface Draft {
  firstTok: number
  lastTok: number
  start: number
  end: number
  numStart: number
  numEnd: number
  numTok: number
  value: number | null
  hedge: string | null
  estimate: boolean
  estimateText: string | null
  vague: boolean
  /** A kind settled by shape, unit or neighbours; null while it is a statistic to classify. */
  kind: FigureKind | null
  base: Base
  head: string | null
  /** The statistic head found in the windows. */
  statHead: Hit | null
  /** The noun right after the number ("people", "jobs"), for counts and scenes. */
  countHead: string | null
  sentence: number
}

/** A number as read from the tokens, before its kind is known. */
interface Core {
  first: number
  last: number
  /** Offsets of the number itself (a glued unit is left out: "10" of "10km"). */
  numStart: number
  numEnd: number
  value: number | null
  vague: boolean
  spelled: boolean
  /** Plain digits with nothing glued: the only shape that can be a year, an address or an id. */
  plain: boolean
  /** The digits as written, without group commas ("1200", "3.5"). */
  digits: string
  grouped: boolean
  kind: FigureKind | null
  head: string | null
  /** A unit read inside the token ("10km", "10-day", "$3.2bn" → magnitude is folded in). */
  unit: UnitInfo | null
  unitText: string | null
  /** A noun glued with a hyphen ("3,000-strong", "161-seat"), looked up as a head. */
  suffixHead: string | null
  /** A hyphenated compound adjective ("10-day", "three-bedroom"): takes no hedge. */
  compound: boolean
  range: boolean
  decade: number | null
  fraction: boolean
  ordinal: boolean
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }

const ROMAN = /^(?=[IVXL]+$)L?X{0,3}(IX|IV|V?I{0,3})$/

/** First words of currency signs written as words ("US" of "US$5m"). */
const SIGN_WORDS = new Set([...UNIT_SIGNS.keys()].map((key) => key.replace(/[^\p{L}]+$/u, '').toLowerCase()).filter(Boolean))
gate(WORDS.firstWords(), GATE_START)
gate(TIME.keys(), GATE_START)
gate(UNIT_CODES.keys(), GATE_START)
gate(SIGN_WORDS, GATE_START)
gate(['no'], GATE_START)

/** Can a word token start a figure? A cheap gate before the full read (one look-up per word). */
function mayStartFigure(token: Token): boolean {
  const value = token.value
  for (let c = 0; c < value.length; c++) {
    const code = value.charCodeAt(c)
    if (code >= 48 && code <= 57) return true
  }
  const first = value.charCodeAt(0)
  if (first === 73 || first === 86 || first === 88 || first === 76) return true // I V X L: Roman numerals
  const norm = token.norm
  if (((GATE.get(norm) ?? 0) & GATE_START) !== 0) return true
  // "twenty-five", "second-largest", "two-thirds": the first part of a compound.
  const dash = norm.indexOf('-')
  return dash > 0 && WORDS.has(norm.slice(0, dash))
}
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 }

function romanValue(text: string): number {
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUE[text[i]]
    const next = ROMAN_VALUE[text[i + 1]] ?? 0
    total += v < next ? -v : v
  }
  return total
}

const isCapitalised = (value: string): boolean => /^\p{Lu}/u.test(value)
const isDigitStart = (token: Token | undefined): boolean => token !== undefined && token.type === 'word' && /^\.?\d/.test(token.value)

class Pass {
  readonly tokens: Token[]
  readonly sentences: Sentence[]
  readonly text: string
  readonly figures: Figure[] = []
  /** Conversions and the figure each restates. */
  private readonly restated = new Map<Figure, Figure>()
  /** Drafts of the current sentence, finished when it ends. */
  private drafts: Draft[] = []
  private sentence = -1
  private pollWord: string | null = null
  private estimateWord: string | null = null
  /** Token index right after an age marker ("aged 45"): a figure starting there is an age. */
  private ageAt = -1
  private ageHead: string | null = null
  /** Whether the figure being read follows a hedge ("more than half"). */
  private hedging = false

  constructor(context: ModelContext) {
    this.tokens = context.tokens
    this.sentences = context.sentences
    this.text = context.text
  }

  run(): Figure[] {
    const tokens = this.tokens
    let i = 0
    /** One past the last token of the current sentence: phrases never run past it. */
    let limit = tokens.length
    while (i < tokens.length) {
      const token = tokens[i]
      if (token.sentence !== this.sentence) {
        this.endSentence(token.sentence)
        limit = this.sentenceLimit(i)
      }
      if (token.type === 'whitespace' || token.type === 'punctuation') {
        i++
        continue
      }
      const gated = token.type === 'word' ? (GATE.get(token.norm) ?? 0) : 0
      if ((gated & GATE_MARKER) !== 0) {
        const marker = MARKERS.matchAt(tokens, i, limit)
        if (marker) {
          const role = marker.entry.info.role
          const phrase = this.slice(i, marker.last - 1)
          if (role === 'idiom') {
            this.drafts.push(this.idiom(i, marker.last - 1))
            i = marker.last
            continue
          }
          if (role === 'estimate-sentence') {
            this.estimateWord = phrase
            i = marker.last
            continue
          }
          if (role === 'age') {
            this.ageAt = marker.last + 1
            this.ageHead = phrase
            i = marker.last
            continue
          }
          // A hedge: only with a number right after it.
          const next = marker.last < tokens.length && tokens[marker.last].type === 'whitespace' ? marker.last + 1 : -1
          if (next > 0 && tokens[next].sentence === token.sentence) {
            const draft = this.figureAt(next, { text: phrase, first: i, estimate: marker.entry.info.estimate })
            if (draft) {
              this.drafts.push(draft)
              i = draft.lastTok + 1
              continue
            }
          }
        }
      }
      if ((gated & GATE_POLL) !== 0) {
        const head = HEADS.matchAt(tokens, i, limit)
        if (head && head.entry.info.sentence) this.pollWord = this.slice(i, head.last - 1)
      }
      const draft = this.figureAt(i, null)
      if (draft) {
        this.drafts.push(draft)
        i = draft.lastTok + 1
        continue
      }
      i++
    }
    this.endSentence(-1)
    this.figures.sort((a, b) => a.start - b.start)
    this.figures.forEach((figure, index) => (figure.index = index))
    for (const [figure, original] of this.restated) figure.restates = original.index
    return this.figures
  }

  // -- sentences ------------------------------------------------------------------------------

  /** One past the last token of token `i`'s sentence: phrases never run past it. */
  private sentenceLimit(i: number): number {
    return this.sentences[this.tokens[i].sentence]?.tokenEnd ?? this.tokens.length
  }

  private endSentence(next: number): void {
    /** The figure before, and the original a conversion chain started from ("$60,000 (£30,800)"). */
    let previous: { draft: Draft; figure: Figure; origin: Draft } | null = null
    for (const draft of this.drafts) {
      if (draft.kind === null) this.classify(draft)
      const statistic = isStatisticKind(draft.kind!)
      if (statistic && this.estimateWord && !draft.estimate) {
        draft.estimate = true
        draft.estimateText = this.estimateWord
      }
      if (statistic && draft.estimate) {
        draft.kind = 'estimate'
        draft.head = draft.estimateText ?? draft.head
      } else if (this.pollWord && (draft.kind === 'share' || draft.kind === 'count')) {
        draft.kind = 'poll'
        draft.head = this.pollWord
      }
      const figure = this.toFigure(draft)
      // "2bn reais ($725m; £275m)": a conversion in brackets restates the figure before it; the
      // far end of a range ("between $60,000 and $150,000", "1,000 to 2,000") is the same claim.
      let origin = draft
      if (previous && figure.kind === previous.figure.kind && this.conversionBetween(previous.draft.lastTok, draft.firstTok)) {
        this.restated.set(figure, this.restated.get(previous.figure) ?? previous.figure)
        origin = previous.origin
      } else if (previous && isStatisticKind(figure.kind) && isStatisticKind(previous.figure.kind) && this.rangeBetween(previous.origin, previous.draft, draft)) {
        const first = this.restated.get(previous.figure) ?? previous.figure
        // "17 or 18 percent": the unit on the far end tells what the near end counts.
        if (first.kind === 'count' && figure.kind !== 'count') first.kind = figure.kind
        figure.kind = first.kind
        this.restated.set(figure, first)
      }
      this.figures.push(figure)
      previous = { draft, figure, origin }
    }
    this.drafts = []
    this.pollWord = null
    this.estimateWord = null
    this.ageAt = -1
    this.sentence = next
  }

  private toFigure(draft: Draft): Figure {
    return {
      index: 0,
      kind: draft.kind!,
      start: draft.start,
      end: draft.end,
      text: this.text.slice(draft.start, draft.end),
      number: { start: draft.numStart, end: draft.numEnd },
      value: draft.value,
      hedge: draft.hedge,
      estimate: draft.estimate,
      vague: draft.vague,
      head: draft.head,
      sentence: draft.sentence,
      quote: this.tokens[draft.numTok].quote,
      coveredBy: -1,
      restates: -1,
    }
  }

  /** "between A and B", "A to B" (not "from A to B", a change), "A or B": one range. */
  private rangeBetween(first: Draft, last: Draft, second: Draft): boolean {
    const between: Token[] = []
    for (let i = last.lastTok + 1; i < second.firstTok; i++) if (this.tokens[i].type !== 'whitespace') between.push(this.tokens[i])
    // After a bracketed conversion: "$60,000 (£30,800) and $150,000".
    if (last !== first && between[0]?.value === ')') between.shift()
    if (between.length !== 1 || between[0].type !== 'word' || second.hedge) return false
    const link = between[0].norm
    let j = first.firstTok - 1
    while (j >= 0 && this.tokens[j].type === 'whitespace') j--
    const before = this.tokens[j]?.sentence === first.sentence ? this.tokens[j].norm : ''
    if (link === 'and') return before === 'between'
    if (link === 'to') return before !== 'from' && !first.hedge
    return link === 'or'
  }

  /**
   * A conversion: only an opening bracket between two figures ("2bn reais ($725m)"), or a
   * semicolon, comma or slash inside brackets already open ("($495m; £275m)").
   */
  private conversionBetween(last: number, first: number): boolean {
    const between: string[] = []
    for (let i = last + 1; i < first; i++) if (this.tokens[i].type !== 'whitespace') between.push(this.tokens[i].value)
    if (between.length === 1 && (between[0] === '(' || between[0] === '[')) return true
    if (between.length !== 1 || !(between[0] === ';' || between[0] === ',' || between[0] === '/')) return false
    for (let i = last; i >= 0 && i > last - 12; i--) {
      if (this.tokens[i].value === ')') return false
      if (this.tokens[i].value === '(') return true
    }
    return false
  }

  // -- token helpers ----------------------------------------------------------------------------

  private slice(first: number, last: number): string {
    return this.text.slice(this.tokens[first].start, this.tokens[last].end)
  }

  /** The next word after white space (same sentence), or -1. */
  private wordAfter(i: number): number {
    const t = this.tokens
    if (t[i + 1]?.type === 'whitespace' && t[i + 2]?.type === 'word' && t[i + 2].sentence === t[i].sentence) return i + 2
    return -1
  }

  /** The previous word before white space (same sentence), or -1. */
  private wordBefore(i: number): number {
    const t = this.tokens
    if (t[i - 1]?.type === 'whitespace' && t[i - 2]?.type === 'word' && t[i - 2].sentence === t[i].sentence) return i - 2
    return -1
  }

  /** The next non-space token (same sentence), or -1. */
  private solidAfter(i: number): number {
    const t = this.tokens
    for (let j = i + 1; j < t.length && j <= i + 2 && t[j].sentence === t[i].sentence; j++) if (t[j].type !== 'whitespace') return j
    return -1
  }

  /** The previous non-space token (same sentence), or -1. */
  private solidBefore(i: number): number {
    const t = this.tokens
    for (let j = i - 1; j >= 0 && j >= i - 2 && t[j].sentence === t[i].sentence; j--) if (t[j].type !== 'whitespace') return j
    return -1
  }

  /** Whether token `i` starts its sentence (or follows an opening quote, bracket or colon). */
  private initial(i: number): boolean {
    const before = this.solidBefore(i)
    return before < 0 || (this.tokens[before].type === 'punctuation' && OPENERS.has(this.tokens[before].value))
  }

  private word(i: number): WordInfo | undefined {
    const token = this.tokens[i]
    return token?.type === 'word' ? WORDS.lookup(token.norm)?.info : undefined
  }

  /** A token that starts another number (the windows stop there). */
  private numeric(i: number): boolean {
    const token = this.tokens[i]
    if (!token) return false
    if (token.type === 'symbol') return UNIT_SIGNS.get(token.value)?.kind === 'money'
    if (token.type !== 'word') return false
    const code = token.value.charCodeAt(0)
    if (code >= 48 && code <= 57) return true
    const norm = token.norm
    const dash = norm.indexOf('-')
    const info = WORDS.lookup(norm)?.info ?? (dash >= 0 ? WORDS.lookup(norm.slice(0, dash))?.info : undefined)
    return info !== undefined && info.ordinal === null && info.decade === null && !info.quantifier
  }

  // -- reading one figure -----------------------------------------------------------------------

  /**
   * Read a figure starting at token `i` (after `hedge` when one was matched), or return null.
   */
  private figureAt(i: number, hedge: { text: string; first: number; estimate: boolean } | null): Draft | null {
    const tokens = this.tokens
    const token = tokens[i]
    this.hedging = hedge !== null
    let currency: UnitInfo | null = null
    let currencyText: string | null = null
    let j = i

    if (token.type === 'symbol') {
      const sign = UNIT_SIGNS.get(token.value)
      if (sign?.kind === 'money' && isDigitStart(tokens[i + 1])) {
        currency = sign
        currencyText = token.value
        j = i + 1
      } else if (PREFIX.get(token.value)?.kind === 'ordinal' && isDigitStart(tokens[i + 1])) {
        // "#1"
        const core = this.readCore(i + 1)
        if (!core) return null
        return this.draft(core, i, null, { kind: 'ordinal', head: token.value })
      } else return null
    } else if (token.type === 'word') {
      // Fast path: most words cannot start a figure (no digit, not a number word, month, currency
      // code, "No", or a Roman numeral).
      if (!mayStartFigure(token)) return null
      const sign = UNIT_SIGNS.get(token.value + (tokens[i + 1]?.value ?? ''))
      if (sign?.kind === 'money' && tokens[i + 1]?.type === 'symbol' && isDigitStart(tokens[i + 2])) {
        // "US$5m"
        currency = sign
        currencyText = token.value + tokens[i + 1].value
        j = i + 2
      } else if (UNIT_CODES.has(token.norm) && isCapitalised(token.value)) {
        const next = this.wordAfter(i)
        if (next < 0 || !isDigitStart(tokens[next])) return null
        currency = UNIT_CODES.get(token.norm)!
        currencyText = token.value
        j = next
      } else {
        const month = TIME.get(token.norm)?.month
        if (month && isCapitalised(token.value)) return this.monthFirst(i)
        if (hedge === null && token.norm === 'no' && isCapitalised(token.value)) {
          // "No. 1" (the parser may end a sentence after "No.") and "No 10".
          const ranked = this.rankAfterNo(i)
          if (ranked) return ranked
        }
      }
    } else return null

    const core = this.readCore(j)
    if (!core) return null
    if (currency) {
      if (core.kind !== null) return null
      return this.draft(core, i, hedge, { currency, currencyText })
    }
    return this.draft(core, j, hedge, {})
  }

  /** "Oct. 7", "October 7, 2023", "March 2004", "November 3rd". */
  private monthFirst(i: number): Draft | null {
    const tokens = this.tokens
    const next = this.wordAfter(i)
    if (next < 0 || !isDigitStart(tokens[next])) return null
    const core = this.readCore(next)
    if (!core || core.value === null) return null
    const day = (core.plain || core.ordinal) && !core.grouped && core.value >= 1 && core.value <= 31 && Number.isInteger(core.value)
    const year = core.plain && !core.grouped && core.digits.length === 4
    if (!day && !year) return null
    let last = core.last
    if (day) {
      // ", 2023" or " 2023"
      const comma = tokens[last + 1]?.value === ',' ? last + 1 : last
      const after = this.wordAfter(comma)
      if (after > 0 && /^\d{4}$/.test(tokens[after].value)) last = after
    }
    return this.settled(i, last, core.first, core.numStart, core.numEnd, core.value, 'date', tokens[i].value)
  }

  /** A draft whose kind its shape settled (no hedge, no windows). */
  private settled(first: number, last: number, numTok: number, numStart: number, numEnd: number, value: number | null, kind: FigureKind, head: string | null): Draft {
    const tokens = this.tokens
    return {
      firstTok: first,
      lastTok: last,
      start: tokens[first].start,
      end: this.trimmedEnd(last),
      numStart,
      numEnd,
      numTok,
      value,
      hedge: null,
      estimate: false,
      estimateText: null,
      vague: false,
      kind,
      base: 'plain',
      head,
      statHead: null,
      countHead: null,
      sentence: tokens[numTok].sentence,
    }
  }

  /** "No. 1" / "No 10" at the word "No". */
  private rankAfterNo(i: number): Draft | null {
    const tokens = this.tokens
    let j = i + 1
    if (tokens[j]?.value === '.') j++
    // White space between sentences belongs to no sentence, so it may be missing from the tokens.
    if (tokens[j]?.type === 'whitespace') j++
    else if (!tokens[j] || tokens[j].start === tokens[j - 1].end || this.text.slice(tokens[j - 1].end, tokens[j].start).trim() !== '') return null
    if (!isDigitStart(tokens[j])) return null
    const core = this.readCore(j)
    if (!core || core.value === null || core.kind !== null || core.unit) return null
    const head = this.slice(i, tokens[i + 1]?.value === '.' ? i + 1 : i)
    return this.settled(i, core.last, core.first, core.numStart, core.numEnd, core.value, 'ordinal', head)
  }

  /** "one of", "no one", "a million reasons": the whole idiom is the figure. */
  private idiom(first: number, last: number): Draft {
    const tokens = this.tokens
    let numTok = first
    let value: number | null = null
    for (let k = first; k <= last; k++) {
      const info = this.word(k) ?? (tokens[k].type === 'word' ? WORDS.lookup(tokens[k].norm.split(/[-/]/)[0])?.info : undefined)
      if (info || isDigitStart(tokens[k])) {
        numTok = k
        value = info?.value ?? (info?.ordinal ?? null)
        break
      }
    }
    return this.settled(first, last, numTok, tokens[numTok].start, this.trimmedEnd(numTok), value, 'idiom', null)
  }

  /** The end offset of token `last`, leaving out a sentence-final full stop glued to digits ("4."). */
  private trimmedEnd(last: number): number {
    const token = this.tokens[last]
    return /^\d[\d,.]*\.$/.test(token.value) ? token.end - 1 : token.end
  }

  // -- numbers ----------------------------------------------------------------------------------

  /** Read the number starting at token `i`: digits (with glued parts), number words or a numeral. */
  private readCore(i: number): Core | null {
    const token = this.tokens[i]
    if (!token || token.type !== 'word') return null
    if (/^\.?\d/.test(token.value)) return this.readDigits(i)
    if (/\d/.test(token.value)) return this.readMixed(i)
    if (ROMAN.test(token.value)) return this.readRoman(i)
    return this.readWords(i)
  }

  private core(first: number, last: number, partial: Partial<Core>): Core {
    const tokens = this.tokens
    return {
      first,
      last,
      numStart: tokens[first].start,
      numEnd: tokens[last].end,
      value: null,
      vague: false,
      spelled: false,
      plain: false,
      digits: '',
      grouped: false,
      kind: null,
      head: null,
      unit: null,
      unitText: null,
      suffixHead: null,
      compound: false,
      range: false,
      decade: null,
      fraction: false,
      ordinal: false,
      ...partial,
    }
  }

  /** "1,200", "3.2bn", "45-year-old", "2022-23", "15:30", "9/11", "3rd", "1990s", "555-0100". */
  private readDigits(i: number): Core | null {
    const tokens = this.tokens
    const match = /^(\d+(?:\.\d+)?|\.\d+)(.*)$/s.exec(tokens[i].value)
    if (!match) return null
    let digits = match[1]
    let rest = match[2]
    let last = i
    let digitsEnd = tokens[i].start + match[1].length
    let grouped = false
    if (rest === '' && /^\d{1,3}$/.test(digits)) {
      // Digit groups: "1" "," "200" with no space between.
      while (tokens[last + 1]?.value === ',' && tokens[last + 2]?.type === 'word' && tokens[last + 2].sentence === tokens[i].sentence) {
        const group = /^(\d{3}(?:\.\d+)?)(.*)$/s.exec(tokens[last + 2].value)
        if (!group || /^\d/.test(group[2])) break
        digits += group[1]
        rest = group[2]
        last += 2
        digitsEnd = tokens[last].start + group[1].length
        grouped = true
        if (group[1].includes('.') || rest) break
      }
    }
    if (rest.endsWith('.') && !/\p{L}\.\p{L}\.$/u.test(rest)) rest = rest.slice(0, -1)
    const value = Number(digits)
    const base = { value, digits, grouped, numEnd: digitsEnd }
    const whole = tokens[last].end - (tokens[last].value.endsWith('.') && rest === '' ? 1 : 0)

    if (rest === '') return this.extendDigits(this.core(i, last, { ...base, plain: true }))
    const vulgar = VULGAR[rest]
    if (vulgar !== undefined) return this.core(i, last, { ...base, value: value + vulgar, numEnd: whole })
    // Ordinal: "3rd", "12th-century".
    let m = /^(st|nd|rd|th)(-.*)?$/i.exec(rest)
    if (m && Number.isInteger(value)) return this.core(i, last, { ...base, ordinal: true, kind: 'ordinal', numEnd: digitsEnd + m[1].length })
    // Decades and plurals: "1990s", "1980's", "’90s" (see readMixed), "40s", "100,000s"; "2003's".
    if (/^['’]s$/.test(rest) && !(value % 10 === 0 && digits.length === 4)) return this.extendDigits(this.core(i, last, { ...base, plain: true }))
    if (/^['’]?s$/i.test(rest)) {
      if (!grouped && value % 10 === 0 && (digits.length === 4 || digits.length === 2)) {
        const year = digits.length === 2 ? 1900 + value : value
        return this.core(i, last, { ...base, value: year, decade: year, numEnd: whole })
      }
      return this.core(i, last, { ...base, numEnd: whole })
    }
    // Clock: "15:30", "9:45pm".
    m = /^:(\d{2})(.*)$/.exec(rest)
    if (m) {
      if (m[2] === '' || TIME.get(m[2].toLowerCase())?.clock) return this.core(i, last, { ...base, value: null, kind: 'time', numEnd: whole })
      return this.core(i, last, { ...base, value: null, range: true, numEnd: whole })
    }
    m = /^:(\d)$/.exec(rest)
    if (m) return this.core(i, last, { ...base, value: null, range: true, numEnd: whole })
    // Slashes: "9/11", "12/05/2004", "3/4".
    m = /^\/(\d+)(?:\/(\d+))?$/.exec(rest)
    if (m) return this.slash(this.core(i, last, { ...base, numEnd: whole }), value, Number(m[1]), m[1].length, m[2] !== undefined)
    // Hyphens: ranges, scores, years, phones, compounds.
    m = /^[-\u2010\u2011\u2013](.+)$/.exec(rest)
    if (m) return this.hyphenated(this.core(i, last, base), digits, m[1])
    // Glued suffix: "3.2bn", "10km", "10am", "50p", "40C", "800BC".
    m = /^([\p{L}°]+)$/u.exec(rest)
    if (m) {
      const suffix = m[1]
      const time = TIME.get(suffix.toLowerCase())
      if (time?.clock && !time.zone) return this.core(i, last, { ...base, kind: 'time', head: suffix })
      if (time?.era) return this.core(i, last, { ...base, kind: 'year', head: suffix })
      const unit = gluedUnit(suffix)
      if (unit?.kind === 'magnitude') {
        return this.extendDigits(this.core(i, last, { ...base, value: unit.value === null ? value : value * unit.value, numEnd: whole }), true)
      }
      if (unit) return this.core(i, last, { ...base, unit, unitText: suffix })
    }
    return this.core(i, last, { ...base, kind: 'identifier', numEnd: whole })
  }

  /** After plain digits: a magnitude word ("1.5 million"), a dash or slash to another number. */
  private extendDigits(core: Core, magnitudeDone = false): Core {
    const tokens = this.tokens
    const last = core.last
    const next = tokens[last + 1]
    // "2–1", "2004–05", "10-20" written with a separate dash.
    if (next?.type === 'punctuation' && /^[-–—]$/.test(next.value) && isDigitStart(tokens[last + 2]) && !magnitudeDone) {
      const tail = /^(\d+)(.*)$/.exec(tokens[last + 2].value)
      if (tail && (tail[2] === '' || tail[2] === '.')) {
        const merged = this.hyphenated({ ...core, last: last + 2, numEnd: tokens[last + 2].end - (tail[2] === '.' ? 1 : 0) }, core.digits, tail[1])
        return merged
      }
    }
    // "2004/05", "12/05/2004" split by the parser.
    if (next?.value === '/' && isDigitStart(tokens[last + 2]) && !magnitudeDone && !core.grouped) {
      const tail = /^(\d+)(?:\/(\d+))?(\.?)$/.exec(tokens[last + 2].value)
      if (tail) return this.slash({ ...core, last: last + 2, numEnd: tokens[last + 2].end - tail[3].length }, core.value ?? 0, Number(tail[1]), tail[1].length, tail[2] !== undefined)
    }
    // "401(k)"
    if (next?.value === '(' && tokens[last + 2]?.type === 'word' && tokens[last + 3]?.value === ')' && /^\p{L}$/u.test(tokens[last + 2].value)) {
      return { ...core, last: last + 3, numEnd: tokens[last + 3].end, kind: 'identifier', plain: false }
    }
    if (magnitudeDone) return core
    // "1.5 million", "3 billion", "2 dozen"
    const after = this.wordAfter(last)
    const info = after > 0 ? this.word(after) : undefined
    if (info?.magnitude && info.value !== null && core.value !== null) {
      return { ...core, last: after, numEnd: tokens[after].end, value: core.value * info.value, plain: false }
    }
    return core
  }

  /** "9/11", "12/05/2004", "2004/05", "3/4 of". */
  private slash(core: Core, a: number, b: number, bLength: number, third: boolean): Core {
    const tokens = this.tokens
    if (third || (a >= 1 && a <= 31 && b >= 1000)) return { ...core, kind: 'date', value: null, plain: false }
    if (core.digits.length === 4 && a >= 1000 && a < 2100 && bLength <= 4 && bLength !== 3) return { ...core, kind: 'year', plain: false }
    const after = this.wordAfter(core.last)
    if (after > 0 && tokens[after].norm === 'of' && b > a) return { ...core, fraction: true, value: a / b, plain: false }
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return { ...core, kind: 'date', value: null, plain: false }
    return { ...core, range: true, value: null, plain: false }
  }

  /** The part after a hyphen: "2022-23", "3-1", "555-0100", "45-year-old", "10-day", "3,000-strong". */
  private hyphenated(core: Core, digits: string, tail: string): Core {
    const value = Number(digits)
    const whole = { ...core, plain: false, numEnd: this.tokens[core.last].end }
    const tailNumber = /^(\d+)(?:-(\d+))?$/.exec(tail)
    if (tailNumber) {
      const [, second, third] = tailNumber
      const three = /^\d{3}$/.test(digits)
      if (three && ((second.length === 4 && !core.grouped) || (second.length === 3 && third?.length === 4))) return { ...whole, kind: 'phone', value: null }
      if (digits.length === 4 && value >= 1000 && value < 2100 && second.length !== 3 && second.length <= 4 && !core.grouped) return { ...whole, kind: 'year' }
      // "737-800" (a model number) rather than a score or a range.
      if (three && second.length === 3 && Number(second) > value && !third) return { ...whole, kind: 'identifier', value: null }
      return { ...whole, range: true, value: null }
    }
    if (/^\d/.test(tail)) return { ...whole, kind: 'identifier', value: null }
    const parts = tail.split('-')
    const lower = parts.map((p) => normalizePhrase(p))
    // "1-nil"
    if (parts.length === 1 && (WORDS.lookup(lower[0])?.info.value ?? null) !== null) return { ...whole, range: true, value: null }
    return this.compound({ ...core, plain: false, compound: true }, parts, lower)
  }

  /** The words glued after a number by hyphens: a unit ("day", "year-old"), or a noun head. */
  private compound(core: Core, parts: string[], lower: string[]): Core {
    const joined = lower.join('-')
    const time = TIME.get(joined)
    if (time?.clock) return { ...core, kind: 'time' }
    const unit = UNITS.lookup(joined)?.info ?? gluedUnit(parts.join('-')) ?? UNITS.lookup(lower[0])?.info
    if (unit) {
      const text = UNITS.lookup(joined) || gluedUnit(parts.join('-')) ? parts.join('-') : parts[0]
      return { ...core, unit, unitText: text }
    }
    if (lower[0] === 'in' && lower.length === 2 && WORDS.lookup(lower[1])?.info.value) {
      // "one-in-five"
      const of = WORDS.lookup(lower[1])!.info.value!
      return { ...core, compound: false, fraction: true, value: core.value !== null ? core.value / of : null }
    }
    if (isCapitalised(parts[0])) return { ...core, kind: 'identifier', numEnd: this.tokens[core.last].end }
    return { ...core, suffixHead: lower[0] }
  }

  /** Tokens with letters and digits: "F-16", "COVID-19", "G7", "Q3", "FY2024", "mid-1990s", "under-18s", "No.1". */
  private readMixed(i: number): Core | null {
    const token = this.tokens[i]
    const value = token.value
    let m = /^(mid|early|late|pre|post)-(\d.*)$/i.exec(value)
    if (m) {
      const inner = /^(\d{4})s?$/.exec(m[2]) ?? /^(\d{2})s$/.exec(m[2])
      if (inner) {
        const year = Number(inner[1]) < 100 ? 1900 + Number(inner[1]) : Number(inner[1])
        const decadeAge = inner[1].length === 2
        return this.core(i, i, { value: year, digits: inner[1], decade: m[2].endsWith('s') ? year : null, kind: decadeAge || m[2].endsWith('s') ? null : 'year' })
      }
    }
    m = /^['’](\d0)s$/.exec(value)
    if (m) {
      // "’90s"
      const year = Number(m[1]) < 30 ? 2000 + Number(m[1]) : 1900 + Number(m[1])
      return this.core(i, i, { value: year, digits: m[1], decade: year })
    }
    m = /^(under|over)-(\d+)s?$/i.exec(value)
    if (m) return this.core(i, i, { value: Number(m[2]), kind: 'age' })
    m = /^(no\.?|#)(\d+)$/i.exec(value)
    if (m) return this.core(i, i, { value: Number(m[2]), kind: 'ordinal', head: m[1] })
    if (/^[qh][1-4]$/i.test(value)) return this.core(i, i, { kind: 'date' })
    m = /^fy(\d{2}|\d{4})$/i.exec(value)
    if (m) return this.core(i, i, { value: Number(m[1]), kind: 'year' })
    return this.core(i, i, { kind: 'identifier' })
  }

  /** "II", "VIII", "LVIII" after a capitalised word ("World War II", "Henry VIII"). */
  private readRoman(i: number): Core | null {
    const token = this.tokens[i]
    if (token.value.length === 1 && token.value !== 'V' && token.value !== 'X' && token.value !== 'I') return null
    const before = this.wordBefore(i)
    if (before < 0 || !isCapitalised(this.tokens[before].value) || this.tokens[before].value === 'I') return null
    const prefix = PREFIX.get(this.tokens[before].norm)
    if (token.value === 'I' && prefix?.kind !== 'roman') return null
    return this.core(i, i, { value: romanValue(token.value), kind: 'roman' })
  }

  /**
   * Number words: "twenty-five", "two hundred and fifty", "a dozen", "half a million", "tens of
   * thousands", "several hundred", "a third", "two-thirds", "countless", "first", "the forties".
   */
  private readWords(i: number): Core | null {
    const tokens = this.tokens
    const token = tokens[i]
    const phrase = WORDS.matchAt(tokens, i, this.sentenceLimit(i))
    if (!phrase) {
      // "a hundred", "a million", "a dozen"
      if (ARTICLES.has(token.norm)) {
        const next = this.wordAfter(i)
        const info = next > 0 ? this.word(next) : undefined
        return info?.magnitude ? this.compose(i, next, 1) : null
      }
      return token.norm.includes('-') ? this.readHyphenWords(i) : null
    }
    const info = phrase.entry.info
    const last = phrase.last - 1
    if (info.needsOf) {
      // "tens of thousands (of millions)"
      const next = this.wordAfter(last)
      const plural = next > 0 ? this.word(next) : undefined
      if (!plural?.vague || plural.adjective || plural.needsOf) return null
      return this.vagueChain(this.core(i, next, { spelled: true, vague: true }))
    }
    if (info.quantifier) {
      // "several hundred", "a few thousand"
      const next = this.wordAfter(last)
      const magnitude = next > 0 ? this.word(next) : undefined
      if (!magnitude?.magnitude) return null
      return this.vagueChain(this.core(i, next, { spelled: true, vague: true }))
    }
    if (info.adjective) return this.core(i, last, { spelled: true, vague: true })
    // "scores of people": the phrase needs its "of", the figure is "scores".
    if (info.vague) return this.vagueChain(this.core(i, tokens[last].norm === 'of' && last > i ? this.wordBefore(last) : last, { spelled: true, vague: true }))
    if (info.fraction !== null) return this.fraction(i, last, info.fraction)
    if (info.ordinal !== null) return this.core(i, last, { spelled: true, value: info.ordinal, ordinal: true, kind: 'ordinal' })
    if (info.decade !== null) return this.core(i, last, { spelled: true, value: 1900 + info.decade, decade: 1900 + info.decade })
    if (info.value !== null) return this.compose(i, i, 0)
    return null
  }

  /** "hundreds of thousands", "tens of millions": extend over "of" + a plural magnitude. */
  private vagueChain(core: Core): Core {
    let last = core.last
    for (let n = 0; n < 3; n++) {
      const of = this.wordAfter(last)
      if (of < 0 || this.tokens[of].norm !== 'of') break
      const next = this.wordAfter(of)
      const info = next > 0 ? this.word(next) : undefined
      if (!info?.vague || info.adjective || info.needsOf || info.value === null || info.value < 1000) break
      last = next
    }
    return { ...core, last, numEnd: this.tokens[last].end }
  }

  /** A fraction word: "half of", "half the", "half a million", "half an hour", "a third". */
  private fraction(first: number, last: number, share: number): Core | null {
    const tokens = this.tokens
    const next = this.wordAfter(last)
    const nextNorm = next > 0 ? tokens[next].norm : ''
    // "half a million", "a quarter of a million"
    let article = -1
    if (ARTICLES.has(nextNorm)) article = next
    else if (nextNorm === 'of') {
      const a = this.wordAfter(next)
      if (a > 0 && ARTICLES.has(tokens[a].norm)) article = a
    }
    if (article > 0) {
      const mag = this.wordAfter(article)
      const info = mag > 0 ? this.word(mag) : undefined
      if (info?.magnitude && info.value !== null) {
        return this.core(first, mag, { spelled: true, value: share * info.value })
      }
      const unit = mag > 0 ? UNITS.matchAt(tokens, mag) : null
      if (unit?.entry.info.kind === 'duration' && article === next) {
        return this.core(first, first, { spelled: true, value: share, kind: 'duration', last: unit.last - 1, unitText: this.slice(mag, unit.last - 1), numEnd: tokens[last].end })
      }
      if (tokens[first].norm === 'half') return null
    }
    // "half" and "a third" quantify only before "of" or a determiner, after "by" or a hedge ("cut
    // by a third", "more than half"); a hyphenated fraction ("two-thirds") always does.
    const before = this.wordBefore(first)
    // "the first half of the year" is a period, not a share.
    if (before > 0 && (this.word(before)?.ordinal != null || tokens[before].norm === 'the')) return null
    const quantifies = nextNorm === 'of' || DETERMINERS.has(nextNorm) || this.hedging || (before > 0 && tokens[before].norm === 'by')
    if (!quantifies && (first !== last || !tokens[first].norm.includes('-'))) return null
    return this.core(first, last, { spelled: true, value: share, fraction: true })
  }

  /** Compose spelled numbers from token `from` (`start` = 1 when token `first` is "a"/"an" before a magnitude). */
  private compose(first: number, from: number, start: number): Core | null {
    const tokens = this.tokens
    let total = 0
    let current = start
    let k = from
    let last = first
    let any = false
    let afterMagnitude = start > 0
    for (let n = 0; n < 12; n++) {
      const info = this.word(k) ?? this.hyphenCardinal(k)
      if (!info || info.value === null || info.ordinal !== null || info.fraction !== null || info.vague || info.quantifier || info.decade !== null) break
      if (info.magnitude) {
        if (info.value === 100 || info.value === 12) current = (current || 1) * info.value
        else {
          total += (current || 1) * info.value
          current = 0
        }
      } else {
        if (any && !afterMagnitude) break
        current += info.value
      }
      any = true
      last = k
      afterMagnitude = info.magnitude
      const next = this.wordAfter(k)
      if (next < 0) break
      if (tokens[next].norm === 'and' && afterMagnitude) {
        // "two hundred and fifty"
        const after = this.wordAfter(next)
        const small = after > 0 ? this.word(after) ?? this.hyphenCardinal(after) : undefined
        if (small && small.value !== null && !small.magnitude && small.value < 100 && small.ordinal === null && small.fraction === null && !small.vague) {
          k = after
          continue
        }
        break
      }
      const nextInfo = this.word(next) ?? this.hyphenCardinal(next)
      if (!nextInfo || nextInfo.value === null || (!nextInfo.magnitude && !afterMagnitude)) break
      k = next
    }
    if (!any) return null
    return this.core(first, last, { spelled: true, value: total + current })
  }

  /** "twenty-five" read as one cardinal. */
  private hyphenCardinal(i: number): WordInfo | undefined {
    const token = this.tokens[i]
    if (token?.type !== 'word' || !token.norm.includes('-')) return undefined
    const parts = token.norm.split('-')
    if (parts.length !== 2) return undefined
    const tens = WORDS.lookup(parts[0])?.info
    const unit = WORDS.lookup(parts[1])?.info
    if (!tens || !unit || tens.value === null || unit.value === null || tens.value < 20 || tens.value % 10 !== 0 || unit.value >= 10 || unit.magnitude) return undefined
    return { ...tens, value: tens.value + unit.value }
  }

  /** Hyphenated words starting with a number word: "twenty-five", "five-year-old", "second-largest", "one-in-five". */
  private readHyphenWords(i: number): Core | null {
    const token = this.tokens[i]
    const cardinal = this.hyphenCardinal(i)
    if (cardinal) return this.compose(i, i, 0)
    const raw = token.value.split(/[-\u2010\u2011]/)
    const parts = token.norm.split('-')
    // Leading numeric parts: "twenty-five-year-old" → 25 + [year, old].
    const first = WORDS.lookup(parts[0])?.info
    if (!first) return null
    if (first.ordinal !== null) {
      // "second-largest" ("twenty-first" is handled below)
      return this.core(i, i, { spelled: true, value: first.ordinal, ordinal: true, kind: 'ordinal' })
    }
    if (first.value === null || first.vague || first.quantifier) {
      if (first.fraction !== null && parts.length > 1) {
        const unit = UNITS.lookup(parts[1])?.info
        if (unit?.kind === 'duration') return this.core(i, i, { spelled: true, value: first.fraction, kind: 'duration' })
      }
      return null
    }
    let value = first.value
    let n = 1
    const second = parts[1] !== undefined ? WORDS.lookup(parts[1])?.info : undefined
    if (second && first.value >= 20 && first.value % 10 === 0) {
      if (second.ordinal !== null && second.ordinal < 10) return this.core(i, i, { spelled: true, value: first.value + second.ordinal, ordinal: true, kind: 'ordinal' })
      if (second.value !== null && second.value < 10 && !second.magnitude) {
        value += second.value
        n = 2
      }
    }
    if (second?.magnitude && second.value !== null && n === 1) {
      value *= second.value
      n = 2
    }
    if (n >= parts.length) return this.core(i, i, { spelled: true, value })
    const core = this.core(i, i, { spelled: true, value, compound: true })
    return this.compound(core, raw.slice(n), parts.slice(n))
  }

  // -- classification ---------------------------------------------------------------------------

  /** Turn a number into a draft figure: units after it, the kinds its neighbours settle. */
  private draft(
    core: Core,
    start: number,
    hedge: { text: string; first: number; estimate: boolean } | null,
    options: { currency?: UnitInfo; currencyText?: string | null; kind?: FigureKind; head?: string },
  ): Draft {
    const tokens = this.tokens
    let last = core.last
    let kind: FigureKind | null = options.kind ?? core.kind
    let head: string | null = options.head ?? core.head
    let base: Base = options.currency ? 'money' : 'plain'
    let value = core.value
    let numEnd = core.numEnd
    let dotted = false
    /** Where the span starts when no hedge is kept: the currency sign, a prefix, or the number. */
    let firstTok = start
    if (options.currency) head = options.currencyText ?? null
    const setUnit = (unit: UnitInfo, text: string): void => {
      if (unit.kind === 'money') base = 'money'
      else if (unit.kind === 'share') base = unit.points ? 'points' : 'share'
      else if (unit.kind === 'count') base = 'measure'
      else if (unit.kind === 'frequency') base = 'frequency'
      else if (unit.kind === 'duration') kind = 'duration'
      else if (unit.kind === 'age') kind = 'age'
      if (!options.currency) head = text
    }
    if (core.unit && kind === null) setUnit(core.unit, core.unitText ?? '')
    if (core.fraction && kind === null) {
      base = 'share'
      head = this.slice(core.first, core.last)
    }

    // A capitalised number word inside a sentence is part of a name: "Ocean's Eleven", "BBC One",
    // "Million Dollar Baby", "runs on Five".
    if (kind === null && core.spelled && !options.currency && !hedge && isCapitalised(tokens[core.first].value) && !this.initial(core.first)) {
      kind = 'identifier'
      const before = this.wordBefore(core.first)
      if (before > 0 && isCapitalised(tokens[before].value) && !/['’]s$/.test(tokens[before].value)) {
        head = tokens[before].value
        firstTok = before
      }
    }
    // Units, clock words, months and ratios after the number.
    if (kind === null && !core.unit && !core.fraction && !core.compound) {
      const after = this.afterNumber(core, last)
      if (after) {
        if (after.kind) kind = after.kind
        if (after.unit) setUnit(after.unit, after.text)
        if (after.head !== undefined) head = after.head
        if (after.value !== undefined) value = after.value
        if (after.base) base = after.base
        if (after.numEnd) numEnd = after.numEnd
        dotted = after.dotted === true
        last = after.last
      }
    } else if (kind === 'ordinal') {
      // "7th October", "the 7th of October"
      const month = this.monthAfter(last, true)
      if (month) {
        kind = 'date'
        head = month.head
        last = month.last
      }
    } else if (kind === 'time') {
      const zone = this.wordAfter(last)
      if (zone > 0 && TIME.get(tokens[zone].norm)?.zone) last = zone
    }

    // Kinds the neighbours settle: decades, prefixes, ages, addresses, years, scores, names.
    const bare = !options.currency && !hedge && base === 'plain'
    if (kind === null && core.decade !== null) {
      // "in her 40s" is an age; "the 1990s", "the nineties" an era.
      const before = this.wordBefore(core.first)
      const before2 = before > 0 ? this.wordBefore(before) : -1
      const possessive = (before > 0 && POSSESSIVES.has(tokens[before].norm)) || (before2 > 0 && POSSESSIVES.has(tokens[before2].norm))
      kind = possessive ? 'age' : 'year'
      if (possessive && value !== null) value %= 100
    }
    if ((kind === null || kind === 'identifier' || kind === 'roman') && !options.currency && !hedge && base === 'plain') {
      const prefix = this.prefixBefore(core)
      if (prefix) {
        kind = prefix.kind === 'roman' ? (/\d/.test(tokens[core.first].value) ? 'identifier' : 'roman') : (prefix.kind as FigureKind)
        head = prefix.text
        firstTok = prefix.first
      } else if (kind === null && bare && this.genericIdentifier(core, last)) {
        firstTok = this.wordBefore(core.first)
        kind = 'identifier'
        head = tokens[firstTok].value
      }
    }
    if (kind === null && bare && core.plain && /^\d{3}$/.test(core.digits)) {
      // "(212) 555-0100"
      const phone = this.areaCode(core)
      if (phone > 0) {
        kind = 'phone'
        value = null
        firstTok = core.first - 1
        last = phone
        numEnd = tokens[phone].end
      }
    }
    if (kind === null && bare && core.plain && /^[0+]/.test(tokens[core.first - 1]?.value === '+' ? '+' : core.digits) && core.digits.length >= 2 && !core.digits.includes('.')) {
      // "020 7946 0958", "+44 20 7946 0958"
      const phone = this.phoneGroups(core)
      if (phone > 0) {
        kind = 'phone'
        value = null
        if (tokens[core.first - 1]?.value === '+') firstTok = core.first - 1
        last = phone
        numEnd = tokens[phone].end
      }
    }
    if (kind === null && this.ageAt === core.first && !options.currency) {
      kind = 'age'
      head = this.ageHead
    }
    const integer = core.plain && !core.grouped && value !== null && Number.isInteger(value)
    if (kind === null && bare && integer && this.personAge(core)) kind = 'age'
    if (kind === null && bare && integer) {
      const address = this.addressAfter(last)
      if (address > 0) {
        kind = 'address'
        head = tokens[address].value
        last = address
      }
    }
    if (kind === null && integer && base === 'plain' && /^\d{4}$/.test(core.digits) && value! >= 1000 && value! < 2100) {
      // A year, unless people or things are counted right after it ("2000 people").
      if (!this.countNounAfter(last)) kind = 'year'
    }
    if (kind === null && core.range && base === 'plain') {
      const month = this.monthAfter(last, false)
      if (month) {
        // "10-12 June"
        kind = 'date'
        head = month.head
        last = month.last
      } else if (!this.countNounAfter(last, this.ascending(core))) {
        // A score or tally ("won 3-1", "52-48"), unless a count follows ("10-15 people").
        kind = 'result'
      }
    }

    const keepHedge = hedge !== null && (kind === null || !NO_HEDGE.has(kind)) && !core.compound
    if (keepHedge) firstTok = hedge.first
    const draft: Draft = {
      firstTok,
      lastTok: last,
      start: tokens[firstTok].start,
      end: Math.max(dotted ? tokens[last].end - 1 : this.trimmedEnd(last), numEnd),
      numStart: core.numStart,
      numEnd,
      numTok: core.first,
      value,
      hedge: keepHedge ? hedge.text : null,
      estimate: keepHedge && hedge.estimate,
      estimateText: keepHedge && hedge.estimate ? hedge.text : null,
      vague: core.vague,
      kind,
      base,
      head,
      statHead: null,
      countHead: null,
      sentence: tokens[core.first].sentence,
    }
    // The windows are read now (the previous figure is known); the kind is settled when the
    // sentence ends, once sentence-wide words (a poll, "by some estimates") are known.
    if (draft.kind === null) this.readWindows(draft, core)
    return draft
  }

  /** A unit, clock word, month or ratio right after the number. */
  private afterNumber(
    core: Core,
    last: number,
  ): { kind?: FigureKind; unit?: UnitInfo; text: string; head?: string | null; value?: number | null; base?: Base; numEnd?: number; last: number; dotted?: boolean } | null {
    const tokens = this.tokens
    const next = tokens[last + 1]
    // "45%", "45 %", "3.5°C"
    const sign = next?.type === 'symbol' ? last + 1 : next?.type === 'whitespace' && tokens[last + 2]?.type === 'symbol' ? last + 2 : -1
    if (sign > 0 && tokens[sign].sentence === tokens[last].sentence) {
      const unit = UNIT_SIGNS.get(tokens[sign].value)
      if (unit && unit.kind !== 'money') {
        let end = sign
        if (tokens[sign].value === '°' && tokens[sign + 1]?.type === 'word' && /^[CF]$/.test(tokens[sign + 1].value)) end = sign + 1
        // "52%-48%"
        if (tokens[end + 1]?.type === 'punctuation' && /^[-–]$/.test(tokens[end + 1].value) && isDigitStart(tokens[end + 2]) && tokens[end + 3]?.value === tokens[sign].value) {
          return { unit, text: tokens[sign].value, last: end + 3, value: null }
        }
        return { unit, text: this.slice(sign, end), last: end }
      }
    }
    const after = this.wordAfter(last)
    if (after < 0) return null
    const word = tokens[after]
    // Clock: "3 p.m.", "10 o'clock", "22:00 GMT"
    const time = TIME.get(word.norm)
    if (time?.clock && core.value !== null && (time.zone ? core.plain && /^\d{3,4}$/.test(core.digits) && core.value <= 2400 : core.value <= 24)) {
      let end = after
      const zone = this.wordAfter(after)
      if (zone > 0 && TIME.get(tokens[zone].norm)?.zone) end = zone
      return { kind: 'time', text: word.value, head: word.value, last: end }
    }
    if (time?.era && isCapitalised(word.value)) return { kind: 'year', text: word.value, head: word.value, last: after }
    // "7 October", "7 October 2023"
    if (core.plain && !core.grouped && core.value !== null && core.value >= 1 && core.value <= 31 && Number.isInteger(core.value)) {
      const month = this.monthAfter(last, false)
      if (month) return { kind: 'date', text: month.head, head: month.head, last: month.last }
    }
    // Units: "per cent", "tonnes", "hours", "years old", "dollars", "times"
    const unit = UNITS.matchAt(tokens, after)
    if (unit && !/^\p{Lu}\p{Ll}/u.test(word.value)) {
      const info = unit.entry.info
      const dotted = unit.phrase.endsWith('.') && unit.entry.term !== unit.phrase
      const text = this.text.slice(tokens[after].start, tokens[unit.last - 1].end - (dotted ? 1 : 0))
      if (info.kind === 'magnitude') return null
      if (info.kind === 'frequency') {
        const comparative = this.wordAfter(unit.last - 1)
        if (comparative > 0 && info.comparatives.has(tokens[comparative].norm)) {
          return { text, head: text, base: 'share', last: unit.last - 1, numEnd: core.numEnd }
        }
      }
      return { unit: info, text, last: unit.last - 1, dotted }
    }
    // "millions of dollars", "thousands of years", "hundreds of miles"
    if (word.norm === 'of' && (core.vague || !core.plain)) {
      const next = this.wordAfter(after)
      const unit = next > 0 ? UNITS.matchAt(tokens, next) : null
      const info = unit?.entry.info
      if (info && info.kind !== 'magnitude' && (info.kind === 'money' || core.vague) && !/^\p{Lu}\p{Ll}/u.test(tokens[next].value)) {
        return { unit: info, text: this.slice(next, unit!.last - 1), last: unit!.last - 1 }
      }
    }
    // "one in five", "1 in 5", "one in every five", "nine out of 10"
    if (!core.vague && core.value !== null && (word.norm === 'in' || word.norm === 'out')) {
      let k = after
      if (word.norm === 'out') {
        const of = this.wordAfter(after)
        if (of < 0 || tokens[of].norm !== 'of') return null
        k = of
      }
      let second = this.wordAfter(k)
      if (second > 0 && tokens[second].norm === 'every') second = this.wordAfter(second)
      if (second > 0 && (isDigitStart(tokens[second]) || this.word(second))) {
        const of = this.readCore(second)
        const year = of !== null && of.plain && of.digits.length === 4
        if (of && of.kind === null && !of.vague && !of.fraction && !of.unit && !year && of.value !== null && of.value > core.value && of.value <= 1000) {
          return { text: this.slice(core.first, of.last), base: 'share', head: null, value: core.value / of.value, last: of.last, numEnd: of.numEnd }
        }
      }
    }
    return null
  }

  /** A month after a day ("7 October", "7th of October"), with an optional year; or null. */
  private monthAfter(last: number, allowOf: boolean): { head: string; last: number } | null {
    const tokens = this.tokens
    let after = this.wordAfter(last)
    if (after > 0 && allowOf && tokens[after].norm === 'of') after = this.wordAfter(after)
    if (after < 0 || !TIME.get(tokens[after].norm)?.month || !isCapitalised(tokens[after].value)) return null
    let end = after
    const comma = tokens[end + 1]?.value === ',' ? end + 1 : end
    const year = this.wordAfter(comma)
    if (year > 0 && /^\d{4}$/.test(tokens[year].value)) end = year
    return { head: tokens[after].value, last: end }
  }

  /**
   * Whether a lower-case noun that counts people or things follows ("2000 people", "10-15 jobs";
   * with `plural`, any lower-case plural: "30-40 enterprises").
   */
  private countNounAfter(last: number, plural = false): boolean {
    const next = this.wordAfter(last)
    if (next < 0 || isCapitalised(this.tokens[next].value)) return false
    const noun = HEADS.matchAt(this.tokens, next)
    const info = noun?.entry.info
    const many = /s$/.test(this.tokens[noun ? noun.last - 1 : next].norm) || info?.people === true
    if (info && (info.kind === 'count' || info.kind === 'harm' || info.kind === 'crowd') && many) return true
    return plural && !noun && /^\p{Ll}{3,}[^s]s$/u.test(this.tokens[next].value)
  }

  /** A range written low to high ("30-40"): scores and tallies put the winner first. */
  private ascending(core: Core): boolean {
    const m = /^(\d+)[-–](\d+)/.exec(this.text.slice(this.tokens[core.first].start, this.tokens[core.last].end).replace(/\s+/g, ''))
    return m !== null && Number(m[1]) < Number(m[2])
  }

  /** A legal, identifier, rank or war prefix right before the number ("Article 5", "Route 66"). */
  private prefixBefore(core: Core): { kind: PrefixKind; text: string; first: number } | null {
    const tokens = this.tokens
    const i = core.first
    // "#1"
    if (tokens[i - 1]?.type === 'symbol' && PREFIX.get(tokens[i - 1].value)?.kind === 'ordinal') {
      return { kind: 'ordinal', text: tokens[i - 1].value, first: i - 1 }
    }
    const before = this.wordBefore(i)
    if (before < 0) return null
    const prefix = PREFIX.get(tokens[before].norm)
    if (!prefix || prefix.kind === 'address') return null
    if (!prefix.caseless && !isCapitalised(tokens[before].value)) return null
    if (prefix.kind === 'ordinal' && tokens[before].norm.startsWith('no') && !isCapitalised(tokens[before].value)) return null
    return { kind: prefix.kind, text: tokens[before].value, first: before }
  }

  /** "Windows 3.1", "Channel 4", "Top 40": a capitalised word (not a sentence opener) before plain digits. */
  private genericIdentifier(core: Core, last: number): boolean {
    const tokens = this.tokens
    if (!core.plain || core.grouped || core.spelled) return false
    if (core.digits.length === 4 && core.value !== null && core.value >= 1000 && core.value < 2100) return false
    const before = this.wordBefore(core.first)
    if (before < 0) return false
    const word = tokens[before]
    if (!isCapitalised(word.value) || this.initial(before) || /['’]s$/.test(word.value) || /\d/.test(word.value)) return false
    if (TIME.has(word.norm) || MARKERS.lookup(word.norm) || WORDS.lookup(word.norm) || HEADS.lookup(word.norm)) return false
    // Not when a unit or a noun follows ("the UK 40% ..." has a unit; "Arsenal 2-1" is a score).
    const after = this.wordAfter(last)
    if (after > 0 && (UNITS.matchAt(tokens, after) || HEADS.matchAt(tokens, after))) return false
    return true
  }

  /** "Smith, 45, said", "the prince, 20, apologised", "Smith (45)": a bare number set off after a name. */
  private personAge(core: Core): boolean {
    const tokens = this.tokens
    if (core.value === null || core.value < 1 || core.value > 115 || core.first !== core.last) return false
    let before = this.solidBefore(core.first)
    // "Agassi, now 34, has …"
    if (before > 0 && tokens[before].norm === 'now') before = this.solidBefore(before)
    if (before < 0) return false
    const after = this.solidAfter(core.last)
    const close = after > 0 ? tokens[after].value : ''
    const open = tokens[before].value
    const closed = open === ',' ? close === ',' || close === ';' || close === '.' || tokens[core.last].value.endsWith('.') : open === '(' && close === ')'
    if (!closed) return false
    const name = this.solidBefore(before)
    if (name < 0 || tokens[name].type !== 'word') return false
    // A name or a description ("the veteran film-maker, 68, won"); not a list of numbers or units.
    const word = tokens[name]
    if (open === '(' && !isCapitalised(word.value)) return false
    return /^\p{L}[\p{L}'’.-]*$/u.test(word.value) && !TIME.has(word.norm) && !WORDS.lookup(word.norm) && !MARKERS.lookup(word.norm) && !UNITS.lookup(word.norm)
  }

  /** "(212) 555-0100": the token index of the local number, or -1. */
  private areaCode(core: Core): number {
    const tokens = this.tokens
    if (tokens[core.first - 1]?.value !== '(' || tokens[core.last + 1]?.value !== ')') return -1
    const next = this.wordAfter(core.last + 1)
    return next > 0 && /^\d{3}-\d{4}$/.test(tokens[next].value) ? next : -1
  }

  /** "020 7946 0958", "+44 20 7946 0958": groups of digits after a leading 0 or +; the last group, or -1. */
  private phoneGroups(core: Core): number {
    const tokens = this.tokens
    let last = core.last
    let groups = 1
    for (let next = this.wordAfter(last); next > 0 && /^\d{1,5}$/.test(tokens[next].value) && groups < 5; next = this.wordAfter(last)) {
      last = next
      groups++
    }
    return groups >= 3 || (groups === 2 && core.digits.startsWith('0') && core.digits.length >= 3) ? last : -1
  }

  /** "10 Downing Street": capitalised words then a street word, right after the number. */
  private addressAfter(last: number): number {
    const tokens = this.tokens
    let k = last
    for (let n = 0; n < 3; n++) {
      const next = this.wordAfter(k)
      if (next < 0 || !isCapitalised(tokens[next].value)) return -1
      if (n > 0 && PREFIX.get(tokens[next].norm)?.kind === 'address') return next
      k = next
    }
    return -1
  }

  // -- head windows ---------------------------------------------------------------------------

  /** Read the heads in the windows either side (bounded), and the count noun after the number. */
  private readWindows(draft: Draft, core: Core): void {
    const left = this.scanLeft(draft)
    const right = this.scanRight(draft)
    // The nearest head wins (on a tie of kinds, the left one: "detained 300 protesters"), except that a toll
    // beats a crowd ("killed 40 protesters", "40 protesters were killed").
    const leftWins = left.stat && (!right.stat || left.stat.dist < right.stat.dist || (left.stat.dist === right.stat.dist && left.stat.kind !== right.stat.kind))
    let best = leftWins ? left.stat : right.stat
    if (left.stat && right.stat && left.stat.kind !== right.stat.kind) {
      if (left.stat.kind === 'harm' && right.stat.kind === 'crowd') best = left.stat
      if (right.stat.kind === 'harm' && left.stat.kind === 'crowd') best = right.stat
    }
    let count = right.count
    if (core.suffixHead) {
      // "a 3,000-strong crowd", "a 161-seat majority"
      const entry = HEADS.lookup(core.suffixHead)
      const info = entry?.info
      // "-strong" takes the kind of the noun after it: "a 3,000-strong crowd" is a crowd, "its
      // 161-strong majority" a result, "a 60-strong team" a count.
      if (info?.deferRight) {
        best = right.stat ?? null
        if (!best) count = right.count ?? core.suffixHead
      } else if (info && info.kind !== 'count') best = { kind: info.kind, text: core.suffixHead, flag: info.flag, dist: 0, beats: info.beats }
      else count = core.suffixHead
    }
    if (left.inherit) draft.kind = left.inherit
    if (left.flag && !draft.estimate) {
      draft.estimate = true
      draft.estimateText = left.flag
    }
    draft.statHead = best
    draft.countHead = count
  }

  /**
   * The nearest head before the number (a few words, same clause), an estimate marker anywhere
   * in that window, and what the previous figure passes on when only connectors lie between
   * ("rose 2% to $11.1bn", "aged between 18 and 24").
   */
  private scanLeft(draft: Draft): { stat: Hit | null; flag: string | null; inherit: FigureKind | null } {
    const tokens = this.tokens
    let d = this.drafts.length - 1
    let words = 0
    let onlyConnectors = true
    let flag: string | null = null
    let stat: Hit | null = null
    for (let j = draft.firstTok - 1; j >= 0 && tokens[j].sentence === draft.sentence && words < LEFT_WINDOW; j--) {
      const token = tokens[j]
      const previous = d >= 0 ? this.drafts[d] : undefined
      if (previous && j === previous.lastTok) {
        if (previous.kind !== null && !isStatisticKind(previous.kind) && previous.kind !== 'age') {
          // Step over a date, year or duration ("profit for 2004 was £15.4m", "from 5% in 2004 to 4.25%").
          j = previous.firstTok
          d--
          words++
          continue
        }
        if (onlyConnectors && previous.statHead && !stat) stat = { ...previous.statHead, dist: 0 }
        const inherit = onlyConnectors && previous.kind === 'age' ? 'age' : null
        return { stat, flag, inherit }
      }
      if (token.type === 'whitespace') continue
      if (token.type !== 'word') {
        // Right after the previous figure: "$1.13bn (£600m)", "£960m; $1.85bn".
        if (words === 0 && (token.value === '(' || token.value === ';' || token.value === ',')) continue
        if (/^['’&-]$/.test(token.value)) continue
        break
      }
      if (this.numeric(j)) break
      const connector = CONNECTORS.has(token.norm)
      if (!connector) onlyConnectors = false
      if (CLAUSE_BREAKS.has(token.norm) && !(connector && onlyConnectors && previous !== undefined)) break
      words++
      let m = HEADS.matchAt(tokens, j, draft.firstTok)
      if (!m || m.last > draft.firstTok) continue
      // Prefer a longer phrase that ends here ("death toll" over "toll").
      const earlier = this.wordBefore(j)
      const longer = earlier > 0 ? HEADS.matchAt(tokens, earlier, draft.firstTok) : null
      if (longer && longer.last >= m.last && longer.last <= draft.firstTok) {
        m = longer
        j = earlier
      }
      const info = m.entry.info
      if ((info.lowercase && isCapitalised(token.value)) || info.kind === 'count' || info.side === 'right') continue
      const text = this.slice(j, m.last - 1)
      if (info.flag && !flag) flag = text
      if (!stat || (info.kind === 'harm' && stat.kind === 'crowd')) stat = { kind: info.kind, text, flag: info.flag, dist: words, beats: info.beats }
    }
    return { stat, flag, inherit: null }
  }

  private scanRight(draft: Draft): { stat: Hit | null; count: string | null } {
    const tokens = this.tokens
    let words = 0
    let count: string | null = null
    let skipped = false
    let stat: Hit | null = null
    // "… to 16. The Votes at 16 …": the parser kept a full stop glued to digits; the sentence ends there.
    if (/^\d[\d,.]*\.$/.test(tokens[draft.lastTok].value)) return { stat, count }
    // Inside an aside ("40 people, including 12 children, were killed"), read on past its end.
    const opener = this.wordBefore(draft.firstTok)
    let aside = opener > 0 && INCLUDING.has(tokens[opener].norm) && tokens[this.solidBefore(opener)]?.value === ','
    for (let j = draft.lastTok + 1; j < tokens.length && tokens[j].sentence === draft.sentence && words < RIGHT_WINDOW; j++) {
      const token = tokens[j]
      if (token.type === 'whitespace') continue
      if (token.type !== 'word') {
        if (/^['’&-]$/.test(token.value)) continue
        if (token.value === ',' && aside) {
          aside = false
          skipped = true
          continue
        }
        if (token.value === ',' && !skipped) {
          // "40 people, including 12 children, were killed": skip the aside.
          const next = this.wordAfter(j)
          if (next > 0 && INCLUDING.has(tokens[next].norm)) {
            let k = next
            while (k < tokens.length && k < next + 24 && tokens[k].sentence === draft.sentence && tokens[k].value !== ',') k++
            if (tokens[k]?.value === ',') {
              skipped = true
              j = k
              continue
            }
          }
        }
        break
      }
      if (this.numeric(j)) break
      if (CLAUSE_BREAKS.has(token.norm)) break
      words++
      const m = HEADS.matchAt(tokens, j)
      if (m) {
        const info = m.entry.info
        if (info.lowercase && isCapitalised(token.value)) continue
        const text = this.slice(j, m.last - 1)
        if (info.deferRight) {
          // "60 strong investigation team": the noun after "strong" decides.
          j = m.last - 1
          continue
        }
        if (info.kind === 'count') {
          if (count === null && words <= 3) count = text
        } else if (info.side !== 'left') {
          // The nearest head, except that a toll beats a crowd ("40 protesters were killed").
          if (!stat) stat = { kind: info.kind, text, flag: info.flag, dist: words, beats: info.beats }
          else if (info.kind === 'harm' && stat.kind === 'crowd') return { stat: { kind: info.kind, text, flag: info.flag, dist: words, beats: info.beats }, count }
          if (stat.kind !== 'crowd') return { stat, count }
        }
        j = m.last - 1
      }
    }
    return { stat, count }
  }

  /** A small whole number, with no hedge, right after "the", "these", "those" or a possessive. */
  private definiteSmall(draft: Draft): boolean {
    if (draft.hedge || draft.vague || draft.value === null || !Number.isInteger(draft.value) || draft.value >= 10) return false
    let i = draft.firstTok - 1
    while (i >= 0 && this.tokens[i].type === 'whitespace') i--
    const before = this.tokens[i]
    return before !== undefined && before.type === 'word' && before.sentence === draft.sentence && DEFINITE.has(before.norm)
  }

  /** A distance that says where something is: a length unit right before a locative word, or after "within". */
  private locates(draft: Draft): boolean {
    if (draft.head === null || !LENGTH_UNITS.has(normalizePhrase(draft.head))) return false
    const { tokens } = this
    const after = tokens[nextSolid(tokens, draft.lastTok)]
    if (after !== undefined && after.type === 'word' && LOCATIVE_AFTER.has(after.norm)) return true
    const before = tokens[prevSolid(tokens, draft.firstTok)]
    return before !== undefined && before.type === 'word' && LOCATIVE_BEFORE.has(before.norm)
  }

  /**
   * A minute in a team line-up: a whole number up to 130 in brackets right after a player's name
   * ("Kewell (Traore 85)", "(Sinama Pongolle 75, Nunez 80)"). Not a statistic.
   */
  private lineupMinute(draft: Draft): boolean {
    if (draft.hedge || draft.base !== 'plain' || draft.value === null || !Number.isInteger(draft.value) || draft.value > 130) return false
    const { tokens } = this
    let j = draft.firstTok - 1
    while (j >= 0 && tokens[j].type === 'whitespace') j--
    let names = 0
    for (; j >= 0 && names < 4; j--) {
      const t = tokens[j]
      if (t.type === 'whitespace') continue
      if (t.type === 'word' && isCapitalised(t.value)) names++
      else break
    }
    if (names === 0 || j < 0 || !(tokens[j].value === '(' || (tokens[j].value === ',' && this.insideBrackets(j)))) return false
    const k = nextSolid(tokens, draft.lastTok)
    return k >= 0 && (tokens[k].value === ')' || tokens[k].value === ',')
  }

  /** An opening bracket earlier in the sentence with no closing one since. */
  private insideBrackets(index: number): boolean {
    const { tokens } = this
    const sentence = tokens[index].sentence
    for (let j = index - 1; j >= 0 && tokens[j].sentence === sentence; j--) {
      if (tokens[j].value === ')') return false
      if (tokens[j].value === '(') return true
    }
    return false
  }

  /** Settle a statistic's kind from its unit and the head found in the windows. */
  private classify(draft: Draft): void {
    if (this.lineupMinute(draft)) {
      draft.kind = 'scene'
      return
    }
    const found = draft.statHead
    const head = found && (found.beats.length === 0 || found.beats.includes(draft.base)) ? found : null
    const countHead = draft.countHead
    if (head?.flag && !draft.estimate) {
      draft.estimate = true
      draft.estimateText = head.text
    }
    const take = (kind: FigureKind): void => {
      draft.kind = kind
      draft.head = head!.text
    }
    switch (draft.base) {
      case 'money':
        if (head && (head.kind === 'result' || head.kind === 'estimate')) take(head.kind)
        else draft.kind = 'money'
        return
      case 'share':
      case 'points':
        // A result head takes points ("scored 30 points") but a share only when it says so.
        if (head && (head.kind === 'poll' || head.kind === 'estimate' || (head.kind === 'result' && (draft.base === 'points' || head.beats.length === 0)))) take(head.kind)
        else draft.kind = 'share'
        return
      case 'measure':
        if (head && (head.kind === 'result' || head.kind === 'estimate')) take(head.kind)
        // "hundreds of miles" is a manner of speaking, not a measurement to source.
        else if (draft.vague) draft.kind = 'idiom'
        // "a shop 200 metres from the river": where something is, not a statistic.
        else draft.kind = this.locates(draft) ? 'scene' : 'count'
        return
      case 'frequency':
        // "three times" is a scene, "dozens of times" an idiom; "40 times" a count.
        draft.kind = draft.vague ? 'idiom' : draft.value !== null && draft.value < 10 && !draft.hedge ? 'scene' : 'count'
        return
      default:
        // "the two nations", "both men": a small number after a definite determiner refers back to
        // people or things already counted; it is not a new statistic.
        if (this.definiteSmall(draft)) {
          draft.kind = 'scene'
          return
        }
        if (head && head.kind !== 'count') {
          take(head.kind)
          return
        }
        draft.head = countHead ?? draft.head
        draft.kind = !draft.vague && !draft.hedge && !draft.estimate && draft.value !== null && Number.isInteger(draft.value) && draft.value < 10 ? 'scene' : 'count'
    }
  }
}

/** Determiners that make a following small number a reference, not a count (closed class). */
const DEFINITE = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'all'])

/** The kinds of number that need a source (RULES.md order); every other kind needs none. */
export const STATISTIC_KINDS: readonly StatisticKind[] = ['harm', 'share', 'poll', 'crowd', 'estimate', 'money', 'count', 'result']

export function isStatisticKind(kind: FigureKind): kind is StatisticKind {
  return (STATISTIC_KINDS as readonly string[]).includes(kind)
}

/** Every numeric mention in the text with its kind, sorted by start. */
export function findFigures(context: ModelContext): Figure[] {
  return new Pass(context).run()
}
