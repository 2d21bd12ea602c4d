/**
 * quote-without-speaker: a direct quotation with no speaker. Reads the model's quotes and cues: a
 * quote is attributed when a cue attaches it (cue.quotes, which already holds the speaker's
 * following quotes and multi-paragraph continuations) or covers it (a partial quote inside a
 * reported clause), or when it continues an attributed quote. Frames around the quote (titles,
 * slogans, words as words, nicknames) and a speaker named in the next or previous sentence of the
 * paragraph come from quote-frames.yml.
 */
import { entries as cuePhraseEntries } from '../lexicon/generated/cue-phrases.js'
import { entries as cueVerbEntries } from '../lexicon/generated/cue-verbs.js'
import { entries as frameEntries } from '../lexicon/generated/quote-frames.js'
import { PhraseMatcher } from '../lexicon/matcher.js'
import type { ProseModel, Quote, Token } from '../model/types.js'
import { objectOptions } from '../plugins/options.js'
import { cuesBySentence, excerpt, tokenAt } from './attribution-shared.js'
import type { Rule } from './types.js'

const frameMatcher = new PhraseMatcher(frameEntries.filter((entry) => entry.data.role !== 'speaker'))
const speakerMatcher = new PhraseMatcher(frameEntries.filter((entry) => entry.data.role === 'speaker'))
/** Reporting words of any kind ("to say", "Tweeted", "called"): in the quote's own sentence they frame it as speech. */
const reportingMatcher = new PhraseMatcher([...cueVerbEntries, ...cuePhraseEntries])

/** Quotes of up to this many words are scare quotes: doubt-marker's, not this rule's. */
const SCARE_QUOTE_WORDS = 3
/** Words a title leaves in lower case ("The Lord of the Rings"). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'but', 'nor', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'vs', 'v'])

/** Which quotes a cue attaches or covers, and which continue such a quote. */
function attributedQuotes(model: ProseModel): Uint8Array {
  const { quotes, cues } = model
  const attributed = new Uint8Array(quotes.length)
  for (const cue of cues) for (const q of cue.quotes) attributed[q] = 1
  // Quotes inside a covered span (a partial quote in a reported clause): one sweep over both lists.
  const covers = cues.flatMap((cue) => cue.covers).sort((a, b) => a.start - b.start)
  let next = 0
  let reach = -1
  for (const quote of quotes) {
    while (next < covers.length && covers[next].start <= quote.start) reach = Math.max(reach, covers[next++].end)
    if (reach >= quote.end) attributed[quote.index] = 1
  }
  // A nested quote belongs to its parent's speaker.
  for (const quote of quotes) if (quote.parent >= 0 && attributed[quote.parent]) attributed[quote.index] = 1
  return attributed
}

/** Nothing but white space (or a sentence's closing punctuation) between two offsets. */
function onlySpaceBetween(model: ProseModel, from: number, to: number): boolean {
  return /^[\s.!?]*$/.test(model.text.slice(from, to))
}

/** A frame word (title, slogan, word as word, nickname) starting within four words before the quote or six after. */
function framed(model: ProseModel, quote: Quote): boolean {
  const { tokens } = model
  const open = tokenAt(tokens, quote.start)
  const sentence = tokens[open].sentence
  let words = 0
  for (let i = open - 1; i >= 0 && words < 4; i--) {
    const t = tokens[i]
    if (t.sentence !== sentence && t.type !== 'whitespace') break
    if (t.type !== 'word') continue
    words++
    if (frameMatcher.matchAt(tokens, i, open)) return true
  }
  const close = tokenAt(tokens, quote.end)
  const closing = tokens[close - 1].sentence
  words = 0
  for (let i = close; i < tokens.length && words < 6; i++) {
    const t = tokens[i]
    if (t.sentence !== closing) break
    if (t.type !== 'word') {
      if (t.type === 'punctuation' && /^[.!?;]$/.test(t.value)) break
      continue
    }
    words++
    if (frameMatcher.matchAt(tokens, i)) return true
  }
  return false
}

/** "The Lord of the Rings", "Make America Great Again": every word capitalised but the small ones. */
function titleCase(model: ProseModel, quote: Quote): boolean {
  const { tokens } = model
  let capitals = 0
  let last = tokenAt(tokens, quote.inner.end) - 1
  while (last >= 0 && tokens[last].type !== 'word') last--
  for (let i = tokenAt(tokens, quote.inner.start); i < tokens.length && tokens[i].start < quote.inner.end; i++) {
    const t = tokens[i]
    // A headline's title may end with a full stop; a stop inside it makes it prose.
    if (t.type === 'punctuation' && /^[.!?]$/.test(t.value) && i < last) return false
    if (t.type !== 'word' || !/\p{L}/u.test(t.value)) continue
    if (/^\p{Lu}/u.test(t.value)) capitals++
    else if (!TITLE_SMALL.has(t.norm)) return false
  }
  return capitals >= 2
}

