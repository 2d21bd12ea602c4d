/**
 * loaded-attribution-verb: a verb the model found as a cue governing reported content that judges
 * what it reports ("claimed", "admitted", "insisted", "slammed"), where "said" is neutral. It reads
 * only the model's cues, so "conceded two goals", "maintained its lead", "admitted to hospital",
 * "claimed responsibility", "pleaded guilty" and "denied bail" never fire. The verbs, their tiers
 * and their inflected replacements are cue-verbs.yml: the model's vocabulary and this rule's are one.
 */
import { entries as cueVerbEntries } from '../lexicon/generated/cue-verbs.js'
import { normalizePhrase, type LexiconEntry, type Severity } from '../lexicon/schema.js'
import { OptionsError, objectOptions, severityOption } from '../plugins/options.js'
import { entrySeverity } from './attribution-shared.js'
import { matchCase } from './fix-text.js'
import type { Rule } from './types.js'

export const TIERS = ['doubt', 'culpability', 'emotive', 'nonspeech', 'truth', 'stance'] as const
export type Tier = (typeof TIERS)[number]

/** The `recommended` column of RULES.md: warning for doubt, culpability, emotive (and non-speech); off for truth and stance. */
export const DEFAULT_TIER_SEVERITY: Readonly<Record<Tier, Severity>> = {
  doubt: 'warning',
  culpability: 'warning',
  emotive: 'warning',
  nonspeech: 'warning',
  truth: 'off',
  stance: 'off',
}

export interface LoadedAttributionVerbOptions {
  /** Severity per tier; tiers not given keep their defaults. */
  tiers: Record<Tier, Severity>
}

const TIER_REASONS: Record<Tier, string> = {
  doubt: 'casts doubt on what it reports',
  culpability: 'implies the speaker owned up to a fault',
  emotive: 'colours the speaker’s tone',
  nonspeech: 'is not a way of speaking',
  truth: 'presents what it reports as established fact',
  stance: 'paints the speaker as holding out against others',
}

const TIER_NOTES: Record<Tier, string> = {
  doubt: 'Verbs of doubt take sides against the speaker; “said” is neutral (Wikipedia’s Words to Watch, Reuters on freedom from bias).',
  culpability: 'Verbs of confession imply guilt; keep them for a literal admission the story shows, and use “said” otherwise (Wikipedia’s Words to Watch).',
  emotive: 'Emotive attribution verbs editorialise the speaker’s mood; report the words and let readers judge (Bender et al., Reuters on freedom from bias).',
  nonspeech: 'Smiles and laughs are not speech verbs: use “said” and describe the smile or laugh in its own clause if it matters.',
  truth: 'Verbs of truth endorse the statement; unless the story shows it is true, use “said” (Wikipedia’s Words to Watch).',
  stance: 'Verbs of stance suggest stubbornness; “said” is neutral (Wikipedia’s Words to Watch).',
}

/** The judging verbs, by lemma (a cue's `lemma` is its entry's term). */
const LOADED = new Map<string, LexiconEntry>(cueVerbEntries.filter((entry) => entry.rule === 'loaded-attribution-verb').map((entry) => [entry.term, entry]))

function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value)
}

function parse(raw: unknown, where: string): LoadedAttributionVerbOptions {
  const options = objectOptions(raw, where, ['tiers'])
  const tiers = { ...DEFAULT_TIER_SEVERITY }
  if (options.tiers !== undefined) {
    if (typeof options.tiers !== 'object' || options.tiers === null || Array.isArray(options.tiers)) {
      throw new OptionsError(`${where}: "tiers" must be an object mapping a tier to a severity; accepted tiers: ${TIERS.join(', ')}`)
    }
    for (const [tier, severity] of Object.entries(options.tiers)) {
      if (!isTier(tier)) throw new OptionsError(`${where}: unknown tier ${JSON.stringify(tier)} in "tiers"; accepted tiers: ${TIERS.join(', ')}`)
      tiers[tier] = severityOption(severity, `${where} tiers.${tier}`)
    }
  }
  return { tiers }
}

