/**
 * Configuration in the shape users expect — `{"preset": "wire", "rules": {"puffery": "off",
 * "unsourced-figure": ["warning", {"kinds": […]}]}, "allow": ["militant"], "deny": [ …entries… ]}`
 * — validated and resolved into plugin options. Precedence: the user's config over the preset over
 * the entry default. Pure data: the file loader (Node) lives in src/node/.
 */
import { PRESETS } from '../presets/table.js'
import { PRESET_NAMES, type Preset, type PresetName, type RuleSetting } from '../presets/types.js'
import { validateDeny } from './lexicon/deny.js'
import { LexiconError, SEVERITIES, type Severity } from './lexicon/schema.js'
import { RULE_IDS, type RuleId } from './rules/ids.js'
import { rules } from './rules/index.js'

export interface Config {
  /** A preset name (default `recommended`), or a list: `["wire", "inclusive"]` adds inclusive-language checks to wire. */
  preset?: PresetName | PresetName[]
  /** Per-rule severity or `[severity, options]`, over the preset's. */
  rules?: Partial<Record<RuleId, RuleSetting>>
  /** Phrases (or rule ids) never reported. */
  allow?: string[]
  /** Extra lexicon entries, in the lexicon's own format (a newsroom's style book). */
  deny?: unknown[]
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

const CONFIG_KEYS = ['preset', 'rules', 'allow', 'deny'] as const

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
}

/** Validate a config object; `where` names its file in errors. */
export function validateConfig(raw: unknown, where = 'configuration'): Config {
  if (raw === undefined || raw === null) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${where}: must be an object with ${CONFIG_KEYS.join(', ')}`)
  }
  const config = raw as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(`${where}: unknown option "${key}"; accepted options: ${CONFIG_KEYS.join(', ')}`)
    }
  }
  if (config.preset !== undefined) checkPreset(config.preset, where)
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
      throw new ConfigError(`${where}: "rules" must be an object of rule id → severity or [severity, options]`)
    }
    for (const [id, setting] of Object.entries(config.rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        throw new ConfigError(`${where}: unknown rule "${id}" in "rules"; accepted rules: ${RULE_IDS.join(', ')}`)
      }
      const ok = isSeverity(setting) || (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 && isSeverity(setting[0]) && (setting[1] === undefined || (typeof setting[1] === 'object' && setting[1] !== null && !Array.isArray(setting[1]))))
      if (!ok) {
        throw new ConfigError(`${where}: rules.${id} must be a severity (${SEVERITIES.map((s) => `'${s}'`).join(' | ')}) or [severity, {options}]; got ${JSON.stringify(setting)}`)
      }
    }
  }
  if (config.allow !== undefined && !(Array.isArray(config.allow) && config.allow.every((a) => typeof a === 'string'))) {
    throw new ConfigError(`${where}: "allow" must be a list of phrases or rule ids`)
  }
  if (config.deny !== undefined) {
    try {
      validateDeny(config.deny, where)
    } catch (error) {
      throw error instanceof LexiconError ? new ConfigError(error.message) : error
    }
  }
  return config as Config
}

function checkPreset(preset: unknown, where: string): PresetName[] {
  const names = Array.isArray(preset) ? preset : [preset]
  const bad = names.find((name) => !(PRESET_NAMES as readonly unknown[]).includes(name))
  if (names.length === 0 || bad !== undefined || names.filter((n) => n !== 'inclusive').length > 1) {
    throw new ConfigError(
      `${where}: "preset" must be one of ${PRESET_NAMES.join(', ')}, or one of them with "inclusive" (["wire", "inclusive"]); got ${JSON.stringify(preset)}`,
    )
  }
  return names as PresetName[]
}

export interface Resolved {
  preset: Preset
  /** Options per plugin export name, for the plugins that carry at least one rule (loaded terms also take `deny`). */
  plugins: Map<string, Record<string, RuleSetting | unknown[]>>
  allow: string[]
  deny: unknown[]
}

/**
 * A setting laid over an earlier one: a bare severity keeps the earlier options ("unsourced-figure":
 * "error" over a preset's `[warning, {kinds}]` keeps the kinds). Used for a configuration over its
 * preset and for the CLI's --rule over a configuration.
 */
export function overSetting(setting: RuleSetting, before: RuleSetting | undefined): RuleSetting {
  return typeof setting === 'string' && Array.isArray(before) ? [setting, before[1]] : setting
}

/** Merge preset and config into plugin options. The preset comes from `preset`, else the config. */
export function resolveConfig(config: Config = {}, presetName?: PresetName | PresetName[], where = 'configuration'): Resolved {
  const checked = validateConfig(config, where)
  const names = checkPreset(presetName ?? checked.preset ?? 'recommended', presetName !== undefined ? 'preset option' : where)
  const base = names.find((n) => n !== 'inclusive') ?? (names.includes('inclusive') ? 'inclusive' : 'recommended')
  const preset: Preset = names.includes('inclusive') && base !== 'inclusive' ? { ...PRESETS[base], inclusive: true } : PRESETS[base]
  const settings: Record<string, RuleSetting> = { ...preset.rules }
  for (const [id, setting] of Object.entries(checked.rules ?? {})) {
    if (setting === undefined) continue
    settings[id] = overSetting(setting, settings[id])
  }
  const plugins = new Map<string, Record<string, RuleSetting | unknown[]>>()
  for (const rule of rules) {
    const setting = settings[rule.id]
    if (setting === undefined) continue
    if (!plugins.has(rule.plugin)) plugins.set(rule.plugin, {})
    plugins.get(rule.plugin)![rule.id] = setting
  }
  // A newsroom's entries join the loaded-terms scan (they belong to its rules).
  const deny = checked.deny ?? []
  if (deny.length > 0) plugins.set('retextLoadedTerms', { ...plugins.get('retextLoadedTerms'), deny })
  return { preset, plugins, allow: checked.allow ?? [], deny }
}
