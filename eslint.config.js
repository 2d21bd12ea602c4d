import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/lexicon/generated/', 'src/generated/', 'scratch/', 'eval-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['examples/**/*.js', 'scripts/**/*', 'eslint.config.js', 'jest.config.js'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
)
