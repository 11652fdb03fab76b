import { type Satisfaction, type Submission } from '../domain/submission';
import { hasReply, submissionStatus, type SubmissionStatus } from './reminders';

type Rated = Record<Satisfaction | 'unrated', number>;
export interface YearCounts {
  total: number;
  suggestions: number;
  proposals: number;
  replied: number;
  awaiting: number;
  overdue: number;
  category: { A: number; B: number; C: number; D: number };
  handling: Rated;
  result: Rated;
  rehandling: number;
  promises: number;
  promisesDone: number;
}
export interface YearSummary {
  year: number;
  /** The day the counts hold for (due dates are measured against it). */
  today: string;
  items: (Submission & { status: SubmissionStatus })[];
  counts: YearCounts;
}

/** The year a submission belongs to: its submission date's, or the day it was recorded when that date is blank. */
export function submissionYear(s: Pick<Submission, 'submittedOn' | 'createdAt'>): number {
  return Number((s.submittedOn || s.createdAt).slice(0, 4));
}

export function submissionYears(all: readonly Submission[]): number[] {
  return [...new Set(all.map(submissionYear))].sort((a, b) => b - a);
}

const rated = (values: readonly (Satisfaction | null)[]): Rated => {
  const counts: Rated = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, unrated: 0 };
  for (const v of values) counts[v ?? 'unrated'] += 1;
  return counts;
};
const order = (s: Submission) => `${s.submittedOn || s.createdAt.slice(0, 10)}|${s.createdAt}`;

/** The deputy's record of `year` (履职记录): every suggestion and proposal submitted in it, with its handling, and the totals, as of `today`. */
export function summarizeYear(all: readonly Submission[], year: number, today: string): YearSummary {
  const items = all
    .filter((s) => submissionYear(s) === year)
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((s) => ({ ...s, status: submissionStatus(s, today) }));
  const count = (test: (s: (typeof items)[number]) => boolean) => items.filter(test).length;
  const promises = items.flatMap((s) => s.promises);
  return {
    year,
    today,
    items,
    counts: {
      total: items.length,
      suggestions: count((s) => s.kind === 'suggestion'),
      proposals: count((s) => s.kind === 'proposal'),
      replied: count(hasReply),
      awaiting: count((s) => s.status.awaitingReply),
      overdue: count((s) => s.status.overdue),
      category: {
        A: count((s) => s.category === 'A'),
        B: count((s) => s.category === 'B'),
        C: count((s) => s.category === 'C'),
        D: count((s) => s.category === 'D'),
      },
      handling: rated(items.map((s) => s.handlingSatisfaction)),
      result: rated(items.map((s) => s.resultSatisfaction)),
      rehandling: count((s) => s.rehandlingRequestedOn !== ''),
      promises: promises.length,
      promisesDone: promises.filter((p) => p.doneOn !== '').length,
    },
  };
}
