import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import { NO_FILTER } from './annotation-filters';
import { panelGroups } from './annotation-groups';

function annotation(id: string, documentId: string, start: number, patch: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId,
    kind: 'question',
    note: '',
    tags: [],
    target: {
      paragraphId: `${documentId}-p${start}`,
      position: { start, end: start + 2 },
      quote: { exact: `quote ${id}`, prefix: '', suffix: '' },
    },
    status: 'exact',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    ...patch,
  };
}

const card = (a: Annotation) => ({ annotation: a, citation: `cite ${a.id}` });

describe('panelGroups', () => {
  const open = {
    documentId: 'work',
    title: 'Work report',
    annotations: [card(annotation('w2', 'work', 50)), card(annotation('w1', 'work', 5))],
  };
  const others = [
    { documentId: 'work', title: 'Work report (stale copy)', annotations: [card(annotation('stale', 'work', 1))] },
    { documentId: 'plan', title: '计划报告', annotations: [card(annotation('p1', 'plan', 3, { note: '粮食' }))] },
    { documentId: 'budget', title: 'Budget', annotations: [] },
  ];

  it('puts the open document first, then the others, in reading order, with each card’s citation', () => {
    const groups = panelGroups(open, others, NO_FILTER, () => 'I');
    expect(groups.map((g) => [g.documentId, g.open, g.cards.map((c) => `${c.annotation.id}:${c.citation}`)])).toEqual([
      ['work', true, ['w1:cite w1', 'w2:cite w2']],
      ['plan', false, ['p1:cite p1']],
    ]);
  });

  it('applies the text filter to every document, and a section filter (the open document’s) leaves the others out', () => {
    expect(panelGroups(open, others, { ...NO_FILTER, text: '粮食' }, () => 'I').map((g) => g.documentId)).toEqual(['plan']);
    expect(panelGroups(open, others, { ...NO_FILTER, section: 'I' }, () => 'I').map((g) => g.documentId)).toEqual(['work']);
  });
});
