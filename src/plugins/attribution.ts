/**
 * retextAttribution: quotes with no speaker (`quote-without-speaker`), vague sources
 * (`vague-source`), anonymous sources with no reason (`anonymous-source-without-reason`), loaded
 * attribution verbs (`loaded-attribution-verb`) and estimates with no estimator
 * (`estimate-without-estimator`). Every rule reads the shared prose model; none re-parses text.
 */
import type { Severity } from '../lexicon/schema.js'
import { anonymousSourceWithoutReason } from '../rules/anonymous-source-without-reason.js'
import { estimateWithoutEstimator } from '../rules/estimate-without-estimator.js'
import { loadedAttributionVerb, type LoadedAttributionVerbOptions, type Tier } from '../rules/loaded-attribution-verb.js'
import { quoteWithoutSpeaker } from '../rules/quote-without-speaker.js'
import { vagueSource } from '../rules/vague-source.js'
import type { RuleSetting } from './options.js'
import { createPlugin } from './run.js'

export interface AttributionOptions {
  /** Default `'warning'`. */
  'quote-without-speaker'?: RuleSetting<Record<string, never>>
  /** Default `'warning'`. */
  'vague-source'?: RuleSetting<Record<string, never>>
  /** Default `'off'` (as in the `recommended` preset). */
  'anonymous-source-without-reason'?: RuleSetting<Record<string, never>>
  /** Default `'warning'` for the doubt, culpability, emotive and non-speech tiers; truth and stance off. */
  'loaded-attribution-verb'?: RuleSetting<{ tiers?: Partial<Record<Tier, Severity>> }>
  /** Default `'warning'`. */
  'estimate-without-estimator'?: RuleSetting<Record<string, never>>
}

export const attributionRules = [quoteWithoutSpeaker, vagueSource, anonymousSourceWithoutReason, loadedAttributionVerb, estimateWithoutEstimator] as const

/**
 * The retext plugin. Options: `{'<rule-id>': severity | [severity, options]}`; only
 * `loaded-attribution-verb` takes options (`{tiers: {doubt, culpability, emotive, nonspeech, truth, stance}}`).
 */
const retextAttribution = createPlugin<AttributionOptions>('retextAttribution', attributionRules)

export default retextAttribution
export { retextAttribution }
export type { LoadedAttributionVerbOptions, Tier }
