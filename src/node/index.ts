/**
 * copydesk for Node: the configuration loader and a file linter used by the CLI and the language
 * server. The core (`copydesk`) imports no Node built-ins; this entry (`copydesk/node`) does.
 */
import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { lintSync, toFile, type LintOptions } from '../lint.js'
import { loadConfigFor } from './config-loader.js'

export { CONFIG_FILES, clearConfigCache, findConfigFile, loadConfigFor, readConfig, type LoadedConfig } from './config-loader.js'

/** Lint a file on disk with the configuration found for it (options override the preset/format). */
export async function lintFile(path: string, options: Omit<LintOptions, 'config' | 'configPath'> = {}): Promise<VFile> {
  const { config, path: configPath } = await loadConfigFor(path)
  const bytes = await readFile(path)
  const file = toFile(new Uint8Array(bytes), path)
  if (file.messages.some((m) => m.fatal === true)) return file
  return lintSync(file, { ...options, config, configPath: configPath ?? undefined })
}
