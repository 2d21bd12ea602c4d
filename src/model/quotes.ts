import type { TokenLayer } from './tokens.js'
import type { Quote } from './types.js'

export function findQuotes(_layer: TokenLayer): Quote[] {
  return []
}
