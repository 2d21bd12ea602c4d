/**
 * Every plugin by its export name: where tests, evaluation and (later) the processor find the
 * attacher that carries a rule (each rule names its plugin).
 */
import type { Plugin } from 'unified'
import type { Root } from 'nlcst'
import { retextUnsourcedFigures } from './unsourced-figures.js'
import { retextAttribution } from './attribution.js'
import { retextLoadedTerms } from './loaded-terms.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const plugins: Record<string, Plugin<[any?], Root>> = {
  retextUnsourcedFigures,
  retextAttribution,
  retextLoadedTerms,
}
