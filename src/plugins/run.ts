/**
 * Build a retext attacher from rules: options are validated when the plugin is attached, the
 * shared prose model is built once per tree (cached), and every enabled rule reads it.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { buildProseModel } from '../model/index.js'
import { createReporter } from '../rules/report.js'
import type { Rule } from '../rules/types.js'
import { resolveRules } from './options.js'

export function createPlugin<Options extends object>(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rules: readonly Rule<any>[],
): Plugin<[Options?], Root> {
  return function attacher(options?: Options) {
    const resolved = resolveRules(name, options, rules).filter((r) => r.severity !== 'off')
    return function transformer(tree: Root, file: VFile): void {
      if (resolved.length === 0) return
      const model = buildProseModel(tree, file)
      for (const { rule, severity, options: ruleOptions } of resolved) {
        if (severity === 'off') continue
        rule.check(model, createReporter(file, rule.id), severity, ruleOptions)
      }
    }
  }
}
