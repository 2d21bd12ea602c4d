/** Every implemented rule, in RULES.md order: the source of the README and docs tables. */
import { unsourcedFigure } from './unsourced-figure.js'
import { quoteWithoutSpeaker } from './quote-without-speaker.js'
import { vagueSource } from './vague-source.js'
import { anonymousSourceWithoutReason } from './anonymous-source-without-reason.js'
import { loadedAttributionVerb } from './loaded-attribution-verb.js'
import { estimateWithoutEstimator } from './estimate-without-estimator.js'
import { contestedLabel } from './contested-label.js'
import { emotiveLanguage } from './emotive-language.js'
import { euphemism } from './euphemism.js'
import { puffery } from './puffery.js'
import { editorializing } from './editorializing.js'
import { doubtMarker } from './doubt-marker.js'
import { framedTerm } from './framed-term.js'
import { agentlessHarm } from './agentless-harm.js'
import { vagueQuantity } from './vague-quantity.js'
import type { Rule } from './types.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: readonly Rule<any>[] = [quoteWithoutSpeaker, vagueSource, anonymousSourceWithoutReason, loadedAttributionVerb, estimateWithoutEstimator, contestedLabel, emotiveLanguage, euphemism, puffery, editorializing, doubtMarker, framedTerm, agentlessHarm, unsourcedFigure, vagueQuantity]
