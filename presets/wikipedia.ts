/** The `wikipedia` preset: its table (data) and the equivalent unified preset. */
import { PRESETS } from './table.js'
import { toUnifiedPreset } from './unified.js'

export const preset = PRESETS['wikipedia']
export const unifiedPreset = toUnifiedPreset('wikipedia')
export default unifiedPreset
