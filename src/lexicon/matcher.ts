/**
 * Phrase look-up over the model's tokens: a hash of first words, then a short walk over the
 * following words. One look-up per word, whatever the size of the lexicon.
 */
import type { Token } from '../model/types.js'
import { entryPhrases, type LexiconEntry } from './schema.js'

export interface PhraseMatch<E> {
  entry: E
  /** The matched phrase, normalised. */
  phrase: string
  /** Token indices: first word, and one past the last word. */
  first: number
  last: number
}

interface Candidate<E> {
  words: string[]
  phrase: string
  entry: E
}

/** retext glues a sentence's full stop to a final number ("the last 16."): the number still matches. */
function sentenceFinalNumber(norm: string, word: string): boolean {
  return norm.length === word.length + 1 && norm.endsWith('.') && norm.startsWith(word) && /^\d/.test(word)
}

export class PhraseMatcher<E extends Pick<LexiconEntry, 'term' | 'forms' | 'british'> = LexiconEntry> {
  private readonly byFirst = new Map<string, Candidate<E>[]>()
  readonly size: number

  constructor(entries: readonly E[]) {
    let size = 0
    for (const entry of entries) {
      for (const phrase of entryPhrases(entry as unknown as LexiconEntry)) {
        const words = phrase.split(' ')
        const list = this.byFirst.get(words[0])
        const candidate = { words, phrase, entry }
        if (list) list.push(candidate)
        else this.byFirst.set(words[0], [candidate])
        size++
      }
    }
    // Longest phrase first, so "according to reports" wins over "according to".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
    this.size = size
  }

  /** Whether any phrase starts with this normalised word. */
  has(word: string): boolean {
    return this.byFirst.has(word)
  }

  /** The first words of the phrases whose entry passes `test` (for building look-up gates). */
  firstWords(test: (entry: E) => boolean = () => true): Set<string> {
    const out = new Set<string>()
    for (const [word, list] of this.byFirst) if (list.some((candidate) => test(candidate.entry))) out.add(word)
    return out
  }

  /**
   * The longest phrase starting at word token `index`. Words of a phrase must be separated by
   * white space only (a phrase never runs across punctuation).
   */
  matchAt(tokens: readonly Token[], index: number, limit = tokens.length): PhraseMatch<E> | null {
    const first = tokens[index]
    if (!first || first.type !== 'word') return null
    const list = this.byFirst.get(first.norm)
    if (!list) return null
    for (const candidate of list) {
      let position = index
      let ok = true
      for (let w = 1; w < candidate.words.length; w++) {
        const space = tokens[position + 1]
        const next = tokens[position + 2]
        if (
          position + 2 >= limit ||
          !space ||
          space.type !== 'whitespace' ||
          !next ||
          next.type !== 'word' ||
          !(next.norm === candidate.words[w] || sentenceFinalNumber(next.norm, candidate.words[w]))
        ) {
          ok = false
          break
        }
        position += 2
      }
      if (ok) return { entry: candidate.entry, phrase: candidate.phrase, first: index, last: position + 1 }
    }
    return null
  }

  /** Look up a single normalised word (one-word phrases only). */
  lookup(word: string): E | undefined {
    const list = this.byFirst.get(word)
    if (!list) return undefined
    for (const candidate of list) if (candidate.words.length === 1) return candidate.entry
    return undefined
  }
}
