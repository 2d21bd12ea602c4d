/** The `conflict` preset: its table (data) and the equivalent unified preset. */
import { PRESETS } from './table.js'
import { toUnifiedPreset } from './unified.js'

export const preset = PRESETS['conflict']
export const unifiedPreset = toUnifiedPreset('conflict')
export default unifiedPreset
