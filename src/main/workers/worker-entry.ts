import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';

/** A worker script: a file (the built app), or code run with `eval` (a TypeScript entry started through tsx). */
export interface WorkerEntry {
  script: URL | string;
  eval: boolean;
}

/**
 * The app's job worker: in the built app, `job-worker.js` that electron-vite emits beside the main
 * entries (an extra input in electron.vite.config.ts; this module may sit in a chunk one folder
 * below); from the TypeScript sources (vitest, tsx), `job-worker.ts` through tsx.
 */
export function appWorkerEntry(): WorkerEntry {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return typeScriptEntry(new URL('./job-worker.ts', here));
  const folder = dirname(fileURLToPath(here));
  for (const candidate of [join(folder, 'job-worker.js'), join(folder, '..', 'job-worker.js')]) {
    if (existsSync(candidate)) return { script: pathToFileURL(candidate), eval: false };
  }
  throw new Error(`the job worker (job-worker.js) is missing beside ${folder}: rebuild the app`);
}

/**
 * A worker written in TypeScript (tests, tsx-run tools): bundled once per process with esbuild (a
 * development dependency, there wherever TypeScript sources run) into node_modules/.cache, so that
 * each job's worker starts as fast as in the built app. Packages stay external and resolve from there.
 */
export function typeScriptEntry(url: URL): WorkerEntry {
  const cached = bundled.get(url.href);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild') as typeof Esbuild;
  const root = dirname(require.resolve('esbuild/package.json'));
  const outfile = join(root, '..', '.cache', 'deputy-desk', `${basename(url.pathname, '.ts')}-${process.pid}-${bundled.size}.mjs`);
  esbuild.buildSync({
    entryPoints: [fileURLToPath(url)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  process.once('exit', () => rmSync(outfile, { force: true }));
  const entry = { script: pathToFileURL(outfile), eval: false };
  bundled.set(url.href, entry);
  return entry;
}

const bundled = new Map<string, WorkerEntry>();
