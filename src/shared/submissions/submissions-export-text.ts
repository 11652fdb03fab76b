import type { Adoption, ReplyCategory, Satisfaction } from '../domain/submission';
import type { Language } from '../domain/settings';
import { translator, type Translate } from '../i18n/shared-i18n';

/** The words of the yearly record, in the document's language, from the `export` catalogue's "submissions" section. */
export interface SubmissionsExportText {
  t: Translate;
  category: (c: ReplyCategory) => string;
  categoryShort: (c: ReplyCategory) => string;
  adoption: (a: Adoption) => string;
  satisfaction: (s: Satisfaction) => string;
}

const TEXTS = new Map<Language, SubmissionsExportText>();

export function submissionsExportText(language: Language): SubmissionsExportText {
  const cached = TEXTS.get(language);
  if (cached) return cached;
  const t = translator(language, 'export', 'submissions');
  const text: SubmissionsExportText = {
    t,
    category: (c) => t(`category.${c}`),
    categoryShort: (c) => t(`categoryShort.${c}`),
    adoption: (a) => t(`adoption.${a}`),
    satisfaction: (s) => t(`satisfaction.${s}`),
  };
  TEXTS.set(language, text);
  return text;
}
