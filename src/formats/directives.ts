/**
 * Inline ignores, recorded while parsing and applied to the messages last (unified-message-control
 * cannot see comments once the tree is nlcst: DESIGN.md). Markdown and HTML write them as comments,
 * MDX as expressions, plain text as a line of its own:
 *
 *   <!-- copydesk ignore unsourced-figure -->      the next block only
 *   <!-- copydesk disable contested-label -->      from here …
 *   <!-- copydesk enable contested-label -->       … to here
 *   {/* copydesk disable *\/}                       MDX; no rule ids: all of copydesk
 */
import type { VFile } from 'vfile'
import type { Span } from '../model/types.js'

export type DirectiveKind = 'ignore' | 'disable' | 'enable'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids; empty for all of copydesk. */
  rules: string[]
  /** Where the comment is. */
  span: Span
}

export interface IgnoreRange extends Span {
  rules: string[]
}

const DIRECTIVE = /^\s*copydesk[ \t]+(ignore|disable|enable)\b([^]*)$/

/** Read a comment's text ("copydesk ignore unsourced-figure"). */
export function parseDirective(comment: string, span: Span): Directive | null {
  const m = DIRECTIVE.exec(comment.trim())
  if (!m) return null
  const rules = m[2].split(/[\s,]+/).filter(Boolean)
  return { kind: m[1] as DirectiveKind, rules, span }
}

/**
 * Turn directives into ranges. `blocks` are the prose blocks' spans in order: "ignore" covers the
 * first block that starts after the comment; "disable" runs to the matching "enable" or the end.
 */
export function directiveRanges(directives: readonly Directive[], blocks: readonly Span[], length: number): IgnoreRange[] {
  const ranges: IgnoreRange[] = []
  const open = new Map<string, number>() // rule id ('*' = all) → start offset
  for (const directive of directives) {
    const keys = directive.rules.length > 0 ? directive.rules : ['*']
    if (directive.kind === 'ignore') {
      const next = blocks.find((block) => block.start >= directive.span.end)
      if (next) ranges.push({ start: next.start, end: next.end, rules: directive.rules })
    } else if (directive.kind === 'disable') {
      for (const key of keys) if (!open.has(key)) open.set(key, directive.span.end)
    } else {
      for (const key of keys) {
        if (key === '*') {
          for (const [rule, start] of open) ranges.push({ start, end: directive.span.start, rules: rule === '*' ? [] : [rule] })
          open.clear()
        } else {
          const start = open.get(key)
          if (start !== undefined) {
            ranges.push({ start, end: directive.span.start, rules: [key] })
            open.delete(key)
          }
        }
      }
    }
  }
  for (const [rule, start] of open) ranges.push({ start, end: length, rules: rule === '*' ? [] : [rule] })
  return ranges
}

/** Drop copydesk messages that start inside an ignore range for their rule. */
export function applyIgnores(file: VFile, ranges: readonly IgnoreRange[]): void {
  if (ranges.length === 0) return
  file.messages = file.messages.filter((message) => {
    if (message.source !== 'copydesk' && message.source !== 'retext-equality') return true
    const place = message.place
    const offset = place && 'start' in place ? place.start.offset : place && 'offset' in place ? place.offset : undefined
    if (offset === undefined) return true
    return !ranges.some((range) => offset >= range.start && offset < range.end && (range.rules.length === 0 || range.rules.includes(String(message.ruleId))))
  })
}
