/**
 * The catalogues of the words the main process says itself (`shell`: menus, dialogs; `errors`: why a
 * change was not saved) and of the words an export prints (`export`: drafts, deliberation notes, voting notes), in English and Simplified
 * Chinese, loaded into an i18next instance of their own. The main process uses it; the renderer keeps
 * its own instance (src/renderer/i18n) and can load these catalogues too, as they are plain JSON here.
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from '../domain/settings';
import errorsEn from './errors/en.json';
import errorsZhCN from './errors/zh-CN.json';
import exportEn from './export/en.json';
import exportZhCN from './export/zh-CN.json';
import shellEn from './shell/en.json';
import shellZhCN from './shell/zh-CN.json';

export const sharedCatalogues = {
  en: { shell: shellEn, export: exportEn, errors: errorsEn },
  'zh-CN': { shell: shellZhCN, export: exportZhCN, errors: errorsZhCN },
} as const;

export type SharedNamespace = keyof (typeof sharedCatalogues)['en'];

/** A translation function of one namespace (and key prefix): key → text, `{{name}}` filled from `values`. */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

let instance: i18n | undefined;

function sharedI18n(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    resources: sharedCatalogues,
    supportedLngs: ['en', 'zh-CN'],
    fallbackLng: 'en',
    ns: ['shell', 'export', 'errors'],
    defaultNS: 'shell',
    initAsync: false, // the catalogues are bundled: translated on the first call
    interpolation: { escapeValue: false }, // DOCX text is escaped by the writer, dialogs are not HTML
    returnNull: false,
  });
  instance = created;
  return created;
}

/** The texts of `namespace` (under `keyPrefix`, e.g. "votes") in `language`. */
export function translator(language: Language, namespace: SharedNamespace, keyPrefix?: string): Translate {
  const i18n = sharedI18n();
  return (key, values) => {
    const fullKey = keyPrefix ? `${keyPrefix}.${key}` : key;
    // The renderer types i18next's keys against its own catalogue; these namespaces are checked by their tests.
    const text: unknown = i18n.t(fullKey as never, { ...values, lng: language, ns: namespace } as never);
    return String(text);
  };
}