/** The neutral replacement in the verb's own form: "claims" → "says", "insisted" → "said". */
export function replacementFor(entry: LexiconEntry, written: string, reportsQuote: boolean): string | null {
  const inflect = (reportsQuote && Array.isArray(entry.data.quoteInflect) ? entry.data.quoteInflect : entry.data.inflect) as string[] | undefined
  const base = reportsQuote && Array.isArray(entry.data.quoteInflect) ? 'say' : entry.alternatives[0]
  const norm = normalizePhrase(written)
  let replacement: string | undefined
  if (norm === normalizePhrase(entry.term)) replacement = base
  else {
    const index = entry.forms.findIndex((form) => normalizePhrase(form) === norm)
    // forms: third person, past, participle, then variants (a second participle counts as past).
    if (index >= 0 && inflect) replacement = inflect[index <= 2 ? index : 1]
  }
  return replacement === undefined ? null : matchCase(replacement, written)
}

/** American and British spellings of a replacement ("criticized", "criticised"). */
function spellings(replacement: string): string[] {
  const british = replacement.replace(/iz(e|es|ed|ing)$/, 'is$1')
  return british === replacement ? [replacement] : [replacement, british]
}

export const loadedAttributionVerb: Rule<LoadedAttributionVerbOptions> = {
  id: 'loaded-attribution-verb',
  plugin: 'retextAttribution',
  summary: 'A verb found as a cue governing reported content that judges it (“claimed”, “admitted”, “insisted”, “slammed”) where “said” is neutral.',
  defaultSeverity: 'warning',
  docs: [
    'Flags an attribution verb that judges what it reports, where “said” would be neutral. It fires only where the prose model found the verb as a cue governing a quote or a reported clause, so “conceded two goals”, “maintained its lead”, “admitted to hospital”, “claimed responsibility”, “pleaded guilty” and “denied bail” never fire. Headlines count (“Minister insists plan is working”).',
    '',
    'Tiers, each with its own note: doubt (claimed, asserted), culpability (admitted, conceded, confessed, acknowledged), emotive (slammed, blasted, fumed, ranted, boasted, bragged, lamented, scoffed, snapped, thundered, crowed), non-speech (smiled, laughed, grinned, sighed, chuckled as speech verbs), truth (revealed, pointed out, noted, refuted) and stance (insisted, maintained, contended, speculated). Defaults (the `recommended` preset): warning for doubt, culpability, emotive and non-speech; off for truth and stance.',
    '',
    '`expected` keeps tense and person and fits the construction: “claims” → “says”, “insisted” → “said”, “pointing out” → “saying”; a transitive use (“slammed the plan as reckless”) gets “criticized”, a quote (“…,” he slammed) gets “said”; “refuted that” → “denied that”. Options: `tiers`, a map of tier to severity (`{"truth": "info", "stance": "info"}`).',
    '',
    'The verbs, tiers and replacements are `src/lexicon/data/cue-verbs.yml`, the same vocabulary the model reads cues with. An impersonal use (“it is claimed”) is `vague-source`’s.',
  ].join('\n'),
  parseOptions: parse,
  check(model, report, severity, options) {
    for (const cue of model.cues) {
      if (cue.form !== 'verb') continue
      const entry = LOADED.get(cue.lemma)
      if (!entry) continue
      const tier = entry.data.tier
      if (!isTier(tier)) continue
      const tierLevel = options.tiers[tier]
      if (tierLevel === 'off') continue
      const level = entrySeverity(entry.severity, tierLevel === 'warning' ? severity : tierLevel)
      if (level === 'off') continue
      const written = model.text.slice(cue.start, cue.end)
      const replacement = replacementFor(entry, written, cue.quotes.length > 0)
      report({
        span: cue,
        severity: level,
        reason: `Loaded attribution verb: “${written}” ${TIER_REASONS[tier]}.`,
        note: `${entry.note} ${TIER_NOTES[tier]}`,
        ...(replacement ? { expected: spellings(replacement) } : {}),
        data: { tier, entry: entry.id },
      })
    }
  },
}
