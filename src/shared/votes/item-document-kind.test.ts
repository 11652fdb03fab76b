import { describe, expect, it } from 'vitest';
import { defaultDocumentFor, documentKindForItem } from './item-document-kind';

const doc = (id: string, kind: 'work-report' | 'plan-report' | 'budget-report' | 'other', addedAt = '2024-01-01T00:00:00.000Z') => ({
  id,
  kind,
  addedAt,
});

describe('the document a vote item picker opens on', () => {
  it('matches the three report resolutions to their kinds and nothing else', () => {
    expect(documentKindForItem({ defaultKey: 'governmentWorkReport' })).toBe('work-report');
    expect(documentKindForItem({ defaultKey: 'planReport' })).toBe('plan-report');
    expect(documentKindForItem({ defaultKey: 'budgetReport' })).toBe('budget-report');
    expect(documentKindForItem({ defaultKey: 'courtReport' })).toBeNull();
    expect(documentKindForItem({ defaultKey: null })).toBeNull();
  });

  it('opens the plan report for the plan resolution although the work report is open', () => {
    expect(defaultDocumentFor({ defaultKey: 'planReport' }, [doc('work', 'work-report'), doc('plan', 'plan-report')], 'work')).toBe('plan');
  });

  it('prefers the open document among several of the kind, else the newest', () => {
    const docs = [
      doc('plan-a', 'plan-report', '2024-01-01T00:00:00.000Z'),
      doc('plan-b', 'plan-report', '2024-03-01T00:00:00.000Z'),
      doc('work', 'work-report'),
    ];
    expect(defaultDocumentFor({ defaultKey: 'planReport' }, docs, 'plan-a')).toBe('plan-a');
    expect(defaultDocumentFor({ defaultKey: 'planReport' }, docs, 'work')).toBe('plan-b');
  });

  it('falls back to the open document when none matches, then to the first listed', () => {
    expect(defaultDocumentFor({ defaultKey: 'budgetReport' }, [doc('work', 'work-report'), doc('notes', 'other')], 'notes')).toBe('notes');
    expect(defaultDocumentFor({ defaultKey: null }, [doc('work', 'work-report')], 'gone')).toBe('work');
    expect(defaultDocumentFor({ defaultKey: null }, [], 'gone')).toBeNull();
  });
});
