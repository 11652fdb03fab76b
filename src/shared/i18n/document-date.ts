import type { Language } from '../domain/settings';

/** How a document prints dates: 2024年1月30日 (公文 dates use Arabic numerals since 2012), 30 January 2024. */
const DATE_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/**
 * "2024-01-30" → 2024年1月30日 / 30 January 2024; "2024-12" → 2024年12月 / December 2024; "2024" → 2024年 / 2024;
 * anything else → ''. Through Intl.DateTimeFormat, read as a calendar date (no time zone shifts it).
 */
export function formatDocumentDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(isoDate);
  if (!match) return '';
  const [, year, month, day] = match;
  const instant = Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
  const fields: Intl.DateTimeFormatOptions = { year: 'numeric', ...(month ? { month: 'long' } : {}), ...(day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(DATE_LOCALE[language], { ...fields, timeZone: 'UTC' }).format(instant);
}
