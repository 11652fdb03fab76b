import type { SubmissionStatus } from './reminders';

export const SUBMISSION_FILTERS = ['all', 'overdue', 'awaiting', 'dissatisfied'] as const;
export type SubmissionFilter = (typeof SUBMISSION_FILTERS)[number];

type Flags = Pick<SubmissionStatus, 'overdue' | 'awaitingReply' | 'dissatisfied'>;
const TESTS: Record<SubmissionFilter, (s: Flags) => boolean> = {
  all: () => true,
  overdue: (s) => s.overdue,
  awaiting: (s) => s.awaitingReply,
  dissatisfied: (s) => s.dissatisfied,
};

/** The rows a filter of the list shows, in their order. */
export function filterSubmissions<T extends { status: Flags }>(rows: readonly T[], filter: SubmissionFilter): T[] {
  return rows.filter((row) => TESTS[filter](row.status));
}

/** How many rows each filter shows (the filter buttons' counts). */
export function filterCounts(rows: readonly { status: Flags }[]): Record<SubmissionFilter, number> {
  const counts = { all: 0, overdue: 0, awaiting: 0, dissatisfied: 0 };
  for (const filter of SUBMISSION_FILTERS) counts[filter] = filterSubmissions(rows, filter).length;
  return counts;
}
