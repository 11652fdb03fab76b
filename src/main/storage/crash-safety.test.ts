import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../api/start-core';
import { RESOURCES_DIR } from '../test-support/temp-core';
import { byTier } from '../test-support/test-tier';
import { openStoreInFolder, STORE_FILE_NAME } from './store';
import { parseStoreText } from './validated-json-file';

/** 200 in the slow tier (npm run test:slow), a handful in the unit run. */
const KILLS = byTier(12, 200);

/** Runs the writer until it has acknowledged at least one write, then SIGKILLs it after a random delay. */
function runAndKill(script: string, args: string[], random: () => number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffer = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      // Kill at a random moment: right after the first ack, or up to 150 ms into the writes.
      timer ??= setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 150));
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited by itself (${code}): ${errors}`));
    });
  });
}

describe('crash safety', () => {
  let folder: string;
  let script: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-crash-'));
    // Inside the project, so that the bundle's imports of lowdb, zod… resolve from node_modules.
    script = join(import.meta.dirname, '../../../.tmp', `${folder.split('/').pop()}-writer.mjs`);
    // Bundled once so each of the 200 starts takes ~0.15 s instead of a TypeScript loader's ~0.7 s.
    await build({
      entryPoints: [join(import.meta.dirname, '../test-support/crash-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: script,
      logLevel: 'warning',
    });
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await rm(script, { force: true });
  });

  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`, async () => {
    const core = await startCore({ dataFolder: folder, resourcesDir: RESOURCES_DIR, version: 'crash-test' });
    const draft = await core.services.draft.create({ kind: 'suggestion', language: 'en' });
    // Hand the data folder over to the writer processes (one process per folder).
    await core.store.close();

    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const ackedNotes = new Set<string>();
    let lastAckedTitle = 0;
    let next = 1;
    let totalAcks = 0;
    let killedBeforeFirstWrite = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      const acked = await runAndKill(script, [folder, RESOURCES_DIR, String(next), draft.id], random);
      if (acked.length === 0) killedBeforeFirstWrite += 1;
      totalAcks += acked.length;
      for (const n of acked) {
        if (n % 2 === 1) ackedNotes.add(`ack-${n}`);
        else lastAckedTitle = Math.max(lastAckedTitle, n);
      }
      // Writes the child made but had not acknowledged may be there too: continue numbering past them.
      next = (acked.at(-1) ?? next) + 3;

      const text = await readFile(join(folder, STORE_FILE_NAME), 'utf8');
      const parsed = parseStoreText(text);
      if ('reason' in parsed) throw new Error(`after kill ${kill + 1} the store file is unusable: ${parsed.reason.key}`);
      const notes = new Set(parsed.data.annotations.map((a) => a.note));
      const missing = [...ackedNotes].filter((note) => !notes.has(note));
      expect(missing, `acknowledged annotations missing after kill ${kill + 1}`).toEqual([]);
      const title = parsed.data.drafts.find((d) => d.id === draft.id)?.title ?? '';
      expect(Number(title.replace('title-', '') || 0), `draft title after kill ${kill + 1}`).toBeGreaterThanOrEqual(lastAckedTitle);
    }

    const reopened = await openStoreInFolder(folder);
    expect(reopened.data.notices).toEqual([]);
    await reopened.close();
    console.log(
      `crash safety: ${KILLS} SIGKILLs, ${totalAcks} acknowledged writes (${ackedNotes.size} annotations, draft title up to step ${lastAckedTitle}), ` +
        `${killedBeforeFirstWrite} kills before the first write; every acknowledged write present, file valid after every kill`,
    );
  }, 300_000);
});