/** A sentence that names a speaker: a cue, or a speaker word outside quotations ("spoke", "was asked", "statement"). */
function speakerSentence(model: ProseModel, index: number, memo: Map<number, boolean>): boolean {
  const cached = memo.get(index)
  if (cached !== undefined) return cached
  const sentence = model.sentences[index]
  let found = (cuesBySentence(model).get(index) ?? []).length > 0
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && !found; i++) {
    const t: Token = model.tokens[i]
    if (t.type !== 'word' || (t.quote >= 0 && model.quotes[t.quote].words > SCARE_QUOTE_WORDS)) continue
    if (speakerMatcher.has(t.norm) && speakerMatcher.matchAt(model.tokens, i, sentence.tokenEnd)) found = true
  }
  memo.set(index, found)
  return found
}

/**
 * The quote follows a colon, even across a paragraph break ("He said:\n\n“…”"), or a dash inside
 * its sentence ("Trump embraced the policy -- “I think it works.”").
 */
function afterColon(model: ProseModel, quote: Quote): boolean {
  const { tokens } = model
  const open = tokenAt(tokens, quote.start)
  for (let i = open - 1; i >= 0; i--) {
    if (tokens[i].type === 'whitespace') continue
    if (tokens[i].type !== 'punctuation') return false
    if (tokens[i].value === ':') return true
    return DASHES.has(tokens[i].value) && tokens[i].sentence === tokens[open].sentence && i > 0
  }
  return false
}

const DASHES = new Set(['\u2014', '\u2013', '--', '-'])

/** A paragraph that is a credit line: a dash and a name ("- Bernie Sanders.", "—President Obama, tweeting"). */
function attributionLine(model: ProseModel, paragraphIndex: number): boolean {
  const paragraph = model.paragraphs[paragraphIndex]
  if (!paragraph) return false
  const { tokens } = model
  let i = model.sentences[paragraph.sentenceStart].tokenStart
  while (i < tokens.length && tokens[i].type === 'whitespace') i++
  return creditAt(tokens, i)
}

function rootOf(model: ProseModel, index: number): number {
  let q = index
  while (model.quotes[q].parent >= 0) q = model.quotes[q].parent
  return q
}

/** Is the quote the first thing in its sentence (after white space and opening punctuation)? */
function opensSentence(model: ProseModel, quote: Quote): boolean {
  const { tokens } = model
  const open = tokenAt(tokens, quote.start)
  for (let i = open - 1; i >= 0 && tokens[i].sentence === tokens[open].sentence; i--) {
    if (tokens[i].type === 'word') return false
  }
  return true
}

/** Is the quote the first thing in its paragraph? */
function opensParagraph(model: ProseModel, quote: Quote): boolean {
  const paragraph = model.paragraphs[quote.paragraph]
  const { tokens } = model
  let i = model.sentences[paragraph.sentenceStart].tokenStart
  while (i < tokens.length && tokens[i].type === 'whitespace') i++
  return tokens[i] !== undefined && tokens[i].start === quote.start
}

/** The quote's own sentence, outside quotations, holds a reporting word (“as if to say”, “Tweeted”). */
const framesMemo = new WeakMap<ProseModel, Map<string, boolean>>()

function ownSentenceFrames(model: ProseModel, quote: Quote): boolean {
  // Memoised per sentence range: many quotes in one long sentence scan it once (linear work).
  let memo = framesMemo.get(model)
  if (!memo) framesMemo.set(model, (memo = new Map()))
  const key = `${quote.sentenceStart}:${quote.sentenceEnd}`
  const known = memo.get(key)
  if (known !== undefined) return known
  const { tokens, sentences } = model
  let found = false
  for (let i = sentences[quote.sentenceStart].tokenStart; i < sentences[quote.sentenceEnd].tokenEnd && !found; i++) {
    const t = tokens[i]
    if (t.type !== 'word' || t.quote >= 0) continue
    if (reportingMatcher.has(t.norm) && reportingMatcher.matchAt(tokens, i)) found = true
  }
  memo.set(key, found)
  return found
}

/**
 * Runs of paragraphs that open with a quotation share a speaker: a run is attributed when any of its
 * quotes is, when the paragraph before it ends with a colon, or when the last sentence of the
 * paragraph before it names a source ("Smith said the party would win. ¶ “We are going to win.”").
 */
