/**
 * copydesk: unified/retext plugins that lint news prose like a copy editor.
 */
export { retextUnsourcedFigures, type UnsourcedFiguresOptions } from './plugins/unsourced-figures.js'
export { retextLoadedTerms, type LoadedTermsOptions } from './plugins/loaded-terms.js'
export { retextAttribution, type AttributionOptions } from './plugins/attribution.js'
export { buildProseModel } from './model/index.js'
export type * from './model/types.js'
export { RULE_IDS, type RuleId } from './rules/ids.js'
export { ruleUrl, SOURCE } from './rules/report.js'
export { rules } from './rules/index.js'
export { OptionsError } from './plugins/options.js'
export type { Severity, LexiconEntry } from './lexicon/schema.js'
export { lint, lintSync, createProcessor, toFile, type LintOptions, type LintInput, type CopydeskProcessor } from './lint.js'
export { resolveConfig, validateConfig, ConfigError, type Config } from './config.js'
export { copydeskParser, formatOf, FORMATS, type Format } from './formats/index.js'
export { copydeskFinalize, finalizeMessages } from './finalize.js'
export { PRESETS, PRESET_NAMES, toUnifiedPreset, type Preset, type PresetName } from '../presets/index.js'
