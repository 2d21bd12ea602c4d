/**
 * Build a retext attacher from rules: options are validated when the plugin is attached, the
 * shared prose model is built once per tree (cached), and every enabled rule reads it.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { validateDeny } from '../lexicon/deny.js'
import { LexiconError, type LexiconEntry } from '../lexicon/schema.js'
import { buildProseModel } from '../model/index.js'
import type { ProseModel } from '../model/types.js'
import { createReporter } from '../rules/report.js'
import type { Rule } from '../rules/types.js'
import { OptionsError, resolveRules } from './options.js'

/**
 * A plugin that takes a newsroom's own lexicon entries (`deny`) beside its rule ids: `prepare`
 * hands them to the model's scan before the rules run.
 */
export interface DenyHook {
  prepare(model: ProseModel, deny: readonly LexiconEntry[]): void
}

const NO_DENY: readonly LexiconEntry[] = []

/** Validated `deny` lists by their JSON, so an engine that attaches plugins per file pays once. */
const denyCache = new Map<string, readonly LexiconEntry[]>()

function validDeny(name: string, raw: unknown): readonly LexiconEntry[] {
  if (raw === undefined) return NO_DENY
  const key = JSON.stringify(raw)
  let deny = denyCache.get(key)
  if (!deny) {
    try {
      deny = validateDeny(raw, name)
    } catch (error) {
      throw error instanceof LexiconError ? new OptionsError(error.message) : error
    }
    if (denyCache.size > 32) denyCache.clear()
    denyCache.set(key, deny)
  }
  return deny
}

export function createPlugin<Options extends object>(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rules: readonly Rule<any>[],
  hook?: DenyHook,
): Plugin<[Options?], Root> {
  return function attacher(options?: Options) {
    let ruleSettings: unknown = options
    let deny = NO_DENY
    if (hook && options !== null && typeof options === 'object' && !Array.isArray(options)) {
      const { deny: raw, ...rest } = options as Record<string, unknown>
      deny = validDeny(name, raw)
      ruleSettings = rest
    }
    const resolved = resolveRules(name, ruleSettings, rules, hook ? ['deny'] : []).filter((r) => r.severity !== 'off')
    return function transformer(tree: Root, file: VFile): void {
      if (resolved.length === 0) return
      const model = buildProseModel(tree, file)
      hook?.prepare(model, deny)
      for (const { rule, severity, options: ruleOptions } of resolved) {
        if (severity === 'off') continue
        rule.check(model, createReporter(file, rule.id), severity, ruleOptions)
      }
    }
  }
}
