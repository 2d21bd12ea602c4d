/**
 * Stands in for unified-engine's `load-plugin` in the command's bundle (scripts/bin-options.ts).
 * unified-engine loads plugins and reporters named by string, from its own configuration files
 * or options; the command gives it none (no `plugins`, `detectConfig: false`, a reporter
 * function), so these are never called. Leaving load-plugin out leaves out what it brings with
 * it (@npmcli/config, semver, import-meta-resolve: a quarter of the bundle), which Node would
 * otherwise parse and run at every start.
 */
export async function loadPlugin(name: string): Promise<never> {
  throw new Error(`copydesk: unified-engine asked to load the plugin \`${name}\`, which the command never names`)
}

export async function resolvePlugin(name: string): Promise<never> {
  throw new Error(`copydesk: unified-engine asked to resolve the plugin \`${name}\`, which the command never names`)
}
