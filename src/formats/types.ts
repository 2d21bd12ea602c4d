import type { Root } from 'nlcst'
import type { Citation, Span } from '../model/types.js'
import type { Directive } from './directives.js'

/** What a format hands back: the nlcst tree plus what it saw that is not prose. */
export interface Parsed {
  tree: Root
  citations: Citation[]
  directives: Directive[]
  /** Each prose block's span, in order (for "ignore the next block"). */
  blocks: Span[]
}

export type Format = 'text' | 'markdown' | 'mdx' | 'html'
export const FORMATS: readonly Format[] = ['text', 'markdown', 'mdx', 'html']

/** The format for a file name, by extension; plain text when unknown. */
export function formatOf(path: string | undefined): Format {
  const ext = /\.([^./\\]+)$/.exec(path ?? '')?.[1]?.toLowerCase()
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown'
  if (ext === 'mdx') return 'mdx'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  return 'text'
}
