/** How much of a date to spell out: `medium` in lists (Nov 27, 2026), `long` in sentences and the data dialog. */
export type DateLength = 'medium' | 'long';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment (a Date or a stored ISO string) as the deputy reads it: the date and time written the
 * way the UI language (i18next's `language`) writes them, in the local time zone unless one is
 * given. Every date the renderer shows goes through here.
 */
export function formatDateTime(at: Date | string, language: string, length: DateLength = 'medium', timeZone?: string): string {
  const key = `${language}|${length}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: length, timeStyle: 'short', timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(typeof at === 'string' ? new Date(at) : at);
}
