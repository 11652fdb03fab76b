import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain/annotation';
import { foldQuery, foldText } from './fold-text';
import { searchAll } from './search-all';
import type { SearchData } from './search-types';

function annotation(i: number, note: string, tags: string[] = [], deleted = false): Annotation {
  return {
    id: `a-${String(i).padStart(6, '0')}`,
    documentId: 'doc',
    kind: 'question',
    note,
    tags,
    target: { paragraphId: `p${i % 3}`, position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } },
    status: 'exact',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: deleted ? '2024-01-02T00:00:00.000Z' : null,
  };
}

const paragraphs = [
  { id: 'p0', citation: '¶1', text: '我们将加快建设创新型城市，推动高质量发展，建设美丽嘉兴。' },
  { id: 'p1', citation: 'I ¶1', text: '全市生产总值增长6.3%，高新技术产业增加值增长8.1%。' },
  { id: 'p2', citation: 'II.1 ¶1', text: 'The Café Economy and high-quality development of Jiaxing.' },
];

/** What search means, by its definition: every occurrence of the folded query in every folded text, in reading order. */
function scanAll(data: SearchData, query: string): [string, string | null, number][] {
  const needle = foldQuery(query);
  if (needle === '') return [];
  const texts: [string, string | null, string][] = [
    ...data.paragraphs.map((p): [string, string | null, string] => ['report', null, p.text]),
    ...data.annotations
      .filter((a) => a.deletedAt === null)
      .flatMap((a): [string, string | null, string][] => [
        ...(a.note !== '' ? [['note', a.id, a.note] as [string, string | null, string]] : []),
        ...a.tags.map((t): [string, string | null, string] => ['tag', a.id, t]),
      ]),
  ];
  const hits: [string, string | null, number][] = [];
  for (const [kind, id, text] of texts) {
    const folded = foldText(text).folded;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) hits.push([kind, id, at]);
  }
  return hits.slice(0, 500);
}

const found = (data: SearchData, query: string) =>
  searchAll(data, query).map((r): [string, string | null, number] => [r.kind, r.annotationId, r.start]);

describe('search over its index', () => {
  it('finds Chinese substrings inside words, one character or many, in the report and in notes', () => {
    const annotations = [
      annotation(1, '核实高新技术产业的数字'),
      annotation(2, '创新型城市的目标', ['高质量']),
      annotation(3, 'Ask about the port'),
    ];
    const data = { paragraphs, annotations };
    expect(found(data, '质量发')).toEqual([['report', null, 16]]);
    expect(found(data, '新技术')).toEqual([
      ['report', null, 14],
      ['note', 'a-000001', 3],
    ]);
    expect(found(data, '城').map((r) => r[0])).toEqual(['report', 'note']);
    expect(found(data, '高质量')).toEqual([
      ['report', null, 15],
      ['tag', 'a-000002', 0],
    ]);
    expect(found(data, '质量城市')).toEqual([]);
  });

  it('finds exactly what reading every text finds, in the same order, for many queries over many notes', () => {
    const words = ['budget', 'road', '高质量', 'Café', 'école', 'port', '民生', 'the', '6.3%'];
    const annotations = Array.from({ length: 3000 }, (_, i) =>
      annotation(
        i,
        i % 11 === 0 ? '' : `Note ${i}: ${words[i % 9]} ${words[(i * 5) % 9]}${words[(i * 7) % 9]}`,
        i % 4 === 0 ? [words[(i * 3) % 9]!] : [],
        i % 13 === 0,
      ),
    );
    const data = { paragraphs, annotations };
    for (const query of [
      'budget',
      'road 民',
      '质',
      'cafe',
      'ECOLE',
      'e',
      'Note 12',
      '6.3',
      'the high',
      'xyz',
      'portbudget',
      't',
      '0:',
      '高质量发展',
    ]) {
      expect(found(data, query), query).toEqual(scanAll(data, query));
    }
  });

  it('sees a changed, added or deleted note at once, however the annotations array was rebuilt', () => {
    const annotations = Array.from({ length: 2000 }, (_, i) => annotation(i, `note ${i} about roads`));
    const data = { paragraphs, annotations };
    expect(found(data, 'harbour')).toEqual([]);
    const edited = annotations.map((a, i) => (i === 1234 ? { ...a, note: 'note about the harbour' } : a));
    expect(found({ paragraphs, annotations: edited }, 'harbour')).toEqual([['note', 'a-001234', 15]]);
    const added = [...edited.slice(0, 10), annotation(5000, '港口 harbour'), ...edited.slice(10)];
    expect(found({ paragraphs, annotations: added }, 'harbour')).toEqual([
      ['note', 'a-005000', 3],
      ['note', 'a-001234', 15],
    ]);
    const deleted = added.map((a) => (a.id === 'a-001234' ? { ...a, deletedAt: '2024-01-03T00:00:00.000Z' } : a));
    expect(found({ paragraphs, annotations: deleted }, 'harbour')).toEqual([['note', 'a-005000', 3]]);
    // The first data set still answers as it did.
    expect(found(data, 'harbour')).toEqual([]);
  });

  it('cites a note by its paragraph in the paragraphs it is searched with', () => {
    const annotations = [annotation(1, 'check 民生')];
    expect(searchAll({ paragraphs, annotations }, '民生')[0]!.citation).toBe('I ¶1');
    const revised = paragraphs.map((p) => (p.id === 'p1' ? { ...p, citation: 'II ¶4' } : p));
    expect(searchAll({ paragraphs: revised, annotations }, '民生')[0]!.citation).toBe('II ¶4');
  });
});
