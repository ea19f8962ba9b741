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
  {
    files: ['scripts/**', 'dev/**', 'test/**', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // The preview page's browser code: DOM globals only, no Node.
  { files: ['dev/preview/page/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['dev/preview/page/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'process', 'require', 'module', '__dirname', 'Buffer'] },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
