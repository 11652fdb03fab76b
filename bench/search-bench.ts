import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildDocumentText } from '../src/shared/anchoring/document-text';
import type { Annotation } from '../src/shared/domain/annotation';
import { parseReport } from '../src/shared/report/parse-report';
import { searchAll, type SearchParagraph } from '../src/shared/search';
import { median, pick, ratio, type BenchOptions, type Metric } from './measure';
import { buildPeerIndex } from './minisearch-peer';

const root = resolve(import.meta.dirname, '..');
const NOTE_COUNT = 10_000;
/** A session's documents: the bundled report, its revised version, and four real reports (Chinese and English). */
const SESSION_DOCUMENTS = [
  'resources/reports/jiaxing-2024-government-work-report.en.txt',
  'e2e/fixtures/jiaxing-2024-revised.txt',
  'src/shared/report/fixtures/zh-government-report.txt',
  'src/shared/targets/fixtures/work-report-2023.zh.txt',
  'src/shared/targets/fixtures/work-report-2024.zh.txt',
  'src/shared/targets/fixtures/work-report-2023.en.txt',
];
/** Chinese queries for the session's Chinese reports (the English ones above are searched too). */
const CHINESE_QUERIES = ['高质量', '增长', '民生实事', '地区生产总值', '科技创新', '养老'];
const WORDS = [
  'budget',
  'road',
  'school',
  'hospital',
  'innovation',
  'figure',
  'target',
  'rural',
  'pollution',
  'port',
  'elderly',
  'housing',
  'Café',
  'données',
];
const QUERIES = [
  'innovation',
  'GDP',
  'high-quality',
  'enterprises',
  'carbon',
  'rural',
  'budget',
  'school',
  'cafe',
  'donnees',
  'Yangtze',
  'port',
  'elderly care',
  'digital',
  'the',
  '2024',
  'hospital',
  'green',
  'water',
  'reform',
  'xyzzy',
  'Jiaxing',
  'talent',
  'tourism',
  'market',
];

/** The bundled report + 10,000 generated notes; the median time of one search over ~50 queries of varied words. */
export async function benchSearch(options: BenchOptions): Promise<Record<string, Metric>> {
  const searchParagraphs = await searchParagraphsOf(SESSION_DOCUMENTS[0]!);
  const annotations = generateAnnotations(searchParagraphs.map((p) => p.id));
  const data = { paragraphs: searchParagraphs, annotations };

  const buildStart = performance.now();
  searchAll(data, 'warm-up');
  const buildMs = performance.now() - buildStart;
  const peerStart = performance.now();
  const peer = buildPeerIndex(data);
  const peerBuildMs = performance.now() - peerStart;

  const allQueries = [...QUERIES, ...QUERIES.map((q) => q.toUpperCase())];
  const queries = pick(options, allQueries, allQueries.slice(0, 5));
  const ours = timeQueries(queries, (query) => searchAll(data, query));
  const theirs = timeQueries(queries, (query) => peer.search(query));
  return {
    ...(await benchSession(options)),
    'search.query_p50_ms@10k': {
      value: ours,
      unit: 'ms',
      size: `bundled report + ${NOTE_COUNT.toLocaleString('en')} notes, ${queries.length} queries, median`,
      peer: { label: 'MiniSearch on the same data (folded, prefix, AND, no fuzzy)', value: theirs },
      target: '< 30 and ≤ peer',
      met: ours < 30 && ours <= theirs,
    },
    'search.index_build_ms@10k': {
      value: buildMs,
      unit: 'ms',
      size: `bundled report + ${NOTE_COUNT.toLocaleString('en')} notes, once per data change`,
      peer: { label: 'MiniSearch addAll of the same texts', value: peerBuildMs },
    },
  };
}

/** The median time of one run over `queries` (after five unmeasured runs). */
function timeQueries(queries: readonly string[], run: (query: string) => unknown): number {
  for (const query of queries.slice(0, 5)) run(query);
  return median(
    queries.map((query) => {
      const start = performance.now();
      run(query);
      return performance.now() - start;
    }),
  );
}

