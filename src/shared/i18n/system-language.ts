import type { Language } from '../domain/settings';

/**
 * The language the interface speaks when the deputy has not chosen one: Simplified Chinese when the
 * first language the system (or browser) prefers is Chinese of any form, English otherwise. `tags` are
 * BCP 47 tags, most preferred first (Electron's preferred system languages, an Accept-Language header
 * split by preference, or the OS locale).
 */
export function languageOfSystem(tags: readonly string[]): Language {
  const first = tags.map((tag) => tag.trim()).find((tag) => tag !== '' && tag !== '*');
  return first !== undefined && /^zh(?:[-_]|$)/i.test(first) ? 'zh-CN' : 'en';
}

/** The tags of an Accept-Language header, most preferred first (by q, then order). */
export function acceptLanguageTags(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
