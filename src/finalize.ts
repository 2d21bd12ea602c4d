/**
 * The last step of every copydesk pipeline: one message per span (the more specific rule wins),
 * inline ignores, the `allow` list, and messages sorted by place. Runs after all rule plugins.
 */
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { applyIgnores, directiveRanges } from './formats/index.js'
import { normalizePhrase } from './lexicon/schema.js'
import { firstNotBefore } from './model/tokens.js'

/** Where two findings cover the same words, the first rule of each pair wins (DESIGN.md). */
export const PRECEDENCE: readonly [string, string][] = [
  ['estimate-without-estimator', 'unsourced-figure'],
  ['loaded-attribution-verb', 'doubt-marker'],
  ['contested-label', 'emotive-language'],
  ['framed-term', 'contested-label'],
  ['euphemism', 'emotive-language'],
]

export interface FinalizeOptions {
  /** Phrases never reported (any rule), and rule ids never reported. */
  allow?: readonly string[]
}

function offsets(message: VFileMessage): [number, number] | null {
  const place = message.place
  if (!place) return null
  if ('start' in place) return [place.start.offset ?? -1, place.end.offset ?? -1]
  return [place.offset ?? -1, place.offset ?? -1]
}

export function finalizeMessages(file: VFile, options: FinalizeOptions = {}): void {
  const data = file.data.copydesk
  if (data && data.directives.length > 0) applyIgnores(file, directiveRanges(data.directives, data.blocks, String(file.value ?? '').length))
  const allow = new Set((options.allow ?? []).map(normalizePhrase))
  const losers = new Map<string, Set<string>>()
  for (const [winner, loser] of PRECEDENCE) {
    if (!losers.has(loser)) losers.set(loser, new Set())
    losers.get(loser)!.add(winner)
  }
  // copydesk's findings by start offset, per rule: overlap checks by binary search (linear work
  // even with thousands of findings).
  const byRule = new Map<string, [number, number][]>()
  const all: [number, number][] = []
  for (const m of file.messages) {
    if (m.source !== 'copydesk') continue
    const o = offsets(m)
    if (!o) continue
    all.push(o)
    const list = byRule.get(String(m.ruleId))
    if (list) list.push(o)
    else byRule.set(String(m.ruleId), [o])
  }
  for (const list of [all, ...byRule.values()]) list.sort((a, b) => a[0] - b[0])
  const overlaps = (list: readonly [number, number][] | undefined, at: [number, number]): boolean => {
    if (!list) return false
    const lo = firstNotBefore(list.length, (i) => list[i][0] < at[1])
    // Findings are words or short phrases: look back over a few that start before the end.
    for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) if (list[i][1] > at[0]) return true
    return false
  }
  file.messages = file.messages.filter((message) => {
    if (allow.size > 0) {
      if (message.ruleId && allow.has(message.ruleId)) return false
      if (message.actual && allow.has(normalizePhrase(message.actual))) return false
    }
    const at = offsets(message)
    if (!at) return true
    // retext-equality's finding is dropped where copydesk flags the same words.
    if (message.source === 'retext-equality') return !overlaps(all, at)
    const beaten = losers.get(String(message.ruleId))
    if (!beaten) return true
    for (const winner of beaten) if (overlaps(byRule.get(winner), at)) return false
    return true
  })
  file.messages.sort((a, b) => {
    const x = offsets(a) ?? [-1, -1]
    const y = offsets(b) ?? [-1, -1]
    return x[0] - y[0] || x[1] - y[1] || String(a.ruleId).localeCompare(String(b.ruleId))
  })
}

/** As a retext plugin, for pipelines composed by hand: use it last. */
export function copydeskFinalize(options: FinalizeOptions = {}) {
  return (_tree: Root, file: VFile): void => finalizeMessages(file, options)
}
