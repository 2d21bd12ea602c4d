/**
 * Expand the command line's inputs into a sorted list of paths before the engine runs, so the
 * engine can lint them in batches: unified-engine's queue scans every file of a run each time one
 * finishes (quadratic: on 2,225 articles it costs more than the linting) and keeps every file's
 * pipeline alive until the last one is done. Folders are walked for the extensions (skipping nested
 * node_modules, as unified-engine does), globs are expanded, and anything else is passed through
 * unchanged for the engine to judge (a missing path becomes its "No such file or folder").
 * .copydeskignore is applied by the engine to every path, as to a file named on the command line.
 */
import { readdir, stat } from 'node:fs/promises'
import { extname, join, relative, resolve } from 'node:path'
import { glob, hasMagic } from 'glob'

export async function expandInputs(inputs: string[], cwd: string, extensions: readonly string[]): Promise<string[]> {
  const wanted = new Set(extensions.map((e) => '.' + e))
  const found = new Set<string>()
  const add = (path: string): void => {
    found.add(relative(cwd, resolve(cwd, path)) || '.')
  }

  async function walk(folder: string): Promise<void> {
    const stack = [folder]
    while (stack.length > 0) {
      const dir = stack.pop()!
      let entries
      try {
        entries = await readdir(resolve(cwd, dir), { withFileTypes: true })
      } catch {
        add(dir) // The engine reports the folder it cannot read.
        continue
      }
      for (const entry of entries) {
        const path = join(dir, entry.name)
        let isDir = entry.isDirectory()
        let isFile = entry.isFile()
        if (entry.isSymbolicLink()) {
          const target = await stat(resolve(cwd, path)).catch(() => undefined)
          isDir = target?.isDirectory() ?? false
          isFile = target?.isFile() ?? false
        }
        if (isDir && entry.name !== 'node_modules') stack.push(path)
        else if (isFile && wanted.has(extname(entry.name).toLowerCase())) add(path)
      }
    }
  }

  async function one(input: string): Promise<void> {
    const info = await stat(resolve(cwd, input)).catch(() => undefined)
    if (info?.isDirectory()) await walk(input)
    else add(input)
  }

  for (const input of inputs) {
    if (hasMagic(input)) {
      for (const match of await glob(input, { cwd })) await one(match)
    } else await one(input)
  }
  // unified-engine's order: by path.
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Split a list into batches of `size`. */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
