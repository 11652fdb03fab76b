import { describe, expect, it } from 'vitest';
import { daysBetween, rehandlingDueOn, replyDueOn } from './due-dates';

describe('the reply due date: 3 months after assignment, up to 6 when extended', () => {
  it('falls on the same day three months on', () => {
    expect(replyDueOn({ assignedOn: '2026-03-10', replyMonths: 3 })).toBe('2026-06-10');
  });
  it('crosses the year end', () => {
    expect(replyDueOn({ assignedOn: '2026-10-15', replyMonths: 3 })).toBe('2027-01-15');
  });
  it('assigned 30 November: due on the last day of February, 28th or 29th (leap year)', () => {
    expect(replyDueOn({ assignedOn: '2026-11-30', replyMonths: 3 })).toBe('2027-02-28');
    expect(replyDueOn({ assignedOn: '2027-11-30', replyMonths: 3 })).toBe('2028-02-29');
  });
  it('assigned 31 March, extended to 6 months: due 30 September', () => {
    expect(replyDueOn({ assignedOn: '2026-03-31', replyMonths: 6 })).toBe('2026-09-30');
    expect(replyDueOn({ assignedOn: '2026-03-31', replyMonths: 3 })).toBe('2026-06-30');
  });
  it('has no due date before the assignment date is known', () => {
    expect(replyDueOn({ assignedOn: '', replyMonths: 3 })).toBe('');
  });
});

describe('a re-handling request is answered within one month', () => {
  it('31 January → the last day of February', () => {
    expect(rehandlingDueOn({ rehandlingRequestedOn: '2027-01-31' })).toBe('2027-02-28');
  });
  it('none requested, none due', () => {
    expect(rehandlingDueOn({ rehandlingRequestedOn: '' })).toBe('');
  });
});

describe('days between calendar dates', () => {
  it('counts calendar days whatever the clock change (Europe or China)', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-06-10', '2026-06-01')).toBe(-9);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});
