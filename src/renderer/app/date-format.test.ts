import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-format';

describe('dates in the UI language', () => {
  const at = '2026-11-27T10:05:00.000Z';

  it('shows a date and time the way the UI language writes them', () => {
    expect(formatDateTime(at, 'en', 'medium', 'UTC')).toMatch(/^Nov 27, 2026, 10:05\sAM$/);
    expect(formatDateTime(at, 'zh-CN', 'medium', 'UTC')).toBe('2026年11月27日 10:05');
    expect(formatDateTime(at, 'en', 'long', 'UTC')).toMatch(/^November 27, 2026 at 10:05\sAM$/);
    expect(formatDateTime(at, 'zh-CN', 'long', 'UTC')).toBe('2026年11月27日 10:05');
  });

  it('reads a stored ISO string and a Date alike, in the given time zone', () => {
    expect(formatDateTime(new Date(at), 'zh-CN', 'medium', 'Asia/Shanghai')).toBe('2026年11月27日 18:05');
    expect(formatDateTime(at, 'zh-CN', 'medium', 'Asia/Shanghai')).toBe('2026年11月27日 18:05');
  });

  it('follows a change of language (no formatter kept for the wrong one)', () => {
    expect(formatDateTime(at, 'en', 'medium', 'UTC')).toContain('Nov');
    expect(formatDateTime(at, 'zh-CN', 'medium', 'UTC')).toContain('年');
    expect(formatDateTime(at, 'en', 'medium', 'UTC')).toContain('Nov');
  });
});
