import { describe, expect, it } from 'vitest';
import { EMPTY_SUBMISSION_FIELDS, type Submission } from '../domain/submission';
import { submissionYears, summarizeYear } from './year-summary';

let n = 0;
const sub = (change: Partial<Submission>): Submission => ({
  ...EMPTY_SUBMISSION_FIELDS,
  id: `s-test-${String(++n).padStart(4, '0')}`,
  draftId: 'd-abcdef',
  kind: 'suggestion',
  title: `关于第${n}件事的建议`,
  language: 'zh-CN',
  leadDeputy: '王芳',
  delegation: '南湖区代表团',
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
  ...change,
});

describe("the year's record of suggestions and proposals", () => {
  const all = [
    sub({
      submittedOn: '2026-01-20',
      assignedOn: '2026-02-01',
      repliedOn: '2026-04-20',
      category: 'A',
      resultSatisfaction: 'satisfied',
      handlingSatisfaction: 'satisfied',
    }),
    sub({
      submittedOn: '2026-01-21',
      assignedOn: '2026-02-01',
      repliedOn: '2026-04-28',
      category: 'C',
      resultSatisfaction: 'dissatisfied',
      handlingSatisfaction: 'basicallySatisfied',
      rehandlingRequestedOn: '2026-05-02',
    }),
    sub({ submittedOn: '2026-01-22', kind: 'proposal', assignedOn: '2026-02-01' }),
    sub({ submittedOn: '2025-01-22', repliedOn: '2025-04-01', category: 'B' }),
    // Submitted without a date: counted in the year it was recorded.
    sub({
      submittedOn: '',
      createdAt: '2026-03-01T02:00:00.000Z',
      category: 'D',
      promises: [
        { id: 'p-aaaaaa', text: '年内完成改造', dueOn: '2026-10-01', doneOn: '2026-09-20', note: '' },
        { id: 'p-bbbbbb', text: '明年列入计划', dueOn: '2027-03-01', doneOn: '', note: '' },
      ],
    }),
  ];

  it('counts only that year: kinds, replies by category, awaiting and overdue on the given day', () => {
    const summary = summarizeYear(all, 2026, '2026-06-01');
    expect(summary.items.map((s) => s.title)).toEqual(all.filter((_, i) => i !== 3).map((s) => s.title));
    expect(summary.counts).toMatchObject({
      total: 4,
      suggestions: 3,
      proposals: 1,
      replied: 3,
      awaiting: 2, // the proposal (no reply) and the one sent back for re-handling
      overdue: 1, // the proposal, due 2026-05-01
      category: { A: 1, B: 0, C: 1, D: 1 },
      rehandling: 1,
      promises: 2,
      promisesDone: 1,
    });
    expect(summary.counts.result).toEqual({ satisfied: 1, basicallySatisfied: 0, dissatisfied: 1, unrated: 2 });
    expect(summary.counts.handling).toEqual({ satisfied: 1, basicallySatisfied: 1, dissatisfied: 0, unrated: 2 });
  });

  it('items in submission order, each with its due dates', () => {
    const summary = summarizeYear(all, 2026, '2026-06-01');
    expect(summary.items[0]?.status.replyDueOn).toBe('2026-05-01');
    expect(summary.items[1]?.status.rehandlingDueOn).toBe('2026-06-02');
  });

  it('names the years that hold any, newest first', () => {
    expect(submissionYears(all)).toEqual([2026, 2025]);
  });
});
