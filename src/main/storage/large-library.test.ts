import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore } from '../api/start-core';
import { RESOURCES_DIR, startTempCore } from '../test-support/temp-core';
import { SLOW_TIER } from '../test-support/test-tier';
import { STORE_FILE_NAME } from './store';
import { TEXTS_FOLDER_NAME, TextStore } from './text-store';

const REPORT_ID = 'jiaxing-2024-work-report';
const VERSION_BYTES = 5 * 1024 * 1024;
const VERSIONS = 125;

// Writes 600 MB to disk (about a minute on a busy 2-core machine), so it runs in the slow tier only
// (`npm run test:slow`, part of `npm test`); the default unit run skips it.
describe.runIf(SLOW_TIER)('a library holding 600 MB of document text', () => {
  it('still saves annotations, and they are there after a restart', async () => {
    const core = await startTempCore();
    try {
      // 125 earlier versions of 5 MB each (distinct texts), as years of revised reports leave them.
      const body = '全市生产总值增长百分之六点三，城乡居民收入稳步增加。'.repeat(Math.ceil(VERSION_BYTES / 81));
      const files = new TextStore(join(core.dataFolder, TEXTS_FOLDER_NAME));
      const versions: { textHash: string; addedAt: string; replacedAt: string }[] = [];
      let total = 0;
      for (let v = 0; v < VERSIONS; v++) {
        const text = `第${v}稿\n\n${body}`;
        total += Buffer.byteLength(text);
        const at = new Date(Date.UTC(2026, 0, 1, 0, v)).toISOString();
        versions.push({ textHash: await files.put(text), addedAt: at, replacedAt: at });
      }
      expect(total).toBeGreaterThan(600 * 1024 * 1024);
      await core.store.update((data) => {
        data.documents.find((d) => d.id === REPORT_ID)!.previousVersions.push(...versions);
      });

      const note = await core.services.annotation.create({
        documentId: REPORT_ID,
        start: 0,
        end: 20,
        kind: 'question',
        note: '六百兆之后仍能保存',
        tags: [],
      });
      expect(core.store.health()).toMatchObject({ ok: true });
      // The hot file names the texts; it does not hold them.
      expect((await stat(join(core.dataFolder, STORE_FILE_NAME))).size).toBeLessThan(1024 * 1024);
      await core.store.close();

      const again = await startCore({ dataFolder: core.dataFolder, resourcesDir: RESOURCES_DIR, version: 'test' });
      try {
        expect(again.services.annotation.list({ documentId: REPORT_ID }).map((a) => a.note)).toContain(note.note);
        expect(again.services.document.versions({ documentId: REPORT_ID })).toHaveLength(VERSIONS + 1);
        const doc = again.store.data.documents.find((d) => d.id === REPORT_ID)!;
        expect(again.services.documents.readText(doc, doc.previousVersions[VERSIONS - 1]!.textHash).startsWith(`第${VERSIONS - 1}稿`)).toBe(
          true,
        );
        expect((await readdir(join(core.dataFolder, TEXTS_FOLDER_NAME))).length).toBeGreaterThanOrEqual(VERSIONS + 1);
      } finally {
        await again.store.close();
      }
    } finally {
      await core.dispose();
    }
  }, 600_000);
});
