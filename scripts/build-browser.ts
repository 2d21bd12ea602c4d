/**
 * Bundle the core (plugins, presets, lint) for the browser: dist/browser/copydesk.js, one minified
 * ES module that runs in a page or a Web Worker. esbuild with platform 'browser' and no Node polyfills; the build FAILS if anything
 * pulls in a Node built-in (`node:fs`, `path`, …), naming the importer, so the core stays portable.
 *
 *   npm run build:browser            # writes dist/browser/copydesk.js and prints its size
 */
import { builtinModules } from 'node:module'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Metafile, type Plugin } from 'esbuild'

const root = resolve(import.meta.dirname, '..')

const BUILTINS = new Set(builtinModules)

/** True for `node:x` and the bare built-ins (`fs`, `fs/promises`, `path`), not for packages named like them. */
export function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier)
}

/** An esbuild plugin that turns every import of a Node built-in into a build error. */
export const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || !isBuiltin(args.path)) return undefined
      return {
        errors: [
          {
            text: `Node built-in "${args.path}" imported by ${relative(root, args.importer) || args.importer}: the browser build takes no Node built-ins (move Node code under src/node/)`,
          },
        ],
      }
    })
  },
}

/**
 * One copy of acorn (MDX's JavaScript parser): acorn-jsx `require`s its CommonJS build while
 * micromark imports its ES build, which bundles acorn twice (120 KiB). Both get the ES build.
 */
export const oneAcorn: Plugin = {
  name: 'one-acorn',
  setup(build) {
    const esm = fileURLToPath(import.meta.resolve('acorn'))
    build.onResolve({ filter: /^acorn$/ }, () => ({ path: esm }))
  },
}

export interface BrowserBuild {
  outfile: string
  bytes: number
  gzipBytes: number
  /** Inputs by path (from esbuild's metafile), for checks and size reports. */
  inputs: Metafile['inputs']
}

export async function buildBrowser(options: { entry?: string; outfile?: string } = {}): Promise<BrowserBuild> {
  const entry = options.entry ?? resolve(root, 'src/index.ts')
  const outfile = options.outfile ?? resolve(root, 'dist/browser/copydesk.js')
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    // Prefer a package's Web Worker build where it has one: the browser build of the entity
    // decoder needs `document`, and the core must also run in a worker (the playground lints there).
    conditions: ['worker'],
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [noNodeBuiltins, oneAcorn],
    outfile,
  })
  // Belt and braces: nothing in the inputs may be a Node built-in however it got there.
  const builtins = Object.keys(result.metafile.inputs).filter((path) => isBuiltin(path) || path.startsWith('(disabled):'))
  if (builtins.length > 0) throw new Error(`the browser build pulled in Node built-ins: ${builtins.join(', ')}`)
  const output = result.outputFiles.find((file) => file.path === outfile)
  if (!output) throw new Error('esbuild wrote no bundle')
  mkdirSync(dirname(outfile), { recursive: true })
  writeFileSync(outfile, output.contents)
  return { outfile, bytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength, inputs: result.metafile.inputs }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const built = await buildBrowser()
    console.log(`${relative(root, built.outfile)}: ${kib(built.bytes)} minified, ${kib(built.gzipBytes)} gzipped (${Object.keys(built.inputs).length} modules, no Node built-ins)`)
  } catch (error) {
    const errors = (error as { errors?: { text: string }[] }).errors
    console.error(`build-browser failed:\n${errors ? errors.map((e) => `  ${e.text}`).join('\n') : (error as Error).message}`)
    process.exitCode = 1
  }
}
