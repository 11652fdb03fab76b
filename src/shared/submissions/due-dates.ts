/**
 * Calendar arithmetic on "YYYY-MM-DD" dates, through date-fns: `addMonths` keeps the day of the month
 * and, when the target month is shorter, stops at its last day (30 November + 3 months = 28 or 29
 * February), which is how a "within three months" deadline is read.
 */
import { addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { SubmissionFields } from '../domain/submission';

const ISO_DAY = 'yyyy-MM-dd';

/** `iso` plus `months` calendar months, as "YYYY-MM-DD". Date-only strings are read as local midnight, so no time zone shifts the day. */
export function addCalendarMonths(iso: string, months: number): string {
  return format(addMonths(parseISO(iso), months), ISO_DAY);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** When the reply is due: `replyMonths` after assignment; '' until the assignment date is known. */
export function replyDueOn({ assignedOn, replyMonths }: Pick<SubmissionFields, 'assignedOn' | 'replyMonths'>): string {
  return assignedOn === '' ? '' : addCalendarMonths(assignedOn, replyMonths);
}

/** A re-handled reply is due within one month of the request; '' when none was requested. */
export const REHANDLING_MONTHS = 1;
export function rehandlingDueOn({ rehandlingRequestedOn }: Pick<SubmissionFields, 'rehandlingRequestedOn'>): string {
  return rehandlingRequestedOn === '' ? '' : addCalendarMonths(rehandlingRequestedOn, REHANDLING_MONTHS);
}

/** "Today" as a calendar date where the deputy is, from the injected clock's instant. */
export function calendarDay(instant: Date): string {
  return format(instant, ISO_DAY);
}
