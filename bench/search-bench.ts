import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildDocumentText } from '../src/shared/anchoring/document-text';
import type { Annotation } from '../src/shared/domain/annotation';
import { parseReport } from '../src/shared/report/parse-report';
import { searchAll } from '../src/shared/search';
import { median, pick, type BenchOptions, type Metric } from './measure';
import { buildPeerIndex } from './minisearch-peer';

const root = resolve(import.meta.dirname, '..');
const NOTE_COUNT = 10_000;
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
  const source = await readFile(join(root, 'resources/reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
  const outline = parseReport(source);
  const { paragraphs } = buildDocumentText(outline);
  const texts = new Map(
    outline.sections.flatMap(function flat(s): [string, string][] {
      return [...s.paragraphs.map((p): [string, string] => [p.id, p.text]), ...s.children.flatMap(flat)];
    }),
  );
  const searchParagraphs = paragraphs.map((p) => ({ id: p.id, citation: p.citation, text: texts.get(p.id) ?? '' }));
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
  const timeQueries = (run: (query: string) => unknown): number => {
    for (const query of queries.slice(0, 5)) run(query);
    const times = queries.map((query) => {
      const start = performance.now();
      run(query);
      return performance.now() - start;
    });
    return median(times);
  };
  const ours = timeQueries((query) => searchAll(data, query));
  const theirs = timeQueries((query) => peer.search(query));
  return {
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

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchSearch({ quick: process.argv.includes('--quick') }));
