import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain/annotation';
import { foldText, originalOffset } from './fold-text';
import { contextAround, searchAll } from './search-all';

const paragraphs = [
  { id: 'p1', citation: 'I ¶1', text: 'The GDP grew by 6.3% in 2023, and the Café Economy thrived.' },
  { id: 'p2', citation: 'I ¶2', text: '我们将加快建设创新型城市，推动高质量发展。' },
  { id: 'p3', citation: 'II.1 ¶1', text: 'Innovation, innovation and INNOVATION.' },
];

function annotation(id: string, note: string, tags: string[], deleted = false): Annotation {
  return {
    id,
    documentId: 'doc',
    kind: 'question',
    note,
    tags,
    target: { paragraphId: 'p3', position: { start: 0, end: 5 }, quote: { exact: 'Innov', prefix: '', suffix: '' } },
    status: 'exact',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: deleted ? '2024-01-02T00:00:00.000Z' : null,
  };
}

describe('searchAll', () => {
  it('finds every match in the report, case-insensitively, with offsets in the original text', () => {
    const results = searchAll({ paragraphs, annotations: [] }, 'innovation');
    expect(results.map((r) => [r.paragraphId, r.start, r.end])).toEqual([
      ['p3', 0, 10],
      ['p3', 12, 22],
      ['p3', 27, 37],
    ]);
    expect(results[0]).toMatchObject({ kind: 'report', citation: 'II.1 ¶1', annotationId: null });
  });

  it('ignores diacritics in both directions', () => {
    const a = searchAll({ paragraphs, annotations: [] }, 'cafe economy');
    expect(a).toHaveLength(1);
    expect(paragraphs[0]!.text.slice(a[0]!.start, a[0]!.end)).toBe('Café Economy');
    expect(searchAll({ paragraphs, annotations: [] }, 'CAFÉ')).toHaveLength(1);
  });

  it('works for Chinese text', () => {
    const results = searchAll({ paragraphs, annotations: [] }, '高质量');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ paragraphId: 'p2', start: 15, end: 18 });
  });

  it('finds notes and tags of live annotations, cited by their paragraph', () => {
    const annotations = [
      annotation('a-000001', 'Ask about the Zhapu port budget', ['port', 'budget']),
      annotation('a-000002', 'port deleted', [], true),
    ];
    const results = searchAll({ paragraphs, annotations }, 'port');
    expect(results.map((r) => [r.kind, r.annotationId, r.citation])).toEqual([
      ['note', 'a-000001', 'II.1 ¶1'],
      ['tag', 'a-000001', 'II.1 ¶1'],
    ]);
  });

  it('returns nothing for an empty or blank query, and stops at the limit', () => {
    expect(searchAll({ paragraphs, annotations: [] }, '   ')).toEqual([]);
    expect(searchAll({ paragraphs, annotations: [] }, 'n', { limit: 4 })).toHaveLength(4);
  });

  it('gives context around the match', () => {
    const [result] = searchAll({ paragraphs, annotations: [] }, '6.3%', { contextLength: 10 });
    expect(result!.context.match).toBe('6.3%');
    expect(result!.context.before.endsWith('by ')).toBe(true);
    expect(result!.context.after.startsWith(' in')).toBe(true);
  });

  it('is fast on a large data set once the index is built', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      annotation(`a-${String(i).padStart(6, '0')}`, `Note ${i}: check the figure for road ${i % 97} and the école budget`, [
        `tag${i % 50}`,
      ]),
    );
    const data = { paragraphs, annotations: many };
    searchAll(data, 'warm-up');
    const start = performance.now();
    const results = searchAll(data, 'ecole');
    expect(performance.now() - start).toBeLessThan(100);
    expect(results.length).toBe(500);
  });
});

describe('foldText', () => {
  it('maps folded offsets back to the original text', () => {
    expect(foldText('Ｃafé Ｚürich')).toEqual({ folded: 'cafe zurich', map: null });
    const decomposed = foldText('Cafe\u0301 x');
    expect(decomposed.folded).toBe('cafe x');
    expect(originalOffset(decomposed, 5, 7)).toBe(6);
    const [result] = searchAll({ paragraphs: [{ id: 'p', citation: '', text: 'Cafe\u0301 au lait' }], annotations: [] }, 'café au');
    expect([result!.start, result!.end]).toEqual([0, 8]);
  });
});

describe('contextAround', () => {
  it('marks cut ends with an ellipsis', () => {
    const context = contextAround('one two three four five six seven', 14, 18, 6);
    expect(context.match).toBe('four');
    expect(context.before.startsWith('…')).toBe(true);
    expect(context.after.endsWith('…')).toBe(true);
  });
});
