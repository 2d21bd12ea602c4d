/**
 * The shared prose model: built once per file from the nlcst tree, cached, and read by every rule.
 *
 * Every span is `{start, end}` in UTF-16 code-unit offsets into the file's text (`String(file)`),
 * end exclusive, so evaluation scripts can compare the model with annotated corpora directly.
 */

/** A half-open range of UTF-16 offsets into the file's text. */
export interface Span {
  start: number
  end: number
}

export type TokenType = 'word' | 'punctuation' | 'symbol' | 'whitespace'

/** One leaf of the nlcst tree (a whole WordNode counts as one token). */
export interface Token extends Span {
  /** Position in `model.tokens`. */
  index: number
  type: TokenType
  /** The token's text as the parser saw it. */
  value: string
  /** Lower-cased, curly apostrophes and dashes folded: what vocabulary look-ups use. */
  norm: string
  /** Index into `model.sentences`. */
  sentence: number
  /** Index of the innermost quote this token lies inside (marks excluded), or -1. */
  quote: number
}

export interface Paragraph extends Span {
  index: number
  /** First sentence index, and one past the last. */
  sentenceStart: number
  sentenceEnd: number
}

export interface Sentence extends Span {
  index: number
  paragraph: number
  /** First token index, and one past the last. */
  tokenStart: number
  tokenEnd: number
}

export interface Quote extends Span {
  index: number
  /** The quoted words, without the marks. */
  inner: Span
  /** The opening mark. */
  open: string
  /** The closing mark, or null when the quote is unclosed. */
  close: string | null
  /** No closing mark before the paragraph ended (and the next paragraph did not reopen it). */
  unclosed: boolean
  /** 0 for a top-level quote, 1 for a quote inside a quote, … */
  depth: number
  /** The enclosing quote's index, or -1. */
  parent: number
  /** Number of word tokens inside. */
  words: number
  paragraph: number
  /** This quote continues the previous paragraph's quote (opener reopened, no closer before). */
  continues: number
  /** Sentence indices of the first and last token inside the quote. */
  sentenceStart: number
  sentenceEnd: number
}

/** Who a cue names as the source. */
export type SourceKind = 'named' | 'vague' | 'anonymous' | 'none'

/** What form of attribution the cue is. */
export type CueForm =
  | 'verb' // X said [that] …, "…," X said, X told reporters …
  | 'according-to' // according to X
  | 'citing' // citing X
  | 'per' // per X
  | 'called' // what X called …, X described as …
  | 'data' // X's data shows …, figures from X show …
  | 'colon' // X: "…" (a speaker introducing a quote with a colon)
  | 'impersonal' // it is believed, it was reported, reportedly

export interface Cue extends Span {
  index: number
  form: CueForm
  /** The base form of the cue word or phrase ("say", "according to"). */
  lemma: string
  /** The source phrase ("the health ministry"), or null when the cue names none. */
  source: Span | null
  sourceKind: SourceKind
  /** The spans this cue governs: the quote attached to it or the reported clause. */
  covers: Span[]
  /** Quotes (indices into `model.quotes`) this cue attributes. */
  quotes: number[]
  sentence: number
  /** This cue is a pronoun ("she said", "it added") that continues an earlier cue's source. */
  continues: number
}

/** Figure kinds that need a source when stated in the writer's voice. */
export type StatisticKind =
  | 'harm'
  | 'share'
  | 'poll'
  | 'crowd'
  | 'estimate'
  | 'money'
  | 'count'
  | 'result'

/** Numbers that need no source. */
export type NonStatisticKind =
  | 'date'
  | 'year'
  | 'time'
  | 'duration'
  | 'age'
  | 'ordinal'
  | 'identifier'
  | 'legal'
  | 'roman'
  | 'address'
  | 'phone'
  | 'idiom'
  | 'scene'

export type FigureKind = StatisticKind | NonStatisticKind

export interface Figure extends Span {
  index: number
  kind: FigureKind
  /** The figure's text as written ("more than 1,200", "an estimated 24"). */
  text: string
  /** The number span alone, without hedges ("1,200"). */
  number: Span
  /** The numeric value where it can be read, else null. */
  value: number | null
  /** A hedge in front of the number ("at least", "more than", "nearly", "an estimated"). */
  hedge: string | null
  /** Introduced by "an estimated", "estimated at", "as many as", "by some estimates". */
  estimate: boolean
  /** Vague magnitudes ("dozens", "thousands of") rather than a stated number. */
  vague: boolean
  /** The head noun or verb that decided the kind ("killed", "people", "percent"), or null. */
  head: string | null
  sentence: number
  /** Index of the quote that contains it, or -1. */
  quote: number
  /** Index of the cue whose `covers` include it, or -1. */
  coveredBy: number
  /** A conversion in brackets ("2bn reais ($725m)") restates this figure index; else -1. */
  restates: number
}

/** A citation in markup: a link or a footnote reference (empty in plain text). */
export interface Citation extends Span {
  kind: 'link' | 'footnote'
}

export interface ProseModel {
  /** The file's text that all spans index into. */
  text: string
  tokens: Token[]
  paragraphs: Paragraph[]
  sentences: Sentence[]
  quotes: Quote[]
  cues: Cue[]
  figures: Figure[]
  citations: Citation[]
}
