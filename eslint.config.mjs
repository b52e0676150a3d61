// ESLint with typescript-eslint's type-aware rules (flat config). `npm run lint`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'test-artifacts/', '.nearfill-data/', 'bench/vendure-peer/node_modules/', 'client/schema.d.ts'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // The app's tsconfig leaves tests out of the build; this one covers them too. The example has its own.
      parserOptions: { project: ['./tsconfig.eslint.json', './examples/retailer-integration/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Query strings are built with URLSearchParams, whose toString is the encoded query.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'URLSearchParams' },
            { from: 'package', package: 'url', name: 'URLSearchParams' },
            { from: 'package', package: '@types/node', name: 'URLSearchParams' },
          ],
        },
      ],
      // An async method may implement a Promise-returning interface without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read answers through supertest, whose bodies are `any` by design: they are checked by the assertions.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Released migrations are never edited, and QueryRunner.query answers `any` (it has no row type parameter).
    files: ['migrations/1795630000000-CapacityAndChosenDealer.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
);
