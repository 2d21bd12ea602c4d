/**
 * retextUnsourcedFigures: statistics stated in the writer's voice with no source
 * (`unsourced-figure`) and vague magnitudes standing in for counts (`vague-quantity`).
 */
import type { RuleSetting } from './options.js'
import { createPlugin } from './run.js'
import { unsourcedFigure, type UnsourcedFigureOptions } from '../rules/unsourced-figure.js'
import { vagueQuantity } from '../rules/vague-quantity.js'
import type { StatisticKind } from '../model/types.js'
import type { Severity } from '../lexicon/schema.js'

export interface UnsourcedFiguresOptions {
  /** Default `'warning'` with per-kind severities (see the rule's documentation). */
  'unsourced-figure'?: RuleSetting<{ kinds?: Partial<Record<StatisticKind, Severity>> | StatisticKind[]; citations?: boolean }>
  /** Default `'off'` (as in the `recommended` preset). */
  'vague-quantity'?: RuleSetting<Record<string, never>>
}

export const unsourcedFiguresRules = [unsourcedFigure, vagueQuantity] as const

/** The retext plugin. Options: `{'unsourced-figure': severity | [severity, {kinds, citations}], 'vague-quantity': severity}`. */
const retextUnsourcedFigures = createPlugin<UnsourcedFiguresOptions>('retextUnsourcedFigures', unsourcedFiguresRules)

export default retextUnsourcedFigures
export { retextUnsourcedFigures }
export type { UnsourcedFigureOptions }
