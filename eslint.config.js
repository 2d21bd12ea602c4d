import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/lexicon/generated/', 'src/generated/', 'scratch/', 'eval-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['examples/**/*.js', 'scripts/**/*', 'eslint.config.js', 'jest.config.js'], languageOptions: { globals: globals.node } },
  {
    // The core runs in browsers and web editors: no Node built-ins outside the Node entry points.
    files: ['src/**/*.ts', 'presets/**/*.ts'],
    ignores: ['src/node/**', 'src/cli/**', 'src/server/**', 'src/cli.ts', 'src/server.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'url', 'os', 'child_process', 'fs/promises'], message: 'The core imports no Node built-ins (it runs in the browser); put Node code under src/node/.' }] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
)
