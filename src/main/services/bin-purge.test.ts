import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore } from '../api/start-core';
import { TEXTS_FOLDER_NAME, hashOfText } from '../storage/text-store';
import { RESOURCES_DIR } from '../test-support/temp-core';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-10-01T09:00:00.000Z');
const OLD = '旧的预算草案\n\n一、收入\n\n收入增长5%。\n';
const RECENT = 'Recent plan\n\nI. Review\n\nGDP grew.\n';

describe('removed documents at start', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-purge-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('are deleted for good after 30 days in the bin, and a notice names them; the recent ones stay', async () => {
    let now = T0;
    const start = () => startCore({ dataFolder: folder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', clock: () => new Date(now) });
    const first = await start();
    const old = await first.services.library.addDocument({ title: '旧的预算草案', kind: 'budget-report', text: OLD });
    await first.services.library.remove({ documentId: old.id });
    now = T0 + 2 * DAY;
    const recent = await first.services.library.addDocument({ title: 'Recent plan', kind: 'plan-report', text: RECENT });
    await first.services.library.remove({ documentId: recent.id });
    await first.store.close();

    now = T0 + 31 * DAY; // the old one has been in the bin 31 days, the recent one 29
    const later = await start();
    expect(later.store.data.documents.map((d) => d.id)).toEqual(expect.arrayContaining([recent.id]));
    expect(later.store.data.documents.map((d) => d.id)).not.toContain(old.id);
    // (Its text file stays while the backup taken at this start names it: every kept backup restores whole.)
    expect((await stat(join(folder, TEXTS_FOLDER_NAME, `${hashOfText(RECENT)}.txt`))).isFile()).toBe(true);
    expect(later.store.data.notices).toEqual([expect.objectContaining({ kind: 'bin-purged', titles: ['旧的预算草案'] })]);
    expect(await later.dispatch('bin.summary', {})).toEqual({ ok: true, data: { documents: 1, keptDays: 30 } });
    await later.store.close();

    // Nothing more is due: the next start adds no notice.
    const again = await start();
    expect(again.store.data.notices.filter((n) => n.kind === 'bin-purged')).toHaveLength(1);
    expect(await again.dispatch('bin.empty', {})).toMatchObject({ ok: true, data: { documents: 1 } });
    expect(await again.dispatch('bin.summary', {})).toEqual({ ok: true, data: { documents: 0, keptDays: 30 } });
    await again.store.close();
  });
});
