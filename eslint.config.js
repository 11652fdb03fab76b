import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electron = {
  name: 'electron',
  message: 'Only src/main/electron/, src/main/index.ts and src/preload/ may import electron (DESIGN.md rule 1).',
};
const nodeBuiltins = { group: ['node:*'], message: 'src/shared and src/renderer are platform-free: no Node built-ins.' };
const mainFromOutside = { group: ['**/main/**', '**/main'], message: 'Reach the main side through the API contract, never by import.' };
const rendererFromOutside = { group: ['**/renderer/**'], message: 'The main side must not import renderer code.' };

/*
 * The renderer's own layering (VS Code style: what a file may import follows from its folder).
 * A feature (src/renderer/features/<x>/) imports app/, components/, api/, i18n/, shared/ and itself,
 * never another feature; components/ imports no feature; app/ imports features only in the shell
 * files that compose the views. What two features share moves to app/ or components/.
 */
const FEATURES = readdirSync(new URL('./src/renderer/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// The shell: the app, its top bar and banners, and the workspace with the parts it is split into.
const RENDERER_SHELL = [
  'App.tsx',
  'Topbar.tsx',
  'Workspace.tsx',
  'WorkspaceBanners.tsx',
  'useWorkspaceViews.tsx',
  'useReaderSidePanel.tsx',
  'AnnotationDialogs.tsx',
  'useDocumentSwitch.ts',
  'useRevisionImport.tsx',
  'useReaderResume.ts',
].map((file) => `src/renderer/app/${file}`);
const rendererRules = (patterns) => ({
  'no-restricted-imports': ['error', { paths: [electron], patterns: [nodeBuiltins, mainFromOutside, ...patterns] }],
});
const anyFeature = (from) => ({
  group: ['**/features', '**/features/**'],
  message: `${from} must not import a feature: move what is shared into app/ or components/.`,
});
const SHOW_DATES = 'Show a date with formatDateTime (app/date-format.ts): Intl.DateTimeFormat in the UI language.';
const DATE_PARTS = [
  'toLocaleDateString',
  'toLocaleTimeString',
  'getFullYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getUTCFullYear',
  'getUTCMonth',
  'getUTCDate',
  'getUTCHours',
  'getUTCMinutes',
];
/** Another feature, reached from a file anywhere inside features/<x>/ (`../y/…`, `../../y/…`) or through `features/`. */
const otherFeatures = (own) =>
  FEATURES.filter((name) => name !== own).map((name) => ({
    group: [`../${name}`, `../${name}/**`, `../../${name}`, `../../${name}/**`, `**/features/${name}`, `**/features/${name}/**`],
    message: `features/${own} must not import features/${name}: move what both use into app/ or components/.`,
  }));

const DATE_BY_HAND = {
  selector: "CallExpression[callee.property.name='toLocaleString'][callee.object.type='NewExpression'][callee.object.callee.name='Date']",
  message: SHOW_DATES,
};
const API_CALL_BY_HAND = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='call'][callee.object.name='api']",
  message: 'Call the main side through app/query (useApiQuery, useApiMutation, useApiRead, apiQueryOptions): one way to fetch and save.',
};

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
    // Warnings with a ceiling that only goes down (lint-ceilings.json, checked by `npm run lint`).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/test-support/**', 'src/**/*-test-support.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['warn', { assertionStyle: 'never' }],
      '@typescript-eslint/no-non-null-assertion': 'warn',
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
      ...rendererRules([]),
      // Dates are shown through app/date-format.ts (Intl.DateTimeFormat in the UI language), never put together by hand.
      'no-restricted-properties': ['error', ...DATE_PARTS.map((property) => ({ property, message: SHOW_DATES }))],
      'no-restricted-syntax': ['error', DATE_BY_HAND],
    },
  },
  {
    // One way to fetch and save: the main side is called through app/query, whose writes invalidate cached reads.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/app/query/**', 'src/renderer/app/useBoot.ts', 'src/renderer/api/**', 'src/renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', DATE_BY_HAND, API_CALL_BY_HAND] },
  },
  { files: ['src/renderer/components/**/*.{ts,tsx}'], rules: rendererRules([anyFeature('components/')]) },
  {
    files: ['src/renderer/app/**/*.{ts,tsx}'],
    ignores: RENDERER_SHELL,
    rules: rendererRules([anyFeature('app/ (outside the shell files)')]),
  },
  ...FEATURES.map((name) => ({ files: [`src/renderer/features/${name}/**/*.{ts,tsx}`], rules: rendererRules(otherFeatures(name)) })),
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
