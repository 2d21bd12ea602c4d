/**
 * What the eight loaded-terms rules share: their options (`quoted`), the severity of a hit, and
 * the fix (`expected`) built from an entry's alternatives, inflected to fit the sentence: number
 * ("terrorists" → "attackers"), tense ("passed away" → "died"), capitals at the start of a sentence,
 * the article before it ("a terrorist" → "an attacker"), and deletions that take the next word
 * ("So-called experts" → "Experts", DESIGN.md: place "Clearly, the", expected "The").
 */
import type { Severity } from '../lexicon/schema.js'
import type { ProseModel, Span } from '../model/types.js'
import { OptionsError, objectOptions, severityOption } from '../plugins/options.js'
import { nextSolid, prevSolid } from '../model/tokens.js'
import { article, matchCase } from './fix-text.js'
import { scanLoaded, wordsBefore, type TermHit } from './loaded-scan.js'
import type { Finding, Report } from './types.js'

export type Level = Exclude<Severity, 'off'>

/** How words inside a direct quotation are treated: not reported (default) or reported at info. */
export type QuotedSetting = 'off' | 'info'

export interface LoadedOptions {
  quoted: QuotedSetting
}

export const QUOTED_VALUES: readonly QuotedSetting[] = ['off', 'info']

export function quotedOption(value: unknown, where: string): QuotedSetting {
  if (value === undefined) return 'off'
  if (value !== 'off' && value !== 'info') {
    throw new OptionsError(`${where}: "quoted" must be one of ${QUOTED_VALUES.map((v) => `'${v}'`).join(', ')}; got ${JSON.stringify(value)}`)
  }
  return value
}

export function booleanOption(value: unknown, where: string, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') throw new OptionsError(`${where}: "${name}" must be true or false; got ${JSON.stringify(value)}`)
  return value
}

/** Options every loaded-terms rule takes (`quoted`), plus the rule's own keys. */
export function parseLoadedOptions(raw: unknown, where: string, extra: readonly string[] = []): { quoted: QuotedSetting; rest: Record<string, unknown> } {
  const options = objectOptions(raw, where, ['quoted', ...extra])
  return { quoted: quotedOption(options.quoted, where), rest: options }
}

export { severityOption }

/** An entry's level under the rule's severity: 'warning' entries take the rule's; 'info' stays info. */
export function levelFor(entrySeverity: Severity, ruleSeverity: Level): Severity {
  if (entrySeverity === 'off') return 'off'
  if (entrySeverity === 'info') return 'info'
  return ruleSeverity
}

/**
 * The hits a rule reports; quoted words only when `quoted: 'info'` asks. Attributed hits are the
 * source's, unless `keepAttributed` (agentless-harm: a reported passive still hides the agent).
 */
export function ruleHits(model: ProseModel, ruleId: string, options: LoadedOptions, keepAttributed = false): { hit: TermHit; quoted: boolean }[] {
  const scan = scanLoaded(model)
  const out: { hit: TermHit; quoted: boolean }[] = []
  for (const hit of scan.hits) {
    if (hit.entry.rule !== ruleId) continue
    if (hit.quote >= 0) {
      // Words in scare quotes are doubt-marker's finding; words in a speaker's quote are the speaker's.
      if (options.quoted !== 'info' || scan.scareQuotes.has(hit.quote)) continue
      out.push({ hit, quoted: true })
      continue
    }
    if (hit.attributed && !keepAttributed) continue
    out.push({ hit, quoted: false })
  }
  return out
}

export const QUOTED_NOTE = 'These words are inside a direct quotation, so they are the speaker’s; reported at info because the `quoted` option is \'info\'.'

/** Curly-quoted text for reasons. */
export const q = (text: string): string => `\u201c${text}\u201d`

// ---------------------------------------------------------------------------------------------
// Inflection

const IRREGULAR_PLURALS: Record<string, string> = { man: 'men', woman: 'women', person: 'people', child: 'children', gunman: 'gunmen', chairman: 'chairmen', spokesman: 'spokesmen' }
const PLURAL_TO_SINGULAR: Record<string, string> = Object.fromEntries(Object.entries(IRREGULAR_PLURALS).map(([s, p]) => [p, s]))

export function pluralize(word: string): string {
  const lower = word.toLowerCase()
  if (IRREGULAR_PLURALS[lower]) return IRREGULAR_PLURALS[lower]
  for (const [singular, plural] of Object.entries(IRREGULAR_PLURALS)) if (lower.endsWith(singular)) return word.slice(0, word.length - singular.length) + plural
  if (/[^aeiou]y$/.test(lower)) return word.slice(0, -1) + 'ies'
  if (/(s|x|z|ch|sh)$/.test(lower)) return word + 'es'
  return word + 's'
}

