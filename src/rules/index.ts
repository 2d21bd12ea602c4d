/** Every implemented rule, in RULES.md order: the source of the README and docs tables. */
import { unsourcedFigure } from './unsourced-figure.js'
import { vagueQuantity } from './vague-quantity.js'
import type { Rule } from './types.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: readonly Rule<any>[] = [unsourcedFigure, vagueQuantity]
