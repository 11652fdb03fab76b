import type { SubmissionFields } from '../domain/submission';
import { daysBetween, rehandlingDueOn, replyDueOn } from './due-dates';

/** A reminder shows this many days before a due date (and stays once it is past). */
export const DUE_SOON_DAYS = 14;

export type ReminderKind = 'reply' | 'rehandling' | 'promise';
export interface Reminder {
  kind: ReminderKind;
  dueOn: string;
  /** Days left until the due date; negative once it is past. */
  days: number;
  overdue: boolean;
  /** For a promised action: which one, and what it promises. */
  promiseId?: string;
  text?: string;
}

export interface SubmissionStatus {
  replyDueOn: string;
  rehandlingDueOn: string;
  reminders: Reminder[];
  /** No reply recorded yet, or a re-handling asked for and not yet answered. */
  awaitingReply: boolean;
  overdue: boolean;
  /** Dissatisfied (不满意) with the handling or with the result. */
  dissatisfied: boolean;
}

/** A reply counts as recorded once it has a date or a category. */
export const hasReply = (s: Pick<SubmissionFields, 'repliedOn' | 'category'>): boolean => s.repliedOn !== '' || s.category !== null;

function reminder(kind: ReminderKind, dueOn: string, today: string): Reminder | null {
  if (dueOn === '') return null;
  const days = daysBetween(today, dueOn);
  return days > DUE_SOON_DAYS ? null : { kind, dueOn, days, overdue: days < 0 };
}

/** What is due within DUE_SOON_DAYS of `today` (YYYY-MM-DD) or already past, and still open: the reply, the re-handled reply, promised actions. */
export function remindersOf(s: SubmissionFields, today: string): Reminder[] {
  const found: Reminder[] = [];
  const reply = hasReply(s) ? null : reminder('reply', replyDueOn(s), today);
  if (reply) found.push(reply);
  const rehandling = s.rehandlingRepliedOn === '' ? reminder('rehandling', rehandlingDueOn(s), today) : null;
  if (rehandling) found.push(rehandling);
  for (const p of s.promises) {
    const due = p.doneOn === '' ? reminder('promise', p.dueOn, today) : null;
    if (due) found.push({ ...due, promiseId: p.id, text: p.text });
  }
  return found;
}

/** Everything the list shows of a submission on `today`. */
export function submissionStatus(s: SubmissionFields, today: string): SubmissionStatus {
  const reminders = remindersOf(s, today);
  return {
    replyDueOn: replyDueOn(s),
    rehandlingDueOn: rehandlingDueOn(s),
    reminders,
    awaitingReply: !hasReply(s) || (s.rehandlingRequestedOn !== '' && s.rehandlingRepliedOn === ''),
    overdue: reminders.some((r) => r.overdue),
    dissatisfied: s.handlingSatisfaction === 'dissatisfied' || s.resultSatisfaction === 'dissatisfied',
  };
}