/** Is this noun form plural? (compared with the entry's singular term word) */
function isPluralOf(form: string, base: string): boolean {
  if (form === base) return false
  if (PLURAL_TO_SINGULAR[form] === base) return true
  for (const [plural, singular] of Object.entries(PLURAL_TO_SINGULAR)) if (form.endsWith(plural) && base.endsWith(singular)) return true
  return form === pluralize(base).toLowerCase() || form === `${base}s` || form === `${base}es`
}

const IRREGULAR_VERBS: Record<string, { past: string; participle: string; ing: string; third: string }> = {
  die: { past: 'died', participle: 'died', ing: 'dying', third: 'dies' },
  kill: { past: 'killed', participle: 'killed', ing: 'killing', third: 'kills' },
  shoot: { past: 'shot', participle: 'shot', ing: 'shooting', third: 'shoots' },
  take: { past: 'took', participle: 'taken', ing: 'taking', third: 'takes' },
  seize: { past: 'seized', participle: 'seized', ing: 'seizing', third: 'seizes' },
  capture: { past: 'captured', participle: 'captured', ing: 'capturing', third: 'captures' },
  cut: { past: 'cut', participle: 'cut', ing: 'cutting', third: 'cuts' },
  lay: { past: 'laid', participle: 'laid', ing: 'laying', third: 'lays' },
  drop: { past: 'dropped', participle: 'dropped', ing: 'dropping', third: 'drops' },
  hit: { past: 'hit', participle: 'hit', ing: 'hitting', third: 'hits' },
  beat: { past: 'beat', participle: 'beaten', ing: 'beating', third: 'beats' },
  say: { past: 'said', participle: 'said', ing: 'saying', third: 'says' },
}
const IRREGULAR_PAST = new Set(['lost', 'gave', 'given', 'took', 'taken', 'fell', 'went', 'gone', 'left', 'held', 'got', 'put', 'shot', 'made', 'laid', 'was', 'were', 'had', 'beat', 'beaten'])

type VerbForm = 'base' | 'past' | 'ing' | 'third'

function verbFormOf(word: string, base: string): VerbForm {
  if (word === base) return 'base'
  if (word.endsWith('ing')) return 'ing'
  if (word.endsWith('ed') || IRREGULAR_PAST.has(word)) return 'past'
  if (word.endsWith('s')) return 'third'
  return 'base'
}

