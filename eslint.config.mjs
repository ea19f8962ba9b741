import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '.preview/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/core/**/*.ts'],
    rules: {
      // Core is pure and server code runs in Apps Script: no Node, no DOM.
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
    },
  },
  { files: ['src/ui/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['scripts/**', 'dev/**', 'test/**', '*.js', '*.mjs'], languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