function attributedRuns(model: ProseModel, attributed: Uint8Array): Uint8Array {
  const { quotes, paragraphs, sentences, tokens } = model
  const opener = new Int32Array(paragraphs.length).fill(-1)
  for (const quote of quotes) if (quote.depth === 0 && opener[quote.paragraph] < 0 && opensParagraph(model, quote)) opener[quote.paragraph] = quote.index
  const byParagraph = new Map<number, number[]>()
  for (const quote of quotes) {
    if (quote.depth !== 0) continue
    const list = byParagraph.get(quote.paragraph)
    if (list) list.push(quote.index)
    else byParagraph.set(quote.paragraph, [quote.index])
  }
  const inRun = new Uint8Array(quotes.length)
  const bySentence = cuesBySentence(model)
  let p = 0
  while (p < paragraphs.length) {
    if (opener[p] < 0) {
      p++
      continue
    }
    let end = p
    while (end + 1 < paragraphs.length && opener[end + 1] >= 0) end++
    let ok = false
    for (let r = p; r <= end && !ok; r++) for (const q of byParagraph.get(r) ?? []) if (attributed[q]) ok = true
    if (!ok && p > 0) {
      const before = paragraphs[p - 1]
      let j = sentences[before.sentenceEnd - 1].tokenEnd - 1
      while (j >= 0 && tokens[j].type === 'whitespace') j--
      if (j >= 0 && tokens[j].type === 'punctuation' && tokens[j].value === ':') ok = true
      // The paragraph before ends inside or with an attributed quote: the speaker goes on.
      const closing = tokens[j]
      if (closing && closing.quote >= 0 && attributed[rootOf(model, closing.quote)]) ok = true
      for (const q of byParagraph.get(p - 1) ?? []) if (attributed[q] && onlySpaceBetween(model, quotes[q].end, closing?.end ?? 0)) ok = true
      const lastCues = bySentence.get(before.sentenceEnd - 1) ?? []
      if (lastCues.some((cue) => cue.source !== null && cue.sourceKind !== 'vague')) ok = true
    }
    // The run is followed by an attribution line ("- Bernie Sanders.").
    if (!ok && attributionLine(model, end + 1)) ok = true
    if (ok) for (let r = p; r <= end; r++) for (const q of byParagraph.get(r) ?? []) if (opensSentence(model, quotes[q])) inRun[q] = 1
    p = end + 1
  }
  return inRun
}

/** Dashes that introduce a credit line: the clause dashes and the quotation dash ― ("“…” ― Sonya Herridge, nurse"). */
const CREDIT_DASHES = new Set([...DASHES, '\u2015'])

const creditDash = (token: Token | undefined): boolean => token !== undefined && token.type !== 'word' && CREDIT_DASHES.has(token.value)

/** A credit: the dash at token `i`, then a capitalised word on the dash's own line. */
function creditAt(tokens: readonly Token[], i: number): boolean {
  if (!creditDash(tokens[i])) return false
  let k = i + 1
  while (k < tokens.length && tokens[k].type === 'whitespace' && !tokens[k].value.includes('\n')) k++
  return tokens[k] !== undefined && tokens[k].type === 'word' && /^\p{Lu}/u.test(tokens[k].value)
}

/**
 * A name right after the closing mark: "…," Mr Bootle. (a dropped "said"), a credit in brackets
 * ("“…” [WaPo.]", "“…” (Reuters)"), or a credit line after a dash, as in vox pops and epigraphs
 * ("“…” — Sonya Herridge").
 */
function nameAfter(model: ProseModel, quote: Quote): boolean {
  const { tokens } = model
  let i = tokenAt(tokens, quote.end)
  while (i < tokens.length && tokens[i].type === 'whitespace') i++
  if (tokens[i] && tokens[i].type === 'punctuation' && (tokens[i].value === '[' || tokens[i].value === '(')) {
    const next = tokens[i + 1]
    return next !== undefined && next.type === 'word' && /^\p{Lu}/u.test(next.value)
  }
  // The credit line may sit on the next line.
  if (creditDash(tokens[i])) return creditAt(tokens, i)
  let words = 0
  for (; i < tokens.length && words <= 4; i++) {
    const t = tokens[i]
    if (t.type === 'whitespace') continue
    if (t.type === 'word') {
      if (!/^\p{Lu}/u.test(t.value)) return false
      words++
      continue
    }
    if (t.value === '.' && words > 0 && tokens[i - 1].type === 'word' && tokens[i - 1].end === t.start && /^(mr|mrs|ms|dr|st|sen|rep|gov|gen|col|lt|sgt|prof)$/.test(tokens[i - 1].norm)) continue
    return words > 0 && /^[.!?]$/.test(t.value)
  }
  return false
}

/**
 * Quotes whose speaker the reader knows: attached or covered by a cue; after a colon; with a speaker
 * named in their own sentence or the sentence before or after in the paragraph; in a run of quote
 * paragraphs that continues a speaker; or a name right after them. Then the speaker carries along a
 * chain of the same speaker's quotes: a quote continued across paragraphs, and a quote that follows
 * the previous quote of its paragraph with nothing between (“…no excuse.” “We apologise…”).
 */
