import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain/annotation';
import type { Section } from '../domain/outline';
import { parseReport } from '../report/parse-report';
import { searchAll } from './search-all';
import type { SearchData, SearchParagraph } from './search-types';

// Search as the panel runs it over a session: one search per document, each over its report and
// its own notes, on the real reports the app and its tests ship (English and Chinese).
const FILES = [
  '../../../resources/reports/jiaxing-2024-government-work-report.en.txt',
  '../../../e2e/fixtures/jiaxing-2024-revised.txt',
  '../report/fixtures/zh-government-report.txt',
  '../targets/fixtures/work-report-2023.zh.txt',
  '../targets/fixtures/work-report-2024.zh.txt',
  '../targets/fixtures/work-report-2023.en.txt',
];

function paragraphsOf(file: string): SearchParagraph[] {
  const outline = parseReport(readFileSync(new URL(file, import.meta.url), 'utf8'));
  const flat = (s: Section): Section['paragraphs'] => [...s.paragraphs, ...s.children.flatMap(flat)];
  return outline.sections.flatMap(flat).map(({ id, citation, text }) => ({ id, citation, text }));
}

/** Notes quoting the report's own sentences (so they hold its words), some with tags, some deleted. */
function notesOn(paragraphs: readonly SearchParagraph[], documentId: string, count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const paragraph = paragraphs[(i * 7) % paragraphs.length]!;
    const sentences = paragraph.text.split(/(?<=[.。；;])\s*/).filter((s) => s !== '');
    const note = i % 9 === 0 ? '' : `Check ${i}: ${sentences[i % sentences.length] ?? ''} 核实数字`;
    return {
      id: `${documentId}-a-${String(i).padStart(5, '0')}`,
      documentId,
      kind: 'question',
      note,
      tags: i % 3 === 0 ? ['Budget', `项目${i % 7}`] : [],
      target: { paragraphId: paragraph.id, position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } },
      status: 'exact',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      deletedAt: i % 11 === 0 ? '2024-01-02T00:00:00.000Z' : null,
    };
  });
}

/** Lower case, accents dropped, full-width Latin narrowed, one character at a time, with where each came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const narrow = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
    const piece = narrow.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < piece.length; k++) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

type Hit = [kind: string, paragraphId: string, citation: string, annotationId: string | null, start: number, end: number];
type Text = { kind: string; paragraphId: string; citation: string; annotationId: string | null; folded: string; origin: number[] };

/** Every text in reading order, folded: the report's paragraphs, then each live note and its tags. */
function textsOf({ paragraphs, annotations }: SearchData): Text[] {
  const citation = new Map(paragraphs.map((p) => [p.id, p.citation]));
  const texts: Text[] = paragraphs.map((p) => ({
    kind: 'report',
    paragraphId: p.id,
    citation: p.citation,
    annotationId: null,
    ...fold(p.text),
  }));
  for (const a of annotations) {
    if (a.deletedAt !== null) continue;
    const where = { paragraphId: a.target.paragraphId, citation: citation.get(a.target.paragraphId) ?? '', annotationId: a.id };
    if (a.note !== '') texts.push({ kind: 'note', ...where, ...fold(a.note) });
    for (const tag of a.tags) texts.push({ kind: 'tag', ...where, ...fold(tag) });
  }
  return texts;
}

/** Reading every text at every offset: matches left to right, not overlapping, at most `limit`. */
function scan(texts: readonly Text[], query: string, limit = 500): Hit[] {
  const needle = fold(query.trim().replace(/\s+/g, ' ')).folded;
  const hits: Hit[] = [];
  for (const { kind, paragraphId, citation, annotationId, folded, origin } of texts) {
    for (let at = 0; at + needle.length <= folded.length;) {
      if (!folded.startsWith(needle, at)) {
        at++;
        continue;
      }
      hits.push([kind, paragraphId, citation, annotationId, origin[at]!, origin[at + needle.length]!]);
      at += needle.length;
    }
  }
  return hits.slice(0, limit);
}

describe('search over a session of documents, on real report text', () => {
  const session = FILES.map((file, d) => {
    const paragraphs = paragraphsOf(file);
    return { paragraphs, annotations: notesOn(paragraphs, `doc-${d}`, 400) };
  });
  const texts = session.map(textsOf);
  const queries = [
    'innovation',
    'GDP',
    'high-quality',
    'the',
    'THE CITY',
    '2024',
    '000',
    '00',
    '.',
    'e',
    ' we will',
    'budget',
    'xyzzy',
    'Jiaxing',
    '高质量',
    '增长',
    '地区生产总值',
    '科技创新',
    '核实',
    '数',
    '项目3',
    '%',
    '6.3%',
    'ecological environment',
  ];

  it('finds, per document, exactly the hits of reading every text, in the same order and grouping', () => {
    expect(session.map((d) => d.paragraphs.length).reduce((a, b) => a + b)).toBeGreaterThan(150);
    for (const query of queries) {
      const found = session.map((data) =>
        searchAll(data, query).map((r): Hit => [r.kind, r.paragraphId, r.citation, r.annotationId, r.start, r.end]),
      );
      expect(found, query).toEqual(texts.map((t) => scan(t, query)));
    }
  });

  it('stops at the limit at the same hit as the scan, and gives each hit the text it matched', () => {
    for (const query of ['e', 'the', '000', '增长']) {
      session.forEach((data, d) => {
        const results = searchAll(data, query, { limit: 37 });
        expect(
          results.map((r): Hit => [r.kind, r.paragraphId, r.citation, r.annotationId, r.start, r.end]),
          query,
        ).toEqual(scan(texts[d]!, query, 37));
        for (const r of results) expect(fold(r.context.match).folded, query).toBe(fold(query).folded);
      });
    }
  });
});
