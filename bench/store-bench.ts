import { copyFile, open, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seededRandom } from '../src/shared/anchoring/anchor-test-support';
import { describePassage } from '../src/shared/anchoring/describe-passage';
import type { Annotation } from '../src/shared/domain/annotation';
import { startCore } from '../src/main/api/start-core';
import { BackupRotation } from '../src/main/storage/backups';
import { openStoreInFolder, STORE_FILE_NAME } from '../src/main/storage/store';
import { frozenRecord } from '../src/main/storage/stored-record';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

const RESOURCES = resolve(import.meta.dirname, '../resources');
const REPORT_ID = 'jiaxing-2024-work-report';

/** `annotation.persist_p50_ms@10k`: one create until durably on disk, with 10,000 annotations stored. */
export async function benchStore(options: BenchOptions): Promise<Record<string, Metric>> {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-store-'));
  const annotations = pick(options, 10_000, 1_000);
  const draftCount = pick(options, 200, 20);
  try {
    const core = await startCore({ dataFolder: folder, resourcesDir: RESOURCES, version: 'bench' });
    const doc = core.services.documents.documentText(REPORT_ID);
    const random = seededRandom(7);
    const now = new Date().toISOString();
    const seeded: Annotation[] = [];
    while (seeded.length < annotations) {
      const start = Math.floor(random() * (doc.text.length - 200));
      const target = describePassage(doc, start, start + 10 + Math.floor(random() * 190));
      if (!target) continue;
      seeded.push(
        frozenRecord({
          id: `a-bench-${seeded.length}`,
          documentId: REPORT_ID,
          kind: (['question', 'support', 'concern', 'verify'] as const)[seeded.length % 4]!,
          note: `Note ${seeded.length}: ask the department for the figures behind this passage.`,
          tags: ['bench', `t${seeded.length % 50}`],
          target,
          status: 'exact',
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        }),
      );
    }
    await core.store.update((data) => {
      data.annotations.push(...seeded);
    });

    let n = 0;
    const persist = await medianMs(
      async () => {
        const start = 100 + (n++ % 1000) * 50;
        await core.services.annotation.create({ documentId: REPORT_ID, start, end: start + 40, kind: 'question', note: 'Why?', tags: [] });
      },
      pick(options, 40, 1),
      pick(options, 3, 0),
    );

    const bytes = JSON.stringify(core.store.data);
    const bare = await medianMs(
      async () => {
        const handle = await open(join(folder, 'bare.json'), 'w');
        await handle.writeFile(bytes, 'utf8');
        await handle.sync();
        await handle.close();
      },
      pick(options, 40, 1),
      pick(options, 3, 0),
    );

    // Open and validate: 10,000 annotations and 200 drafts on disk.
    const drafts = await Promise.all(
      Array.from({ length: draftCount }, () => core.services.draft.create({ kind: 'proposal', language: 'zh-CN' })),
    );
    await Promise.all(
      drafts.map((d, i) =>
        core.services.draft.update({
          draftId: d.id,
          change: { title: `关于第${i}项工作的议案`, reasons: '理由。'.repeat(200), measures: ['措施一', '措施二'] },
        }),
      ),
    );
    await core.store.flush();
    const file = join(folder, STORE_FILE_NAME);
    const openMs = await medianMs(() => openStoreInFolder(folder), pick(options, 10, 1), pick(options, 2, 0));
    // The limits: reading and JSON.parse of the same file; copying the same file.
    const parseMs = await medianMs(
      async () => JSON.parse(await readFile(file, 'utf8')) as unknown,
      pick(options, 10, 1),
      pick(options, 2, 0),
    );
    const copyMs = await medianMs(() => copyFile(file, join(folder, 'bare-copy.json')), pick(options, 15, 1), pick(options, 2, 0));
    const rotation = new BackupRotation(join(folder, 'bench-backups'), { now: () => new Date() });
    const rotate = await medianMs(() => rotation.rotate(file), pick(options, 15, 1), pick(options, 2, 0));
    const openSize = `${((await stat(file)).size / 1024 / 1024).toFixed(1)} MB store, ${annotations.toLocaleString('en')}+ annotations, ${draftCount} drafts`;

    const size = `${(Buffer.byteLength(bytes) / 1024 / 1024).toFixed(1)} MB store, ${annotations.toLocaleString('en')} annotations`;
    return {
      'annotation.persist_p50_ms@10k': {
        value: persist,
        unit: 'ms',
        size,
        peer: { label: 'bare writeFile + fsync of the same bytes', value: bare },
        target: '< 30 and ≤ 1.5 × peer',
        met: persist < 30 && persist <= 1.5 * bare,
      },
      'store.open_p50_ms@10k': {
        value: openMs,
        unit: 'ms',
        size: `${openSize}; read, migrate, validate (zod), freeze, start backup`,
        peer: { label: 'readFile + JSON.parse of the same file', value: parseMs },
        target: '< 150 and ≤ 3 × peer',
        met: openMs < 150 && openMs <= 3 * parseMs,
      },
      'store.backup_rotation_ms@10k': {
        value: rotate,
        unit: 'ms',
        size: `${openSize}; copy + prune, after a save (never awaited while typing)`,
        peer: { label: 'copyFile of the same file', value: copyMs },
        target: '< 100',
        met: rotate < 100,
      },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
