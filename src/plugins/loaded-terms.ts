/**
 * retextLoadedTerms: loaded terminology in the writer's voice: contested labels, emotive
 * language, euphemisms, puffery, editorializing, doubt markers, framed terms and agentless harm.
 * Words inside direct quotations and attributed labels are the source's, not the writer's.
 */
import type { Severity } from '../lexicon/schema.js'
import { useDeny } from '../rules/loaded-scan.js'
import type { RuleSetting } from './options.js'
import { createPlugin } from './run.js'
import { agentlessHarm } from '../rules/agentless-harm.js'
import { contestedLabel } from '../rules/contested-label.js'
import { doubtMarker } from '../rules/doubt-marker.js'
import { editorializing } from '../rules/editorializing.js'
import { emotiveLanguage } from '../rules/emotive-language.js'
import { euphemism } from '../rules/euphemism.js'
import { framedTerm } from '../rules/framed-term.js'
import { puffery } from '../rules/puffery.js'

/** How words inside a direct quotation are treated: not reported (`'off'`, default) or at info. */
type Quoted = { quoted?: 'off' | 'info' }

export interface LoadedTermsOptions {
  /** Default `'warning'`. Options: `quoted`, `militant` (a severity; default `'off'`). */
  'contested-label'?: RuleSetting<Quoted & { militant?: Severity }>
  /** Default `'info'`. Options: `quoted`. */
  'emotive-language'?: RuleSetting<Quoted>
  /** Default `'warning'`. Options: `quoted`. */
  euphemism?: RuleSetting<Quoted>
  /** Default `'info'`. Options: `quoted`. */
  puffery?: RuleSetting<Quoted>
  /** Default `'info'`. Options: `quoted`. */
  editorializing?: RuleSetting<Quoted>
  /** Default `'warning'`. Options: `quoted`, `scareQuotes` (a severity; default `'info'`), `scareQuoteWords` (1–3; default 1), `alleged`, `apparent` (default `false`). */
  'doubt-marker'?: RuleSetting<Quoted & { scareQuotes?: Severity; scareQuoteWords?: 1 | 2 | 3; alleged?: boolean; apparent?: boolean }>
  /** Default `'warning'`. Options: `quoted`, `undocumented` (`'accept'` default, or `'flag'`). */
  'framed-term'?: RuleSetting<Quoted & { undocumented?: 'accept' | 'flag' }>
  /** Default `'off'` (as in the `recommended` preset). Options: `quoted`. */
  'agentless-harm'?: RuleSetting<Quoted>
  /**
   * A newsroom's own entries, in the lexicon's format (`term`, `rule`, `note`, and optionally
   * `forms`, `british`, `alternatives`, `severity`, `reference`, `conditions`, `data`), validated
   * like the built-in ones. `rule` is one of contested-label, framed-term, euphemism,
   * doubt-marker, emotive-language, puffery, editorializing.
   */
  deny?: unknown[]
}

/** In RULES.md order. */
export const loadedTermsRules = [contestedLabel, emotiveLanguage, euphemism, puffery, editorializing, doubtMarker, framedTerm, agentlessHarm] as const

/** The retext plugin. Options: one setting per rule id, `severity` or `[severity, options]`, and `deny`. */
const retextLoadedTerms = createPlugin<LoadedTermsOptions>('retextLoadedTerms', loadedTermsRules, { prepare: useDeny })

export default retextLoadedTerms
export { retextLoadedTerms }
