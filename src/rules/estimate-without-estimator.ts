/**
 * estimate-without-estimator: "an estimated N", "estimated at N", "is estimated to", "by some
 * estimates", "as many as N" with no one named as the estimator. Reads the model's figures (the
 * `estimate` flag) and the cues that cover them; unsourced-figure leaves these figures alone.
 */
import { entries as maximumEntries } from '../lexicon/generated/estimate-maxima.js'
import { PhraseMatcher } from '../lexicon/matcher.js'
import type { Cue, Figure, ProseModel } from '../model/types.js'
import { objectOptions } from '../plugins/options.js'
import { coveringCues, solidBefore, tokenAt } from './attribution-shared.js'
import { isStatistic } from './unsourced-figure.js'
import type { Rule } from './types.js'

const maxima = new PhraseMatcher(maximumEntries)
/** Hedges that mark an upper bound: an estimate, unless the word before makes it a maximum. */
const UPPER_BOUNDS = new Set(['as many as', 'as much as', 'as high as'])

/** "Shares jumped as much as 15%", "can carry as many as 840": a maximum, not an estimate. */
function maximum(model: ProseModel, figure: Figure): boolean {
  if (figure.hedge === null || !UPPER_BOUNDS.has(figure.hedge.toLowerCase())) return false
  const before = solidBefore(model.tokens, tokenAt(model.tokens, figure.start))
  return before !== undefined && before.type === 'word' && maxima.lookup(before.norm) !== undefined
}

/** A cue that names who estimated: a named or described (anonymous) source, or a pronoun continuing one. */
function namesEstimator(cue: Cue): boolean {
  return cue.sourceKind === 'named' || cue.sourceKind === 'anonymous'
}

/**
 * The figure is an estimate nobody is named for: hedged as an estimate, or governed by an impersonal
 * "is estimated to" / "it is estimated that", with no cue naming an estimator over it. A figure under
 * a vague cue ("analysts estimate", "according to some estimates") is vague-source's finding; one
 * under another impersonal cue ("it is believed") too.
 */
export function unestimated(model: ProseModel, figure: Figure): boolean {
  if (!isStatistic(figure) || figure.quote >= 0 || figure.restates >= 0 || maximum(model, figure)) return false
  const covering = figure.coveredBy >= 0 ? coveringCues(model, figure.sentence, figure) : []
  if (covering.some(namesEstimator)) return false
  if (covering.some((cue) => cue.sourceKind === 'vague' || (cue.form === 'impersonal' && cue.lemma !== 'estimate'))) return false
  return figure.estimate || covering.some((cue) => cue.form === 'impersonal' && cue.lemma === 'estimate')
}

export const estimateWithoutEstimator: Rule = {
  id: 'estimate-without-estimator',
  plugin: 'retextAttribution',
  summary: '“An estimated N”, “by some estimates”, “as many as N” with no one named as the estimator.',
  defaultSeverity: 'warning',
  docs: [
    'Flags a figure presented as an estimate (“an estimated 600”, “estimated at $3bn”, “is estimated to have reached”, “by some estimates”, “as many as 400”) when no one is named as the estimator in its clause: no cue covers it, or only an impersonal one (“is estimated to”). An estimator named anywhere the model reads as governing the figure clears it: “…, according to the UN”, “the UN estimated…”, “by the ministry’s estimate”, “police put the crowd at…”, “…, the ministry said”.',
    '',
    'Figures in quotations, conversions in brackets, and figures under a vague cue (“analysts estimate…”, “according to some estimates”: `vague-source`’s) are not flagged. Where this rule fires, `unsourced-figure` does not also fire on the same figure.',
    '',
    'Fix: say who made the estimate and, where it matters, how (“an estimated 600 people, according to the UN refugee agency”).',
  ].join('\n'),
  parseOptions: (raw, where) => {
    objectOptions(raw, where, [])
    return {}
  },
  check(model, report, severity) {
    for (const figure of model.figures) {
      if (!unestimated(model, figure)) continue
      report({
        span: figure,
        severity,
        reason: `Estimate with no estimator: “${figure.text}” does not say who estimated it.`,
        note: 'An estimate needs its estimator: say who made it and how (“…, according to the UN refugee agency”; “the ministry estimated…”). AP and BBC guidance on statistics: attribute every estimate and projection.',
        data: { kind: figure.kind, hedge: figure.hedge },
      })
    }
  },
}
