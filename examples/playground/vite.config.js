// The playground page: `npm run playground` serves it, `npm run playground:build` writes
// dist/playground/. It imports copydesk's source directly (no build of the package first).
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = resolve(import.meta.dirname, '../..')

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: resolve(root, 'dist/playground'), emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
  resolve: {
    // The linter runs in a Web Worker, which has no `document`: take the entity decoder's worker
    // build (a table) rather than its browser build (which decodes through a DOM element).
    // One copy of acorn (MDX): acorn-jsx requires its CommonJS build, micromark imports the ES one.
    alias: [
      { find: /^decode-named-character-reference$/, replacement: resolve(root, 'node_modules/decode-named-character-reference/index.js') },
      { find: /^acorn$/, replacement: resolve(root, 'node_modules/acorn/dist/acorn.mjs') },
    ],
  },
  server: { fs: { allow: [root] } },
})
