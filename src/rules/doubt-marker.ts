/**
 * doubt-marker: words and punctuation that distance the writer from what they report: so-called,
 * self-styled, purported, supposed; scare quotes (one to three quoted words in the writer's voice
 * with no speaker near); "alleged" and "apparent" only when a preset asks (`strict`).
 */
import type { Severity } from '../lexicon/schema.js'
import { booleanOption, checkLexical, levelFor, parseLoadedOptions, q, severityOption, type LexicalConfig, type Level, type LoadedOptions } from './loaded-common.js'
import { scanLoaded } from './loaded-scan.js'
import { OptionsError } from '../plugins/options.js'
import type { Rule } from './types.js'

export interface DoubtMarkerOptions extends LoadedOptions {
  /** Scare quotes: `'info'` by default (`recommended`); `'warning'` takes the rule's severity (`wire`, `strict`); `'off'` skips them. */
  scareQuotes: Severity
  /** Flag "alleged"/"allegedly" outside legal copy (`strict`); never with a charge, crime or accuser nearby. */
  alleged: boolean
  /** Flag "apparent"/"apparently" (`strict`). */
  apparent: boolean
  /**
   * The longest quote (in words, 1–3) that counts as a scare quote. Default 1: in news copy a quoted
   * phrase of two or three words is nearly always a partial quote of a source named nearby or a term
   * being introduced ("the "local loop""); a single quoted word is the classic scare quote.
   */
  scareQuoteWords: number
}

const config: LexicalConfig<DoubtMarkerOptions> = {
  id: 'doubt-marker',
  reason: (words) => `Doubt marker: ${words} casts doubt in the writer’s own voice.`,
  choiceLevel: (choice, options, ruleSeverity) => {
    if (choice === 'alleged') return options.alleged ? ruleSeverity : 'off'
    if (choice === 'apparent') return options.apparent ? ruleSeverity : 'off'
    return undefined
  },
  // A word the model reads as an attribution cue ("prosecutors alleged that") is loaded-attribution-verb's.
  skip: (hit) => hit.cue,
}

const SCARE_NOTE =
  'Quotation marks around a word in the writer’s own voice signal doubt or sarcasm without saying who doubts it (Wikipedia’s Words to watch: scare quotes; Reuters never puts a label in scare quotes). Drop the marks, or attribute the word: say who uses it (“what the company calls a restructuring”).'

export const doubtMarker: Rule<DoubtMarkerOptions> = {
  id: 'doubt-marker',
  plugin: 'retextLoadedTerms',
  summary: 'Distancing words and scare quotes in the writer’s voice: so-called, self-styled, purported; “alleged” only in strict.',
  defaultSeverity: 'warning',
  docs: [
    'Flags words that distance the writer from what they report: so-called, self-styled, self-proclaimed, purported and supposed (as adjectives), purportedly, supposedly, ostensibly, and “claims that” as a noun for what someone said. Wikipedia’s Words to watch: “so-called” is ambiguous (a common name, a false name or a contested one); Reuters never puts “so-called” before a label. “So-called” is flagged before a word that claims a status, a virtue or legitimacy (“so-called experts”, “so-called reforms”); British copy uses it to introduce jargon (“so-called denial of service attacks”), which casts no doubt.',
    '',
    'Scare quotes: a word in quotation marks in the writer’s own voice (“the “experts””), after a determiner or a possessive, with no attribution cue in the same or an adjacent sentence, no word of speech in its sentence or the sentences next to it (“praised”, “criticised”, “heard”: a partial quote of a source named nearby), not after a naming or mention word (“called”, “known as”, “the word”, “signs reading”), not starting with a capital (a name, title or slogan) and not ending in punctuation (a quoted sentence). One word by default: in news copy a quoted phrase of two or three words is nearly always a partial quote or a term being introduced; option `scareQuoteWords` (1–3) widens it. Info in `recommended` (option `scareQuotes`).',
    '',
    '“Alleged” and “apparent” are legal protection and ordinary hedging in crime copy, so they are flagged only when the `alleged` and `apparent` options are on (`strict`), and “alleged” never with a charge, a crime noun or an accuser nearby (AP: name the source of an allegation). A word the model reads as an attribution cue (“prosecutors alleged that”) belongs to `loaded-attribution-verb`.',
    '',
    'Not flagged: quotes (option `quoted: \'info\'`), “supposed to”, “purported to”, and the BBC’s “so-called Islamic State” and “self-styled Islamic State”, which BBC editorial policy prescribes.',
    '',
    'Options: `quoted` (`\'off\'` | `\'info\'`); `scareQuotes` (a severity; default `\'info\'`, `\'warning\'` takes the rule’s severity); `scareQuoteWords` (1, 2 or 3; default 1); `alleged` and `apparent` (default `false`; `strict` sets both).',
    '',
    'Fix: `expected` deletes the marker, taking the next word (“so-called experts” → “experts”); for scare quotes it drops the marks.',
  ].join('\n'),
  parseOptions(raw, where) {
    const { quoted, rest } = parseLoadedOptions(raw, where, ['scareQuotes', 'scareQuoteWords', 'alleged', 'apparent'])
    const words = rest.scareQuoteWords ?? 1
    if (words !== 1 && words !== 2 && words !== 3) {
      throw new OptionsError(`${where}: "scareQuoteWords" must be 1, 2 or 3; got ${JSON.stringify(words)}`)
    }
    return {
      quoted,
      scareQuotes: rest.scareQuotes === undefined ? 'info' : severityOption(rest.scareQuotes, `${where} scareQuotes`),
      alleged: booleanOption(rest.alleged, where, 'alleged', false),
      apparent: booleanOption(rest.apparent, where, 'apparent', false),
      scareQuoteWords: words,
    }
  },
  check(model, report, severity, options) {
    checkLexical(config, model, report, severity, options)
    const level = options.scareQuotes === 'error' ? 'error' : levelFor(options.scareQuotes, severity)
    if (level === 'off') return
    for (const index of scanLoaded(model).scareQuotes) {
      const quote = model.quotes[index]
      if (quote.words > options.scareQuoteWords) continue
      const inner = model.text.slice(quote.inner.start, quote.inner.end)
      report({
        span: quote,
        severity: level as Level,
        reason: `Scare quotes: ${q(inner)} is set in quotation marks with no one quoted.`,
        note: SCARE_NOTE,
        expected: [inner],
        data: { scareQuote: true },
      })
    }
  },
}
