/** Every preset: the tables (data) and a way to get the unified preset of each. */
export { PRESETS } from './table.js'
export { PRESET_NAMES, type Preset, type PresetName, type RuleSetting } from './types.js'
export { toUnifiedPreset } from './unified.js'
