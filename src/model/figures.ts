import type { ModelContext } from './context.js'
import type { Figure } from './types.js'

/** Numeric mentions with their kind (placeholder: filled in by the figures facet). */
export function findFigures(_context: ModelContext): Figure[] {
  return []
}
