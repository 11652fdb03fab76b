import type { Language } from '../../shared/domain/settings';

/** The UI language for a system locale such as `zh-CN`, `zh-Hant-TW` or `en-GB`: Chinese for any `zh*`, else English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return locale && /^zh(?:[-_]|$)/i.test(locale.trim()) ? 'zh-CN' : 'en';
}

/** The deputy's choice when there is one (`null` means "follow the system"), else the system locale's language. */
export function resolveLanguage(chosen: Language | null, systemLocale: string | null | undefined): Language {
  return chosen ?? languageFromLocale(systemLocale);
}
