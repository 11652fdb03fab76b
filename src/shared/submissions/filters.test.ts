import { describe, expect, it } from 'vitest';
import { filterCounts, filterSubmissions } from './filters';

const row = (id: string, s: { overdue?: boolean; awaitingReply?: boolean; dissatisfied?: boolean }) => ({
  id,
  status: { overdue: false, awaitingReply: false, dissatisfied: false, ...s },
});
const rows = [
  row('late', { overdue: true, awaitingReply: true }),
  row('waiting', { awaitingReply: true }),
  row('unhappy', { dissatisfied: true }),
  row('done', {}),
];

describe('the list filters: overdue, awaiting reply, dissatisfied', () => {
  it('each keeps only its rows; "all" keeps every one', () => {
    expect(filterSubmissions(rows, 'all').map((r) => r.id)).toEqual(['late', 'waiting', 'unhappy', 'done']);
    expect(filterSubmissions(rows, 'overdue').map((r) => r.id)).toEqual(['late']);
    expect(filterSubmissions(rows, 'awaiting').map((r) => r.id)).toEqual(['late', 'waiting']);
    expect(filterSubmissions(rows, 'dissatisfied').map((r) => r.id)).toEqual(['unhappy']);
  });
  it('counts what each filter would show', () => {
    expect(filterCounts(rows)).toEqual({ all: 4, overdue: 1, awaiting: 2, dissatisfied: 1 });
  });
});
