// `npm run lint`: ESLint over the project, once. Fails on any error or warning, as
// `eslint --max-warnings=0 .` does, except the warnings of the rules in lint-ceilings.json, which
// fail only when their count is above its ceiling (see ceilings.mjs).
//   npm run lint -- [paths…] [--lower-ceilings] [--show-ceilinged]
import { readFileSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { judge, loweredCeilings, splitCeilinged } from './ceilings.mjs';

const args = process.argv.slice(2);
const lower = args.includes('--lower-ceilings');
const showCeilinged = args.includes('--show-ceilinged');
const paths = args.filter((arg) => !arg.startsWith('--'));
const ceilingsFile = new URL('../../lint-ceilings.json', import.meta.url);
const ceilings = JSON.parse(readFileSync(ceilingsFile, 'utf8'));

const eslint = new ESLint();
const results = await eslint.lintFiles(paths.length > 0 ? paths : ['.']);
const { others, counts } = splitCeilinged(results, Object.keys(ceilings));
const formatter = await eslint.loadFormatter('stylish');
const shown = await formatter.format(showCeilinged ? results : others);
if (shown) console.log(shown);

const errors = others.reduce((n, r) => n + r.errorCount, 0);
const warnings = others.reduce((n, r) => n + r.warningCount, 0);
// A partial run (paths given) counts only part of the code: no ceiling applies to it.
const { failures, notes } = judge({ errors, warnings, counts, ceilings: paths.length > 0 ? {} : ceilings });
for (const [rule, count] of Object.entries(counts)) console.log(`${rule}: ${count} warnings (ceiling ${ceilings[rule]})`);
for (const note of notes) console.log(`note: ${note}`);
if (lower && paths.length === 0) {
  writeFileSync(ceilingsFile, `${JSON.stringify(loweredCeilings(ceilings, counts), null, 2)}\n`);
  console.log('lint-ceilings.json: ceilings lowered to the counts');
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`lint failed: ${failure}`);
  process.exitCode = 1;
}