/** One report file's paragraphs as search reads them (id, citation, text). */
async function searchParagraphsOf(file: string): Promise<SearchParagraph[]> {
  const outline = parseReport(await readFile(join(root, file), 'utf8'));
  const { paragraphs } = buildDocumentText(outline);
  const texts = new Map(
    outline.sections.flatMap(function flat(s): [string, string][] {
      return [...s.paragraphs.map((p): [string, string] => [p.id, p.text]), ...s.children.flatMap(flat)];
    }),
  );
  return paragraphs.map((p) => ({ id: p.id, citation: p.citation, text: texts.get(p.id) ?? '' }));
}

/**
 * Search as the panel runs it over a session: 6 documents, each with its share of 10,000 notes, one
 * index per document (the open one and the others alike); the peer indexes the same texts once.
 */
async function benchSession(options: BenchOptions): Promise<Record<string, Metric>> {
  const documents = await Promise.all(
    SESSION_DOCUMENTS.map(async (file, d) => {
      const paragraphs = await searchParagraphsOf(file);
      return { paragraphs, documentId: `doc-${d}` };
    }),
  );
  const notes = generateAnnotations(documents[0]!.paragraphs.map((p) => p.id));
  // Note i belongs to document i mod 6, anchored in one of that document's paragraphs.
  const data = documents.map(({ paragraphs, documentId }, d) => ({
    paragraphs,
    annotations: notes
      .filter((_, i) => i % documents.length === d)
      .map((a, i) => ({
        ...a,
        documentId,
        target: { ...a.target, paragraphId: paragraphs[i % paragraphs.length]!.id },
      })),
  }));
  const paragraphCount = data.reduce((sum, d) => sum + d.paragraphs.length, 0);
  const searchSession = (query: string) => data.map((d) => searchAll(d, query));
  searchSession('warm-up');
  // One index of every text; a revised version repeats paragraph ids, so the peer's ids name the document too.
  const peer = buildPeerIndex({
    paragraphs: data.flatMap((d, i) => d.paragraphs.map((p) => ({ ...p, id: `${documents[i]!.documentId}:${p.id}` }))),
    annotations: notes,
  });

  const allQueries = [...QUERIES, ...CHINESE_QUERIES, ...QUERIES.map((q) => q.toUpperCase())];
  const queries = pick(options, allQueries, [...allQueries.slice(0, 3), ...CHINESE_QUERIES.slice(0, 2)]);
  const ours = timeQueries(queries, searchSession);
  const theirs = timeQueries(queries, (query) => peer.search(query));
  return {
    'search.query_p50_ms': {
      value: ours,
      unit: 'ms',
      size: `${documents.length} documents (${paragraphCount} paragraphs, Chinese and English) + ${NOTE_COUNT.toLocaleString('en')} notes, ${queries.length} queries, median`,
      peer: { label: 'MiniSearch over the same texts (folded, prefix, AND, no fuzzy)', value: theirs },
      target: '< 30 and ≤ peer',
      met: ours < 30 && ours <= theirs,
    },
  };
}

function generateAnnotations(paragraphIds: readonly string[]): Annotation[] {
  const kinds = ['question', 'support', 'concern', 'verify'] as const;
  return Array.from({ length: NOTE_COUNT }, (_, i) => {
    const words = Array.from({ length: 12 + (i % 20) }, (_, w) => WORDS[(i * 7 + w * 13) % WORDS.length]);
    return {
      id: `a-bench-${String(i).padStart(6, '0')}`,
      documentId: 'bench',
      kind: kinds[i % 4]!,
      note: `Note ${i}: ${words.join(' ')}.`,
      tags: [`tag-${i % 60}`, WORDS[i % WORDS.length]!],
      target: {
        paragraphId: paragraphIds[i % paragraphIds.length]!,
        position: { start: 0, end: 5 },
        quote: { exact: 'x', prefix: '', suffix: '' },
      },
      status: 'exact',
      createdAt: '2024-01-30T00:00:00.000Z',
      updatedAt: '2024-01-30T00:00:00.000Z',
      deletedAt: null,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const metrics = await benchSearch({ quick: process.argv.includes('--quick') });
  console.table(
    Object.entries(metrics).map(([name, m]) => ({
      name,
      value: m.value,
      peer: m.peer?.value,
      ratio: ratio(m),
      target: m.target,
      met: m.met,
      size: m.size,
    })),
  );
}
