/**
 * vague-quantity: "dozens", "thousands", "countless" standing in for a count of people or harm.
 */
import type { StatisticKind } from '../model/types.js'
import { objectOptions } from '../plugins/options.js'
import type { Rule } from './types.js'

/** Kinds where a vague magnitude hides a count that matters. */
const KINDS: ReadonlySet<StatisticKind> = new Set(['harm', 'crowd', 'count', 'estimate'])

export const vagueQuantity: Rule = {
  id: 'vague-quantity',
  plugin: 'retextUnsourcedFigures',
  summary: '“Dozens”, “thousands”, “countless” standing in for a count of people or harm.',
  defaultSeverity: 'off',
  docs: [
    'Flags a vague magnitude (“dozens”, “scores of”, “thousands”, “tens of thousands”, “countless”) where it stands in for a count of people or of harm (“dozens were killed”, “thousands marched”). Inside a quotation or an attributed clause it is the source’s wording and is not flagged.',
    '',
    'Off in `recommended`; info in `wire`, `wikipedia`, `conflict` and `strict`. Fix: give the figure and its source, or attribute the estimate.',
  ].join('\n'),
  parseOptions: (raw, where) => {
    objectOptions(raw, where, [])
    return {}
  },
  check(model, report, severity) {
    for (const figure of model.figures) {
      if (!figure.vague || !KINDS.has(figure.kind as StatisticKind)) continue
      if (figure.quote >= 0 || figure.coveredBy >= 0) continue
      report({
        span: figure,
        severity,
        reason: `Vague quantity: “${figure.text}” stands in for a count.`,
        note: 'Give the number and who counted it, or attribute the estimate ("hundreds, according to police"). Conflict-sensitive reporting and BBC statistics guidance ask for precise, sourced figures.',
        data: { kind: figure.kind },
      })
    }
  },
}
