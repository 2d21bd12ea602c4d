import type { ProseModel, Span } from '../model/types.js'
import type { Severity } from '../lexicon/schema.js'
import type { RuleId } from './ids.js'

/** What a rule hands to `report`: one finding over one span. */
export interface Finding {
  span: Span
  /** One sentence that names the flagged words. */
  reason: string
  /** Why, and what to do, in newsroom language, naming the guide. */
  note: string
  severity: Exclude<Severity, 'off'>
  /** Replacements that leave a grammatical sentence; absent where no mechanical fix exists. */
  expected?: string[]
  /** Override the flagged text (defaults to the span's text). */
  actual?: string
  /** Extra structured data for consumers (figure kind, lexicon entry id…). */
  data?: Record<string, unknown>
}

export type Report = (finding: Finding) => void

/** A rule: metadata plus a check that reads the shared model and reports findings. */
export interface Rule<Options = Record<string, never>> {
  id: RuleId
  /** The plugin export that carries the rule. */
  plugin: 'retextAttribution' | 'retextLoadedTerms' | 'retextUnsourcedFigures'
  /** One line for tables. */
  summary: string
  /** Markdown for the rule's documentation section. */
  docs: string
  /** Severity when the rule is on and nothing else is said. */
  defaultSeverity: Severity
  /** Validate the rule's own options; throws naming the option and the accepted values. */
  parseOptions(raw: unknown, where: string): Options
  check(model: ProseModel, report: Report, severity: Exclude<Severity, 'off'>, options: Options): void
}
