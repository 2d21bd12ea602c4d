/** Derive the equivalent unified preset from a preset's table, for hand-built retext pipelines. */
import type { Pluggable, Preset as UnifiedPreset } from 'unified'
import retextEquality from 'retext-equality'
import { resolveConfig } from '../src/config.js'
import { EQUALITY_IGNORE } from './equality.js'
import { copydeskFinalize } from '../src/finalize.js'
import { plugins as registry } from '../src/plugins/registry.js'
import type { PresetName } from './types.js'

/**
 * `retext().use(toUnifiedPreset('wire'))` runs the same rules at the same severities as
 * `lint(text, {preset: 'wire'})` on plain text (with copydesk's finalize step last).
 */
export function toUnifiedPreset(name: PresetName): UnifiedPreset {
  const resolved = resolveConfig({}, name)
  const plugins: Pluggable[] = []
  for (const [plugin, settings] of resolved.plugins) {
    const attacher = registry[plugin]
    if (attacher) plugins.push([attacher, settings])
  }
  if (resolved.preset.inclusive) plugins.push([retextEquality, { ignore: [...EQUALITY_IGNORE] }])
  plugins.push(copydeskFinalize)
  return { plugins }
}
