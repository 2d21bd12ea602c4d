/**
 * The copydesk plugins the evaluation runs, loaded by dynamic import so a plugin that does not
 * exist yet makes its rows "n/a (plugin missing)" instead of breaking the run.
 *
 * To evaluate a new plugin: add it here (export name, file under src/plugins/, the rule ids it
 * owns per RULES.md); its findings then appear in the bbc_news per-rule rows automatically.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Pluggable } from 'unified'

export interface PluginSpec {
  /** The named export of the plugin module. */
  exportName: string
  /** File under src/plugins/, without extension. */
  file: string
  /** Rule ids this plugin owns (RULES.md is canonical). */
  rules: readonly string[]
}

export const PLUGINS: readonly PluginSpec[] = [
  {
    exportName: 'retextAttribution',
    file: 'attribution',
    rules: ['quote-without-speaker', 'vague-source', 'anonymous-source-without-reason', 'loaded-attribution-verb', 'estimate-without-estimator'],
  },
  {
    exportName: 'retextLoadedTerms',
    file: 'loaded-terms',
    rules: ['contested-label', 'emotive-language', 'euphemism', 'puffery', 'editorializing', 'doubt-marker', 'framed-term', 'agentless-harm'],
  },
  {
    exportName: 'retextUnsourcedFigures',
    file: 'unsourced-figures',
    rules: ['unsourced-figure', 'vague-quantity'],
  },
]

export type PluginState =
  | { spec: PluginSpec; status: 'loaded'; plugin: Pluggable }
  | { spec: PluginSpec; status: 'missing' }
  | { spec: PluginSpec; status: 'failed'; error: string }

export class PluginSet {
  constructor(readonly states: readonly PluginState[]) {}

  /** The attachers to run, in registry order. */
  get loaded(): Pluggable[] {
    return this.states.flatMap((state) => (state.status === 'loaded' ? [state.plugin] : []))
  }

  /** State of the plugin with this export name (undefined when not in the registry). */
  state(exportName: string): PluginState | undefined {
    return this.states.find((state) => state.spec.exportName === exportName)
  }

  /** The plugin that owns `ruleId` is loaded. */
  runsRule(ruleId: string): boolean {
    return this.states.some((state) => state.status === 'loaded' && state.spec.rules.includes(ruleId))
  }

  /** Why rows that need `exportName` have no value, or null when it is loaded. */
  unavailable(exportName: string): string | null {
    const state = this.state(exportName)
    if (!state) return `${exportName} not registered`
    if (state.status === 'missing') return 'plugin missing'
    if (state.status === 'failed') return 'plugin failed to load'
    return null
  }

  /** Rule ids owned by loaded plugins. */
  get rules(): string[] {
    return this.states.flatMap((state) => (state.status === 'loaded' ? [...state.spec.rules] : []))
  }

  /** One line per plugin for the run's header. */
  describe(): string {
    return this.states
      .map((state) => `${state.spec.exportName} ${state.status === 'failed' ? `failed to load (${state.error})` : state.status}`)
      .join(', ')
  }
}

/** Load every registered plugin from `<repoRoot>/src/plugins`. */
export async function loadPlugins(repoRoot: string, specs: readonly PluginSpec[] = PLUGINS): Promise<PluginSet> {
  const states: PluginState[] = []
  for (const spec of specs) {
    const file = ['.ts', '.js'].map((ext) => join(repoRoot, 'src', 'plugins', spec.file + ext)).find((path) => existsSync(path))
    if (!file) {
      states.push({ spec, status: 'missing' })
      continue
    }
    try {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>
      const plugin = module[spec.exportName] ?? (module.default as Record<string, unknown> | undefined)?.[spec.exportName]
      if (typeof plugin !== 'function') throw new Error(`no function export \`${spec.exportName}\``)
      states.push({ spec, status: 'loaded', plugin: plugin as Pluggable })
    } catch (error) {
      states.push({ spec, status: 'failed', error: (error as Error).message.split('\n')[0] })
    }
  }
  return new PluginSet(states)
}
