import { describe, expect, it } from 'vitest';
import type { AnnotationFate, Comparison } from '../../../shared/compare/comparison-schema';
import { fatesOfRow, reviewQueue, visibleRows } from './review-queue';

const place = (paragraphId: string, start: number) => ({ paragraphId, citation: 'I ¶1', start, end: start + 4, text: 'text' });
function fate(id: string, status: AnnotationFate['status'], fateName: AnnotationFate['fate'], at: number, kept = false): AnnotationFate {
  return {
    annotationId: `a-${id}`,
    kind: 'question',
    note: '',
    quote: 'text',
    status,
    fate: fateName,
    was: place('p-old', at),
    now: status === 'orphaned' ? null : place('p-new', at),
    segments: [],
    kept,
  };
}
function comparison(annotations: AnnotationFate[], current = true): Comparison {
  return {
    documentId: 'doc',
    title: 'Report',
    from: { version: 1, current: false },
    to: { version: 2, current },
    rows: [
      { kind: 'same', old: { id: 'p-a', citation: 'I ¶1', text: 'a' }, new: { id: 'p-a', citation: 'I ¶1', text: 'a' }, segments: [] },
      {
        kind: 'changed',
        old: { id: 'p-old', citation: 'I ¶2', text: 'b' },
        new: { id: 'p-new', citation: 'I ¶2', text: 'c' },
        segments: [],
      },
    ],
    sections: [],
    annotations,
    counts: { changed: 1, moved: 0, removed: 0, added: 0 },
  };
}

describe('reviewQueue', () => {
  const fates = [
    fate('exact01', 'exact', 'exact', 5),
    fate('orphan1', 'orphaned', 'orphaned', 30),
    fate('fuzzy01', 'fuzzy', 'changed', 10),
  ];

  it('lists fuzzy and orphaned annotations in reading order, not the exact ones', () => {
    expect(reviewQueue(comparison(fates)).map((f) => f.annotationId)).toEqual(['a-fuzzy01', 'a-orphan1']);
  });

  it('drops an orphan the deputy kept, and has nothing to review when the newer side is not the current version', () => {
    const keptOrphan = [fates[0]!, fate('orphan1', 'orphaned', 'orphaned', 30, true), fates[2]!];
    expect(reviewQueue(comparison(keptOrphan)).map((f) => f.annotationId)).toEqual(['a-fuzzy01']);
    expect(reviewQueue(comparison(fates, false))).toEqual([]);
  });
});

describe('visibleRows and fatesOfRow', () => {
  it('"only changed paragraphs" hides the unchanged rows but keeps their positions', () => {
    const rows = comparison([]).rows;
    expect(visibleRows(rows, true).map((r) => r.index)).toEqual([1]);
    expect(visibleRows(rows, false).map((r) => r.index)).toEqual([0, 1]);
  });

  it('marks an annotation beside the paragraph it sits on, an orphan beside the one it was on', () => {
    const fates = [fate('fuzzy01', 'fuzzy', 'changed', 10), fate('orphan1', 'orphaned', 'orphaned', 30)];
    const changedRow = comparison(fates).rows[1]!;
    expect(fatesOfRow(changedRow, fates).map((f) => f.annotationId)).toEqual(['a-fuzzy01', 'a-orphan1']);
    expect(fatesOfRow(comparison(fates).rows[0]!, fates)).toEqual([]);
  });
});
