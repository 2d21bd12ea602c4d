import type { Figure, Paragraph, Quote, Sentence, Token } from './types.js'

/** What every facet of the model receives: the text, the token layer and the quotes. */
export interface ModelContext {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  paragraphs: Paragraph[]
  quotes: Quote[]
  /** Filled before the cues facet runs, so cues can tell a reported figure ("said at least 30…"). */
  figures?: Figure[]
}
