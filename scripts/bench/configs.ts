/**
 * The copydesk configurations the bench runs: every registry plugin alone, and the presets.
 *
 * Until presets land, "all plugins" (every registry plugin with its default options, which is
 * what `recommended` switches on) stands in for `recommended`. When `presets/index.ts` exports
 * `PRESET_NAMES` and `toUnifiedPreset(name)` (returning `{plugins}`), the real presets are used
 * instead and the stand-in is dropped; nothing else in the bench changes.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Pluggable } from 'unified'
import { plugins } from '../../src/plugins/registry.js'

export interface CopydeskConfig {
  /** Short name for the tables ("retextUnsourcedFigures", "recommended"). */
  name: string
  plugins: Pluggable[]
  /** A preset (or the stand-in for one), compared with the target of 3× its format's floor. */
  preset: boolean
  /** How this configuration was obtained, for the run's header. */
  note: string
}

/** Every plugin in src/plugins/registry.ts, alone, with its default options. */
export function pluginConfigs(): CopydeskConfig[] {
  return Object.entries(plugins).map(([name, plugin]) => ({ name, plugins: [plugin], preset: false, note: 'registry plugin, default options' }))
}

interface PresetModule {
  PRESET_NAMES?: unknown
  toUnifiedPreset?: unknown
}

/** The presets, or the all-plugins stand-in for `recommended` while there are none. */
export async function presetConfigs(repoRoot: string): Promise<CopydeskConfig[]> {
  const file = ['index.ts', 'index.js'].map((name) => join(repoRoot, 'presets', name)).find((path) => existsSync(path))
  if (file) {
    try {
      const module = (await import(pathToFileURL(file).href)) as PresetModule
      if (Array.isArray(module.PRESET_NAMES) && typeof module.toUnifiedPreset === 'function') {
        const toUnified = module.toUnifiedPreset as (name: string) => { plugins?: Pluggable[] }
        const configs = (module.PRESET_NAMES as string[]).map((name) => ({ name, plugins: toUnified(name).plugins ?? [], preset: true, note: 'presets/index.ts' }))
        if (configs.length > 0) return configs
      }
    } catch (error) {
      console.log(`note: presets/index.ts did not load (${(error as Error).message.split('\n')[0]}); using the all-plugins stand-in`)
    }
  }
  return [{ name: 'all plugins', plugins: Object.values(plugins), preset: true, note: 'every registry plugin with default options: the stand-in for `recommended` until presets exist' }]
}
