import type { ModelContext } from './context.js'
import type { Cue } from './types.js'

export function findCues(_context: ModelContext): Cue[] {
  return []
}
