import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCore, type Core } from '../src/main/api/start-core';
import { STORE_FILE_NAME } from '../src/main/storage/store';
import { seededRandom } from '../src/shared/anchoring/anchor-test-support';
import { medianMs, type Metric } from './measure';

const RESOURCES = resolve(import.meta.dirname, '../resources');
const VERSION_BYTES = 200 * 1024;

/**
 * `annotation.persist_vs_library_size_ratio`: one annotation saved (durably) with 20 documents ×
 * 3 versions × 200 KB in the library, against the same save with 1 document. The versions' texts
 * live outside the hot JSON file, so the ratio should stay near 1 however large the library grows.
 */
export async function benchLibrarySize(): Promise<Record<string, Metric>> {
  const smallLibrary = await libraryOf(1, 1);
  const largeLibrary = await libraryOf(20, 3);
  try {
    // Rounds alternate between the two, so a busy machine slows both alike.
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let round = 0; round < 6; round++) {
      smallTimes.push(await measurePersist(smallLibrary.core, smallLibrary.documentId));
      largeTimes.push(await measurePersist(largeLibrary.core, largeLibrary.documentId));
    }
    const small = { persistMs: median(smallTimes), hotBytes: await hotBytes(smallLibrary.folder) };
    const large = { persistMs: median(largeTimes), hotBytes: await hotBytes(largeLibrary.folder) };
    return report(small, large);
  } finally {
    for (const library of [smallLibrary, largeLibrary]) {
      await library.core.store.close();
      await rm(library.folder, { recursive: true, force: true });
    }
  }
}

function report(small: { persistMs: number; hotBytes: number }, large: { persistMs: number; hotBytes: number }): Record<string, Metric> {
  const ratio = large.persistMs / small.persistMs;
  const size =
    `1 doc: ${small.persistMs.toFixed(2)} ms, hot JSON ${kb(small.hotBytes)}; ` +
    `20 docs × 3 versions × 200 KB: ${large.persistMs.toFixed(2)} ms, hot JSON ${kb(large.hotBytes)}`;
  return {
    'annotation.persist_vs_library_size_ratio': { value: ratio, unit: '×', size, target: '≤ 1.5', met: ratio <= 1.5 },
  };
}

async function libraryOf(documents: number, versions: number): Promise<{ core: Core; folder: string; documentId: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-library-'));
  const core = await startCore({ dataFolder: folder, resourcesDir: RESOURCES, version: 'bench' });
  const random = seededRandom(documents * 31 + versions);
  let first = '';
  for (let d = 0; d < documents; d++) {
    const added = await core.services.library.addDocument({ title: `报告 ${d}`, kind: 'work-report', text: reportText(d, 0, random) });
    first ||= added.id;
    for (let v = 1; v < versions; v++)
      await core.services.document.importRevision({ documentId: added.id, text: reportText(d, v, random) });
  }
  await core.store.flush();
  return { core, folder, documentId: first };
}

async function hotBytes(folder: string): Promise<number> {
  return (await stat(join(folder, STORE_FILE_NAME))).size;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measurePersist(core: Core, documentId: string): Promise<number> {
  const text = core.services.documents.documentText(documentId).text;
  let n = 0;
  return medianMs(
    async () => {
      const start = (n++ * 97) % (text.length - 100);
      await core.services.annotation.create({ documentId, start, end: start + 30, kind: 'question', note: '请说明依据。', tags: [] });
    },
    15,
    1,
  );
}

/** A report of about 200 KB: headings and paragraphs of varied Chinese sentences, distinct per document and version. */
function reportText(documentIndex: number, version: number, random: () => number): string {
  const words = ['经济', '增长', '就业', '民生', '教育', '医疗', '财政', '收入', '改革', '投资', '城乡', '生态', '科技', '产业', '保障'];
  const lines = [`第${documentIndex}号政府工作报告（第${version + 1}稿）`, ''];
  let bytes = 0;
  let section = 0;
  while (bytes < VERSION_BYTES) {
    if (section % 12 === 0) lines.push(`${'一二三四五六七八九十'[Math.floor(section / 12) % 10]}、第${section}部分工作`, '');
    const sentence =
      Array.from({ length: 40 }, () => words[Math.floor(random() * words.length)]).join('') + `，增长${(random() * 10).toFixed(1)}%。`;
    const paragraph = `${sentence}${sentence.slice(3)}（${documentIndex}-${version}-${section}）`;
    lines.push(paragraph, '');
    bytes += Buffer.byteLength(paragraph) + 2;
    section += 1;
  }
  return lines.join('\n');
}

function kb(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}
