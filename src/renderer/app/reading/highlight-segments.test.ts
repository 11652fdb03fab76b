import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import { highlightsByParagraph, segmentText, type HighlightRange } from './highlight-segments';

const range = (id: string, start: number, end: number): HighlightRange => ({
  annotationId: id,
  kind: 'question',
  start,
  end,
  endsHere: true,
});

describe('segmentText', () => {
  it('returns one plain segment without highlights', () => {
    expect(segmentText(10, [])).toEqual([{ start: 0, end: 10, ranges: [] }]);
  });

  it('splits overlapping highlights at every boundary', () => {
    const a = range('a', 2, 6);
    const b = range('b', 4, 8);
    const segments = segmentText(10, [a, b]);
    expect(segments.map((s) => [s.start, s.end, s.ranges.map((r) => r.annotationId).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'a+b'],
      [6, 8, 'b'],
      [8, 10, ''],
    ]);
  });

  it('handles nested and identical ranges, and ranges at the edges', () => {
    const segments = segmentText(5, [range('a', 0, 5), range('b', 0, 5), range('c', 1, 2)]);
    expect(segments.map((s) => [s.start, s.end, s.ranges.length])).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 5, 2],
    ]);
  });
});

function annotation(id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId: 'd',
    kind: 'concern',
    note: '',
    tags: [],
    target: { paragraphId: 'p1', position: { start, end }, quote: { exact: 'x', prefix: '', suffix: '' } },
    status: 'exact',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: null,
    ...extra,
  };
}

// "aaaaaaaaaa\n\nbbbbbbbbbb\n\ncccccccccc"
const spans = [
  { id: 'p1', citation: '1', start: 0, end: 10 },
  { id: 'p2', citation: '2', start: 12, end: 22 },
  { id: 'p3', citation: '3', start: 24, end: 34 },
];

describe('highlightsByParagraph', () => {
  it('splits an annotation across the paragraphs it spans', () => {
    const map = highlightsByParagraph([annotation('a-1', 5, 26)], spans);
    expect(map.get('p1')).toEqual([{ annotationId: 'a-1', kind: 'concern', start: 5, end: 10, endsHere: false }]);
    expect(map.get('p2')).toEqual([{ annotationId: 'a-1', kind: 'concern', start: 0, end: 10, endsHere: false }]);
    expect(map.get('p3')).toEqual([{ annotationId: 'a-1', kind: 'concern', start: 0, end: 2, endsHere: true }]);
  });

  it('leaves out orphaned and deleted annotations', () => {
    const map = highlightsByParagraph(
      [annotation('a-1', 0, 3, { status: 'orphaned' }), annotation('a-2', 0, 3, { deletedAt: '2024-01-02T00:00:00.000Z' })],
      spans,
    );
    expect(map.size).toBe(0);
  });

  it('keeps the same array for paragraphs whose highlights did not change', () => {
    const first = highlightsByParagraph([annotation('a-1', 0, 3), annotation('a-2', 13, 15)], spans);
    const second = highlightsByParagraph([annotation('a-1', 0, 3), annotation('a-2', 13, 16)], spans, first);
    expect(second.get('p1')).toBe(first.get('p1'));
    expect(second.get('p2')).not.toBe(first.get('p2'));
  });
});
