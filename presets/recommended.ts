/** The `recommended` preset: its table (data) and the equivalent unified preset. */
import { PRESETS } from './table.js'
import { toUnifiedPreset } from './unified.js'

export const preset = PRESETS['recommended']
export const unifiedPreset = toUnifiedPreset('recommended')
export default unifiedPreset
