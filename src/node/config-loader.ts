/**
 * Find and read a copydesk configuration for a file, from its folder upwards (Node only: the
 * core reads no files). The first folder that has one wins: `.copydeskrc`, `.copydeskrc.json`,
 * `.copydeskrc.yml`, `.copydeskrc.yaml`, `.copydeskrc.js` (default export), or a `copydesk` field
 * in `package.json`. The CLI and the language server use this same loader.
 *
 * The validator (src/config.ts, which reads every rule's definition) is loaded only to read a
 * file: finding which file applies costs the CLI's main thread nothing when worker threads lint.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { Config } from '../config.js'

export const CONFIG_FILES = ['.copydeskrc', '.copydeskrc.json', '.copydeskrc.yml', '.copydeskrc.yaml', '.copydeskrc.js'] as const

export interface LoadedConfig {
  config: Config
  /** The file it came from, or null when none was found. */
  path: string | null
}

type ConfigModule = typeof import('../config.js')

function readConfigFile(path: string, { ConfigError }: ConfigModule): unknown {
  const text = readFileSync(path, 'utf8')
  try {
    if (path.endsWith('.yml') || path.endsWith('.yaml')) return parseYaml(text)
    if (path.endsWith('.json')) return JSON.parse(text)
    // `.copydeskrc`: JSON or YAML, as users of other rc files expect.
    const trimmed = text.trim()
    return trimmed.startsWith('{') ? JSON.parse(trimmed) : parseYaml(text)
  } catch (error) {
    throw new ConfigError(`${path}: cannot be parsed: ${(error as Error).message}`)
  }
}

/** Read one configuration file (any supported kind) and validate it. */
export async function readConfig(path: string): Promise<LoadedConfig> {
  const validator = await import('../config.js')
  const { ConfigError, validateConfig } = validator
  const absolute = resolve(path)
  if (!existsSync(absolute)) throw new ConfigError(`${absolute}: configuration file not found`)
  let raw: unknown
  if (absolute.endsWith('.js') || absolute.endsWith('.mjs')) {
    // import() caches modules: a query with the file's modification time re-reads an edited file
    // (the language server stays up while users edit their configuration).
    const url = `${pathToFileURL(absolute).href}?mtime=${statSync(absolute).mtimeMs}`
    const module = (await import(url)) as { default?: unknown }
    raw = module.default
  } else if (absolute.endsWith('package.json')) {
    raw = (JSON.parse(readFileSync(absolute, 'utf8')) as { copydesk?: unknown }).copydesk
  } else raw = readConfigFile(absolute, validator)
  return { config: validateConfig(raw, absolute), path: absolute }
}

const cache = new Map<string, string | null>()

/** The configuration file that applies to a folder (searching upwards), or null. */
export function findConfigFile(folder: string): string | null {
  const start = resolve(folder)
  const cached = cache.get(start)
  if (cached !== undefined) return cached
  let dir = start
  let found: string | null = null
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name)
      if (existsSync(candidate)) {
        found = candidate
        break
      }
    }
    if (found) break
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { copydesk?: unknown }).copydesk !== undefined) {
          found = pkg
          break
        }
      } catch {
        // An unreadable package.json is not ours to report.
      }
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  cache.set(start, found)
  return found
}

/** The configuration for a file: the nearest one found from its folder upwards, or `{}`. */
export async function loadConfigFor(filePath: string): Promise<LoadedConfig> {
  const found = findConfigFile(dirname(resolve(filePath)))
  if (!found) return { config: {}, path: null }
  return readConfig(found)
}

/** Forget cached look-ups (the language server calls this when a config file changes). */
export function clearConfigCache(): void {
  cache.clear()
}
