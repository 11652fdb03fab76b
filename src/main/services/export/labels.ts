/**
 * The words a document prints, in the document's own language (not the interface's): a Chinese draft
 * exported from an English interface is still a Chinese document.
 */
import type { AnnotationKind } from '../../../shared/domain/annotation';
import type { DraftKind } from '../../../shared/domain/draft';
import type { Language } from '../../../shared/domain/settings';
import { translator } from '../../../shared/i18n/shared-i18n';

export interface ExportLabels {
  readonly kind: Record<DraftKind, string>;
  /** The proposal number, left blank for the congress secretariat to fill in. */
  readonly blankNumber: string;
  readonly reasons: Record<DraftKind, string>;
  readonly basis: Record<DraftKind, string>;
  readonly measures: Record<DraftKind, string>;
  readonly citations: string;
  readonly leadDeputy: string;
  /** The deputy who puts forward a suggestion. */
  readonly deputy: string;
  readonly delegation: string;
  readonly coSigners: string;
  readonly serial: string;
  readonly name: string;
  readonly deputyNumber: string;
  /** The deputy number's column header, short enough for one line. */
  readonly deputyNumberShort: string;
  readonly signature: string;
  readonly contact: string;
  readonly date: string;
  /** The heading of a legislative proposal's attached draft text. */
  readonly attachedDraft: string;
  /** "label: value" with the language's colon. */
  readonly field: (label: string, value: string) => string;
  /** "label (n)", as the co-signers' heading with their count. */
  readonly counted: (label: string, n: number) => string;
  /** Joins a list of names. */
  readonly list: (items: readonly string[]) => string;
  /** The parenthesised source of a quote. */
  readonly source: (citation: string, documentTitle: string) => string;
  readonly quote: (text: string) => string;
  /** A quote followed by its source. */
  readonly cited: (quote: string, source: string) => string;
  /** Heading numbers: 一、 / I. for the nth (1-based) section. */
  readonly sectionNumber: (n: number) => string;
  readonly measureNumber: (n: number) => string;
  readonly notes: NotesLabels;
}

export interface NotesLabels {
  readonly title: (documentTitle: string) => string;
  readonly kind: Record<AnnotationKind, string>;
  readonly passage: string;
  readonly note: string;
  readonly tags: string;
  readonly orphaned: string;
  readonly preamble: string;
  readonly none: string;
  /** Which text the notes cite (citations change between versions) and when they were exported. */
  readonly edition: (version: number, versionDate: string, exportDate: string) => string;
}

export { chineseNumeral, romanNumeral } from '../../../shared/i18n/numerals';
import { chineseNumeral, romanNumeral } from '../../../shared/i18n/numerals';

const withoutBookMarks = (title: string) => title.replace(/^《(.*)》$/, '$1');

/** Builds the labels of `language` from the `export` catalogue (src/shared/i18n/export, section "draft" and "notes"). */
function labelsFrom(language: Language): ExportLabels {
  const t = translator(language, 'export', 'draft');
  const n = translator(language, 'export', 'notes');
  const numeral = language === 'zh-CN' ? chineseNumeral : romanNumeral;
  const byKind = (key: string): Record<DraftKind, string> => ({ proposal: t(`${key}.proposal`), suggestion: t(`${key}.suggestion`) });
  const words = [
    'citations',
    'leadDeputy',
    'deputy',
    'delegation',
    'coSigners',
    'serial',
    'name',
    'deputyNumber',
    'deputyNumberShort',
    'signature',
    'contact',
    'date',
    'attachedDraft',
  ] as const;
  return {
    kind: byKind('kind'),
    blankNumber: t('blankNumber'),
    reasons: byKind('reasons'),
    basis: byKind('basis'),
    measures: byKind('measures'),
    ...(Object.fromEntries(words.map((key) => [key, t(key)])) as Record<(typeof words)[number], string>),
    field: (label, value) => t('field', { label, value }),
    counted: (label, count) => t('counted', { label, n: count }),
    list: (items) => items.join(t('listSeparator')),
    source: (citation, documentTitle) => {
      const title = withoutBookMarks(documentTitle);
      return t(documentTitle === '' ? 'source.citation' : citation === '' ? 'source.title' : 'source.both', { citation, title });
    },
    quote: (text) => t('quote', { text }),
    cited: (quote, source) => t('cited', { quote, source }),
    sectionNumber: (i) => t('sectionNumber', { numeral: numeral(i) }),
    measureNumber: (i) => t('measureNumber', { n: i }),
    notes: {
      title: (documentTitle) => n('title', { title: language === 'zh-CN' ? withoutBookMarks(documentTitle) : documentTitle }),
      kind: { question: n('kind.question'), support: n('kind.support'), concern: n('kind.concern'), verify: n('kind.verify') },
      passage: n('passage'),
      note: n('note'),
      tags: n('tags'),
      orphaned: n('orphaned'),
      preamble: n('preamble'),
      none: n('none'),
      edition: (version, versionDate, exportDate) => n('edition', { version, versionDate, exportDate }),
    },
  };
}

const LABELS: Record<Language, ExportLabels> = { en: labelsFrom('en'), 'zh-CN': labelsFrom('zh-CN') };

export function labelsFor(language: Language): ExportLabels {
  return LABELS[language];
}

/** The calendar date of `instant` where the deputy is, as "YYYY-MM-DD" (shared with the print sheets). */
export { localIsoDate } from '../../../shared/i18n/local-iso-date';

/** Dates as a document prints them (shared with the voting notes). */
export { formatDocumentDate } from '../../../shared/i18n/document-date';
