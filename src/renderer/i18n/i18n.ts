import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/settings';
import en from './en.json';
import zhCN from './zh-CN.json';

export const catalogues = { en, 'zh-CN': zhCN } as const satisfies Record<Language, typeof en>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Starts i18next with both catalogues bundled (no loading, so the first render is already translated). */
export function initI18n(language: Language): i18n {
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en },
      'zh-CN': { translation: zhCN },
    },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  applyDocumentLanguage(language);
  return i18next;
}

/** Switches the UI language at run time and tells the browser (fonts, screen readers) through `<html lang>`. */
export async function switchLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}
