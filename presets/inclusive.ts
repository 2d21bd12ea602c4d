/** The `inclusive` preset: its table (data) and the equivalent unified preset. */
import { PRESETS } from './table.js'
import { toUnifiedPreset } from './unified.js'

export const preset = PRESETS['inclusive']
export const unifiedPreset = toUnifiedPreset('inclusive')
export default unifiedPreset