function speakerKnown(model: ProseModel): Uint8Array {
  const { quotes, sentences } = model
  const known = attributedQuotes(model)
  const runs = attributedRuns(model, known)
  const memo = new Map<number, boolean>()
  for (const quote of quotes) {
    if (quote.depth > 0 || known[quote.index]) continue
    if (runs[quote.index] || afterColon(model, quote) || ownSentenceFrames(model, quote) || nameAfter(model, quote)) {
      known[quote.index] = 1
      continue
    }
    const paragraph = sentences[quote.sentenceStart].paragraph
    for (let s = quote.sentenceStart - 1; s <= quote.sentenceEnd + 1; s++) {
      if (s < 0 || s >= sentences.length || sentences[s].paragraph !== paragraph) continue
      if (speakerSentence(model, s, memo)) {
        known[quote.index] = 1
        break
      }
    }
  }
  // Chains of the same speaker's quotes, in both directions.
  const previous = new Int32Array(quotes.length).fill(-1)
  let last = -1
  for (const quote of quotes) {
    if (quote.depth !== 0) continue
    if (quote.continues >= 0) previous[quote.index] = quote.continues
    else if (last >= 0 && quotes[last].paragraph === quote.paragraph && onlySpaceBetween(model, quotes[last].end, quote.start)) previous[quote.index] = last
    last = quote.index
  }
  for (const quote of quotes) if (previous[quote.index] >= 0 && known[previous[quote.index]]) known[quote.index] = 1
  for (let i = quotes.length - 1; i >= 0; i--) if (known[i] && previous[i] >= 0) known[previous[i]] = 1
  for (const quote of quotes) if (previous[quote.index] >= 0 && known[previous[quote.index]]) known[quote.index] = 1
  return known
}

export const quoteWithoutSpeaker: Rule = {
  id: 'quote-without-speaker',
  plugin: 'retextAttribution',
  summary: 'A direct quotation with no speaker: no cue governs it and it does not continue an attributed quote.',
  defaultSeverity: 'warning',
  docs: [
    'Flags a direct quotation of four words or more that nothing attributes: no cue governs it (“…,” she said; She said: “…”; The minister was blunt: “…”; a partial quote inside a reported clause), and it does not continue an attributed quote (the same speaker’s next quote in the paragraph, or a quote that runs on across paragraphs).',
    '',
    'Not flagged: scare quotes of one to three words (`doubt-marker`’s); titles of works (“the film …”, a quote in title case); chants, signs, slogans and mottoes (“protesters chanted …”, “a banner reading …”); words as words (“the word …”, “the phrase …”); nicknames (“known as …”); a quote after a colon; and a quote whose speaker is named in the sentence before or after it in the same paragraph (“Clinton was asked why … “…”; “…” The mayor spoke outside city hall.). The frame words are `src/lexicon/data/quote-frames.yml`.',
    '',
    'Fix: say who said it, in the same sentence or the next (“…,” the mayor said).',
  ].join('\n'),
  parseOptions: (raw, where) => {
    objectOptions(raw, where, [])
    return {}
  },
  check(model, report, severity) {
    const { quotes } = model
    if (quotes.length === 0) return
    const known = speakerKnown(model)
    for (const quote of quotes) {
      if (quote.depth > 0 || known[quote.index] || quote.words <= SCARE_QUOTE_WORDS) continue
      // An opening mark never closed inside its paragraph, and not a paragraph-long quote: a stray mark.
      if (quote.unclosed && !opensParagraph(model, quote)) continue
      // A mark with white space after it opens nothing: a stray closing mark ("…is. " The US…").
      if (/^\s/.test(model.text.slice(quote.inner.start, quote.inner.start + 1))) continue
      if (framed(model, quote) || titleCase(model, quote)) continue
      // A partial quote inside the writer's sentence ("She called the plan “a reckless gamble
      // with jobs”"): its speaker is the sentence's subject, or it is a scare quote (doubt-marker's).
      const inner = model.text.slice(quote.inner.start, quote.inner.end)
      if (!opensSentence(model, quote) && /^\p{Ll}/u.test(inner.replace(/^[^\p{L}]+/u, ''))) continue
      report({
        span: quote,
        severity,
        reason: `Quote with no speaker: “${excerpt(model.text.slice(quote.inner.start, quote.inner.end))}” is not attributed to anyone.`,
        note: 'A direct quotation needs a speaker the reader can see: attribute it in the same sentence or the next (“…,” the mayor said). AP and Reuters attribute every direct quote; an unattributed quote reads as the writer’s own claim.',
        data: { words: quote.words },
      })
    }
  },
}
