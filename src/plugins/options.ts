/**
 * Plugin options: one setting per rule, `severity` or `[severity, options]`, as in ESLint and
 * unified-lint-rule. Unknown options and bad values throw an error that names the option and the
 * accepted values.
 */
import { SEVERITIES, type Severity } from '../lexicon/schema.js'
import type { Rule } from '../rules/types.js'
import type { RuleId } from '../rules/ids.js'

export type RuleSetting<O = unknown> = Severity | [Severity] | [Severity, O]

export class OptionsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OptionsError'
  }
}

export interface ResolvedRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any>
  severity: Severity
  options: unknown
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
}

export function describeSeverities(): string {
  return SEVERITIES.map((s) => `'${s}'`).join(' | ')
}

/** Resolve a plugin's options against its rules. */
export function resolveRules(
  plugin: string,
  raw: unknown,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rules: readonly Rule<any>[],
  /** Plugin-level keys the caller has taken out already (named in the accepted options). */
  pluginKeys: readonly string[] = [],
): ResolvedRule[] {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new OptionsError(`${plugin}: options must be an object keyed by rule id (${[...rules.map((r) => r.id), ...pluginKeys].join(', ')})`)
  }
  const settings = (raw ?? {}) as Record<string, unknown>
  const known = new Map<string, Rule<unknown>>(rules.map((rule) => [rule.id, rule]))
  for (const key of Object.keys(settings)) {
    if (!known.has(key)) {
      throw new OptionsError(`${plugin}: unknown option "${key}"; accepted options: ${[...known.keys(), ...pluginKeys].join(', ')}`)
    }
  }
  return rules.map((rule) => {
    const setting = settings[rule.id]
    const where = `${plugin}: "${rule.id}"`
    if (setting === undefined) return { rule, severity: rule.defaultSeverity, options: rule.parseOptions(undefined, where) }
    if (isSeverity(setting)) return { rule, severity: setting, options: rule.parseOptions(undefined, where) }
    if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 && isSeverity(setting[0])) {
      return { rule, severity: setting[0], options: rule.parseOptions(setting[1], where) }
    }
    throw new OptionsError(`${where} must be a severity (${describeSeverities()}) or [severity, options]; got ${JSON.stringify(setting)}`)
  })
}

/** Check that `raw` is undefined or an object whose keys are all in `accepted`. */
export function objectOptions(raw: unknown, where: string, accepted: readonly string[]): Record<string, unknown> {
  if (raw === undefined) return {}
  if (accepted.length === 0) {
    const given = typeof raw === 'object' && raw !== null ? Object.keys(raw).map((k) => `"${k}"`).join(', ') : JSON.stringify(raw)
    throw new OptionsError(`${where} takes no options (got ${given}); give a severity alone (${describeSeverities()})`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new OptionsError(`${where}: options must be an object with ${accepted.join(', ')}`)
  }
  for (const key of Object.keys(raw)) {
    if (!accepted.includes(key)) throw new OptionsError(`${where}: unknown option "${key}"; accepted options: ${accepted.join(', ')}`)
  }
  return raw as Record<string, unknown>
}

export function severityOption(value: unknown, where: string): Severity {
  if (!isSeverity(value)) throw new OptionsError(`${where} must be one of ${describeSeverities()}; got ${JSON.stringify(value)}`)
  return value
}

export type { RuleId }
