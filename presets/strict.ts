/** The `strict` preset: its table (data) and the equivalent unified preset. */
import { PRESETS } from './table.js'
import { toUnifiedPreset } from './unified.js'

export const preset = PRESETS['strict']
export const unifiedPreset = toUnifiedPreset('strict')
export default unifiedPreset
