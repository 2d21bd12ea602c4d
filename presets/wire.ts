/** The `wire` preset: its table (data) and the equivalent unified preset. */
import { PRESETS } from './table.js'
import { toUnifiedPreset } from './unified.js'

export const preset = PRESETS['wire']
export const unifiedPreset = toUnifiedPreset('wire')
export default unifiedPreset
