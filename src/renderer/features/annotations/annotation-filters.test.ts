import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import { filterAnnotations, isFiltering, NO_FILTER, sortForPanel, tagsInUse } from './annotation-filters';

function annotation(id: string, extra: Partial<Annotation>, paragraphId = 'p1', start = 0): Annotation {
  return {
    id,
    documentId: 'd',
    kind: 'question',
    note: '',
    tags: [],
    target: { paragraphId, position: { start, end: start + 3 }, quote: { exact: 'quoted words', prefix: '', suffix: '' } },
    status: 'exact',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: null,
    ...extra,
  };
}

const list = [
  annotation('a-1', { kind: 'concern', tags: ['Roads', 'budget'], note: 'Ask about the école' }, 'p1', 50),
  annotation('a-2', { kind: 'support', tags: ['budget'] }, 'p2', 10),
  annotation('a-3', { kind: 'concern', deletedAt: '2024-01-02T00:00:00.000Z' }, 'p2'),
  annotation('a-4', { status: 'orphaned', tags: ['roads'] }, 'p3', 0),
];
const sections: Record<string, string> = { p1: 'II.9', p2: 'II.10', p3: 'I.1' };
const sectionOf = (id: string) => sections[id];
const ids = (a: Annotation[]) => a.map((x) => x.id);

describe('filterAnnotations', () => {
  it('leaves out deleted annotations', () => {
    expect(ids(filterAnnotations(list, NO_FILTER, sectionOf))).toEqual(['a-1', 'a-2', 'a-4']);
  });
  it('filters by kind, tag (case-insensitive), section and text', () => {
    expect(ids(filterAnnotations(list, { ...NO_FILTER, kind: 'concern' }, sectionOf))).toEqual(['a-1']);
    expect(ids(filterAnnotations(list, { ...NO_FILTER, tag: 'roads' }, sectionOf))).toEqual(['a-1', 'a-4']);
    expect(ids(filterAnnotations(list, { ...NO_FILTER, section: 'II' }, sectionOf))).toEqual(['a-1', 'a-2']);
    expect(ids(filterAnnotations(list, { ...NO_FILTER, section: 'II.1' }, sectionOf))).toEqual([]);
    expect(ids(filterAnnotations(list, { ...NO_FILTER, text: 'ECOLE' }, sectionOf))).toEqual(['a-1']);
  });
  it('knows when a filter is set', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: ' x ' })).toBe(true);
  });
});

describe('tagsInUse and sortForPanel', () => {
  it('lists tags once, sorted, from live annotations', () => {
    expect(tagsInUse(list)).toEqual(['budget', 'Roads']);
  });
  it('puts placed annotations in reading order, then orphans', () => {
    expect(ids(sortForPanel(list))).toEqual(['a-3', 'a-2', 'a-1', 'a-4']);
  });
});