function inflectVerb(verb: string, form: VerbForm): string {
  const irregular = IRREGULAR_VERBS[verb]
  if (form === 'base') return verb
  if (irregular) return form === 'past' ? irregular.past : form === 'ing' ? irregular.ing : irregular.third
  if (form === 'past') return verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`
  if (form === 'ing') return verb.endsWith('ie') ? `${verb.slice(0, -2)}ying` : verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`
  return /(s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`
}

/** Words after which an alternative's head noun ends ("immigrant living in the country illegally"). */
const POST_HEAD = new Set(['living', 'in', 'of', 'who', 'that', 'forced', 'without', 'with', 'born', 'from', 'later', 'for', 'on'])

/**
 * An alternative inflected like the matched words: nouns take the plural of a plural match (on the
 * alternative's head: the word before a post-modifier such as "living", "of", "later", else the last
 * word); verbs (`data.pos: verb`) take the matched tense on their first word. Adjectives and adverbs
 * (`data.pos: adj`) are left alone.
 */
export function inflectAlternative(alternative: string, hit: TermHit): string {
  if (alternative === '') return ''
  const pos = typeof hit.entry.data.pos === 'string' ? hit.entry.data.pos : 'noun'
  const words = alternative.split(' ')
  const matched = hit.phrase.split(' ')
  const term = hit.entry.term.toLowerCase().split(' ')
  if (pos === 'verb') {
    const form = verbFormOf(matched[0], term[0])
    words[0] = inflectVerb(words[0], form)
    return words.join(' ')
  }
  if (pos !== 'noun') return alternative
  // Plural when a matched word is the plural of the same word in the term or one of its forms
  // ("undocumented workers" against the form "undocumented worker").
  const variants = [hit.entry.term, ...hit.entry.forms, ...hit.entry.british].map((v) => v.toLowerCase().split(' '))
  const plural = variants.some((v) => v.length === matched.length && matched.some((word, i) => word !== v[i] && isPluralOf(word, v[i])))
  if (!plural) return alternative
  let at = words.findIndex((word, i) => i > 0 && POST_HEAD.has(word)) - 1
  if (at < 0) at = words.length - 1
  const head = words[at]
  // An alternative already in the plural ("people", "women") stays as it is.
  if (!PLURAL_TO_SINGULAR[head] && !(/s$/.test(head) && !/ss$/.test(head))) words[at] = pluralize(head)
  return words.join(' ')
}

// ---------------------------------------------------------------------------------------------
// Fixes

export interface Fix {
  /** The span the fix replaces (may reach past the flagged words: an article, the next word). */
  span: Span
  expected: string[]
}

const COORDINATORS = new Set(['and', 'or'])
/** Closed-class words a deleted modifier cannot have modified: prepositions, conjunctions, determiners, auxiliaries, pronouns. */
const FUNCTION_WORDS = new Set([
  'in', 'on', 'at', 'over', 'since', 'for', 'to', 'of', 'from', 'by', 'with', 'about', 'into', 'than', 'as', 'during', 'after',
  'before', 'until', 'among', 'between', 'through', 'across', 'like', 'under', 'within', 'without', 'but', 'nor', 'so', 'yet',
  'because', 'while', 'if', 'when', 'though', 'although', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'not', 'and', 'or',
])

/** The token index of "a" or "an" right before the hit (one space between), or -1. */
export function articleOf(model: ProseModel, hit: TermHit): number {
  const { tokens } = model
  const prev = prevSolid(tokens, hit.first)
  return prev >= 0 && (tokens[prev].norm === 'a' || tokens[prev].norm === 'an') && tokens[prev].end + 1 === hit.start ? prev : -1
}

/**
 * Build the fix for a hit from alternatives (already chosen by the rule). A deletion ('') takes the
 * next word, re-capitalised at the start of a sentence ("So-called experts" → "Experts"); a
 * replacement after "a"/"an" takes the article too, so it agrees ("a terrorist" → "an attacker").
 * Returns null when there is nothing mechanical to offer.
 */
export function buildFix(model: ProseModel, hit: TermHit, alternatives: readonly string[]): Fix | null {
  if (alternatives.length === 0) return null
  const { tokens, text } = model
  // A term written with a capital ("Chinese virus") gives its alternatives no capital inside a sentence.
  const written = text.slice(hit.start, hit.end)
  const original = hit.entry.data.capitalised === true && !isSentenceStart(model, hit.first) ? written.toLowerCase() : written
  const prev = articleOf(model, hit)
  const articleBefore = prev >= 0
  const deletion = alternatives.includes('')
  if (deletion) {
    // Take the next word: "So-called experts" → "Experts"; "an iconic tower" → "a tower".
    let next = nextSolid(tokens, hit.last - 1)
    if (next < 0 || tokens[next].type !== 'word' || tokens[next].start !== tokens[hit.last - 1].end + 1) return null
    // Coordinated modifiers go with their "and": "innovative and exciting music" → "exciting music".
    if (COORDINATORS.has(tokens[next].norm)) {
      const after = nextSolid(tokens, next)
      if (after < 0 || tokens[after].type !== 'word' || tokens[after].start !== tokens[next].end + 1) return null
      next = after
    }
    // Deleting an adjective before a function word leaves a hole ("has been critically acclaimed
    // since its release", "became hugely popular in"): it is predicative, and only a rewrite fixes
    // it. A manner adverb after its verb goes cleanly ("rose dramatically in March" → "rose in March").
    if (FUNCTION_WORDS.has(tokens[next].norm) && !/ly$/.test(tokens[hit.last - 1].norm)) return null
    // The next word is flagged itself ("brutal terrorists"): one message per span, so delete the
    // word and its space only, and leave the article alone (no fix where it would need changing).
    if (startsHit(model, next)) return articleBefore ? null : { span: { start: hit.start, end: tokens[next].start }, expected: [''] }
    const nextWord = tokens[next].value
    const start = articleBefore ? tokens[prev].start : hit.start
    const lead = articleBefore ? text.slice(tokens[prev].start, tokens[prev].end) : original
    let replacement = nextWord
    if (articleBefore) replacement = `${article(nextWord, lead)} ${nextWord}`
    else if (/^\p{Lu}/u.test(original) && isSentenceStart(model, hit.first)) replacement = nextWord.charAt(0).toUpperCase() + nextWord.slice(1)
    const others = alternatives.filter((alt) => alt !== '').map((alt) => withArticle(model, hit, inflectAlternative(alt, hit), articleBefore, prev, original))
    const spanEnd = tokens[next].end
    const deletionFix = { start, end: spanEnd }
    // Other alternatives replace only the flagged words; express them over the same span.
    const expected = [replacement, ...others.map((alt) => `${alt.text}${text.slice(hit.end, spanEnd)}`)]
    return { span: deletionFix, expected: unique(expected) }
  }
  const replacements = alternatives.map((alt) => withArticle(model, hit, inflectAlternative(alt, hit), articleBefore, prev, original))
  if (articleBefore) return { span: { start: tokens[prev].start, end: hit.end }, expected: unique(replacements.map((r) => r.text)) }
  return { span: { start: hit.start, end: hit.end }, expected: unique(replacements.map((r) => r.text)) }
}

function withArticle(model: ProseModel, hit: TermHit, alternative: string, articleBefore: boolean, prev: number, original: string): { text: string } {
  if (!articleBefore) return { text: matchCase(alternative, original) }
  const articleText = model.text.slice(model.tokens[prev].start, model.tokens[prev].end)
  // A plural or uncountable alternative takes no article: "a workforce reduction" → "job cuts",
  // "a fetal heartbeat" → "cardiac activity" (`data.uncountable`).
  const last = alternative.split(' ').pop() ?? ''
  if (/[^su]s$/i.test(last) || PLURAL_TO_SINGULAR[last.toLowerCase()] || hit.entry.data.uncountable === true) return { text: matchCase(alternative, articleText) }
  const cased = matchCase(alternative, original)
  return { text: `${article(alternative, articleText)} ${cased}` }
}

/** Another loaded-terms finding starts at this token. */
export function startsHit(model: ProseModel, index: number): boolean {
  return scanLoaded(model).hitStarts.has(model.tokens[index].start)
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/** The word is the first word of its sentence (or of a quoted sentence). */
export function isSentenceStart(model: ProseModel, index: number): boolean {
  const prev = prevSolid(model.tokens, index)
  if (prev < 0) return true
  const value = model.tokens[prev].value
  return value === '"' || value === '\u201c' || value === '\u2018' || value === "'" || value === '(' || value === ':'
}

/** Report a finding, with the fix's span when it reaches past the flagged words. */
export function emit(report: Report, finding: Omit<Finding, 'span'> & { span: Span }, fix: Fix | null): void {
  if (!fix) {
    report(finding)
    return
  }
  const extended = fix.span.start !== finding.span.start || fix.span.end !== finding.span.end
  // The place covers what the fix replaces; data.flagged keeps the flagged words themselves.
  const data = extended ? { ...finding.data, flagged: { start: finding.span.start, end: finding.span.end } } : finding.data
  report({ ...finding, span: fix.span, expected: fix.expected, ...(data ? { data } : {}) })
}

// ---------------------------------------------------------------------------------------------
// A lexical rule: report the scan's hits owned by the rule.

export interface LexicalConfig<O extends LoadedOptions> {
  id: string
  /** The reason, naming the words (already in curly quotes). */
  reason: (quoted: string, hit: TermHit) => string
  /** A preset-dependent entry (`data.choice`): its level under these options, or undefined for the usual level. */
  choiceLevel?: (choice: string, options: O, ruleSeverity: Level) => Severity | undefined
  /** Alternatives under these options (default: the entry's). */
  alternatives?: (hit: TermHit, options: O) => readonly string[]
  /** Skip a hit the rule does not own in this context (a word that is a model cue). */
  skip?: (hit: TermHit, model: ProseModel, options: O) => boolean
  /** Skip a negated judgement ("this isn't because they are stupid", "not a terrible idea"). */
  skipNegated?: boolean
}

const NEGATORS = new Set(['not', 'never', 'hardly', 'nor', 'neither', 'no'])

/** A negator among the five words before the hit, with no punctuation between. */
export function negatedBefore(model: ProseModel, hit: TermHit): boolean {
  return wordsBefore(model.tokens, hit.first, 5).some((word) => NEGATORS.has(word) || word.endsWith("n't"))
}

export function checkLexical<O extends LoadedOptions>(config: LexicalConfig<O>, model: ProseModel, report: Report, severity: Level, options: O): void {
  for (const { hit, quoted } of ruleHits(model, config.id, options)) {
    if (config.skip?.(hit, model, options)) continue
    if (config.skipNegated && negatedBefore(model, hit)) continue
    let level: Severity = levelFor(hit.entry.severity, severity)
    const choice = hit.entry.data.choice
    if (typeof choice === 'string' && config.choiceLevel) {
      const chosen = config.choiceLevel(choice, options, severity)
      if (chosen !== undefined) level = chosen
    }
    if (level === 'off') continue
    if (quoted) level = 'info'
    const text = model.text.slice(hit.start, hit.end)
    const alternatives = config.alternatives ? config.alternatives(hit, options) : hit.entry.alternatives
    const fix = quoted ? null : buildFix(model, hit, alternatives)
    emit(
      report,
      {
        span: hit,
        severity: level,
        reason: config.reason(q(text), hit),
        note: quoted ? `${QUOTED_NOTE} ${hit.entry.note}` : hit.entry.note,
        data: { entry: hit.entry.id, ...(quoted ? { quoted: true } : {}) },
      },
      fix,
    )
  }
}
