import { describe, expect, it } from 'vitest';
import { EMPTY_SUBMISSION_FIELDS, type SubmissionFields } from '../domain/submission';
import { DUE_SOON_DAYS, remindersOf, submissionStatus } from './reminders';

const fields = (change: Partial<SubmissionFields>): SubmissionFields => ({ ...EMPTY_SUBMISSION_FIELDS, ...change });
const promise = (id: string, dueOn: string, doneOn = '') => ({ id, text: `action ${id}`, dueOn, doneOn, note: '' });

describe('reminders: a reply, a re-handling or a promised action due soon or past due', () => {
  const assigned = fields({ assignedOn: '2026-03-10' }); // due 2026-06-10

  it('nothing to remind of long before the due date', () => {
    expect(remindersOf(assigned, '2026-04-01')).toEqual([]);
  });
  it(`reminds ${DUE_SOON_DAYS} days before the reply is due, with the days left`, () => {
    expect(remindersOf(assigned, '2026-05-26')).toEqual([]);
    expect(remindersOf(assigned, '2026-05-27')).toEqual([{ kind: 'reply', dueOn: '2026-06-10', days: 14, overdue: false }]);
    expect(remindersOf(assigned, '2026-06-10')).toEqual([{ kind: 'reply', dueOn: '2026-06-10', days: 0, overdue: false }]);
  });
  it('past the due date without a reply: overdue', () => {
    expect(remindersOf(assigned, '2026-06-11')).toEqual([{ kind: 'reply', dueOn: '2026-06-10', days: -1, overdue: true }]);
  });
  it('an extension moves the reminder', () => {
    expect(remindersOf(fields({ assignedOn: '2026-03-10', replyMonths: 6 }), '2026-06-11')).toEqual([]);
  });
  it('once the reply is recorded, its reminder goes', () => {
    expect(remindersOf(fields({ assignedOn: '2026-03-10', repliedOn: '2026-06-20', category: 'C' }), '2026-07-01')).toEqual([]);
  });
  it('a re-handling request is due within a month; a promised action by its date until it is done', () => {
    const s = fields({
      assignedOn: '2026-03-10',
      repliedOn: '2026-05-01',
      rehandlingRequestedOn: '2026-05-10',
      promises: [promise('p-aaaaaa', '2026-06-01'), promise('p-bbbbbb', '2026-06-01', '2026-05-30'), promise('p-cccccc', '2026-12-01')],
    });
    expect(remindersOf(s, '2026-06-02')).toEqual([
      { kind: 'rehandling', dueOn: '2026-06-10', days: 8, overdue: false },
      { kind: 'promise', dueOn: '2026-06-01', days: -1, overdue: true, promiseId: 'p-aaaaaa', text: 'action p-aaaaaa' },
    ]);
  });
});

describe('the status the list shows and filters by', () => {
  it('awaiting a reply until one is recorded, and again while a re-handling is pending', () => {
    expect(submissionStatus(fields({}), '2026-01-01').awaitingReply).toBe(true);
    expect(submissionStatus(fields({ repliedOn: '2026-05-01', category: 'A' }), '2026-06-01').awaitingReply).toBe(false);
    expect(submissionStatus(fields({ category: 'B' }), '2026-06-01').awaitingReply).toBe(false);
    const rehandling = fields({ repliedOn: '2026-05-01', category: 'C', rehandlingRequestedOn: '2026-05-10' });
    expect(submissionStatus(rehandling, '2026-05-20').awaitingReply).toBe(true);
    expect(submissionStatus({ ...rehandling, rehandlingRepliedOn: '2026-06-01' }, '2026-06-02').awaitingReply).toBe(false);
  });
  it('dissatisfied with the handling or with the result', () => {
    expect(submissionStatus(fields({ handlingSatisfaction: 'dissatisfied' }), '2026-01-01').dissatisfied).toBe(true);
    expect(submissionStatus(fields({ resultSatisfaction: 'dissatisfied' }), '2026-01-01').dissatisfied).toBe(true);
    expect(submissionStatus(fields({ resultSatisfaction: 'basicallySatisfied' }), '2026-01-01').dissatisfied).toBe(false);
  });
  it('overdue, with the due dates it was worked out from', () => {
    const status = submissionStatus(fields({ assignedOn: '2026-11-30' }), '2027-03-01');
    expect(status).toMatchObject({ replyDueOn: '2027-02-28', overdue: true, awaitingReply: true });
  });
});
