/** Derive the equivalent unified preset from a preset's table, for hand-built retext pipelines. */
import type { Pluggable, Preset as UnifiedPreset } from 'unified'
import { resolveConfig } from '../src/config.js'
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
  plugins.push(copydeskFinalize)
  return { plugins }
}
