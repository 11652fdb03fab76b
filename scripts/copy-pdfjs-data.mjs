/**
 * Copies pdf.js's CMaps (Chinese, Japanese and Korean character maps) and standard fonts from
 * node_modules/pdfjs-dist into resources/pdfjs/, which ships with the app, so that PDF import
 * reads every font offline and nothing is ever fetched. Runs after `npm install` and before each
 * build; skips the copy when resources/pdfjs already holds this pdfjs-dist version.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const target = join(root, 'resources', 'pdfjs');
const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;
const stamp = join(target, 'VERSION');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) process.exit(0);
rmSync(target, { recursive: true, force: true });
for (const folder of ['cmaps', 'standard_fonts']) cpSync(join(source, folder), join(target, folder), { recursive: true });
writeFileSync(stamp, `${version}\n`);
console.log(`resources/pdfjs: CMaps and standard fonts of pdfjs-dist ${version} copied`);
