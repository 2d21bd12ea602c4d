/**
 * The `copydesk` command as one file: esbuild bundles src/cli/index.ts and everything it imports
 * into dist/bin/copydesk.js, the package's `bin`. Node then loads one module instead of about 520
 * (start-up about 0.45 s → 0.23 s here; 0.19 s once unified-engine's plugin loader is left out:
 * src/cli/no-plugins.ts), which counts for a pre-commit hook that lints a few files
 * and for a CI run over a folder alike. The library (`dist/src/`) stays unbundled; tests/cli runs a
 * bundle built with the same options (scripts/bin-options.ts).
 *
 *   npx tsx scripts/build-bin.ts [outfile]
 */
import { build } from 'esbuild'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { binOptions } from './bin-options.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
await build(binOptions(root, resolve(root, process.argv[2] ?? 'dist/bin/copydesk.js')))
