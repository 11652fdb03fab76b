import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electron = { name: 'electron', message: 'Only src/main/electron/, src/main/index.ts and src/preload/ may import electron (DESIGN.md rule 1).' };
const nodeBuiltins = { group: ['node:*'], message: 'src/shared and src/renderer are platform-free: no Node built-ins.' };
const mainFromOutside = { group: ['**/main/**', '**/main'], message: 'Reach the main side through the API contract, never by import.' };
const rendererFromOutside = { group: ['**/renderer/**'], message: 'The main side must not import renderer code.' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'e2e/artifacts/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electron], patterns: [nodeBuiltins, mainFromOutside] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, { name: 'react', message: 'src/shared is UI-free.' }],
          patterns: [nodeBuiltins, mainFromOutside, rendererFromOutside],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [rendererFromOutside] }] },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererFromOutside] }] },
  },
);
