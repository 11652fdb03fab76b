/**
 * The words a document prints, in the document's own language (not the interface's): a Chinese draft
 * exported from an English interface is still a Chinese document.
 */
import type { AnnotationKind } from '../../../shared/domain/annotation';
import type { DraftKind } from '../../../shared/domain/draft';
import type { Language } from '../../../shared/domain/settings';

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

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十 (enough for section counts). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${CHINESE_NUMERALS[n - 11] ?? ''}`;
  if (n < 100) return `${CHINESE_NUMERALS[Math.floor(n / 10) - 1] ?? ''}十${n % 10 ? (CHINESE_NUMERALS[(n % 10) - 1] ?? '') : ''}`;
  return String(n);
}

export function romanNumeral(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let result = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      result += symbol;
      rest -= value;
    }
  }
  return result;
}

const withoutBookMarks = (title: string) => title.replace(/^《(.*)》$/, '$1');

const ZH: ExportLabels = {
  kind: { proposal: '议案', suggestion: '建议' },
  blankNumber: '第\u3000\u3000\u3000号',
  reasons: { proposal: '案由', suggestion: '理由' },
  basis: { proposal: '案据', suggestion: '依据和分析' },
  measures: { proposal: '方案', suggestion: '具体建议' },
  citations: '引用的报告段落',
  leadDeputy: '领衔代表',
  deputy: '提出代表',
  delegation: '代表团',
  coSigners: '附议代表',
  serial: '序号',
  name: '姓名',
  deputyNumber: '代表证号',
  deputyNumberShort: '代表证号',
  signature: '签名',
  contact: '联系方式',
  date: '日期',
  field: (label, value) => `${label}：${value}`,
  counted: (label, n) => `${label}（${n}人）`,
  list: (items) => items.join('、'),
  source: (citation, documentTitle) =>
    `（${[citation, documentTitle ? `《${withoutBookMarks(documentTitle)}》` : ''].filter(Boolean).join('，')}）`,
  quote: (text) => `“${text}”`,
  cited: (quote, source) => `“${quote}”${source}`,
  sectionNumber: (n) => `${chineseNumeral(n)}、`,
  measureNumber: (n) => `${n}.`,
  notes: {
    title: (documentTitle) => `《${withoutBookMarks(documentTitle)}》审议笔记`,
    kind: { question: '疑问', support: '支持', concern: '关切', verify: '核实数据' },
    passage: '原文',
    note: '意见',
    tags: '标签',
    orphaned: '未能定位',
    preamble: '开篇部分',
    none: '没有批注。',
    edition: (version, versionDate, exportDate) => `依据第${version}版文本（${versionDate}），${exportDate}导出`,
  },
};

const EN: ExportLabels = {
  kind: { proposal: 'Proposal', suggestion: 'Suggestion' },
  blankNumber: 'No. ______',
  reasons: { proposal: 'Reasons', suggestion: 'Reasons' },
  basis: { proposal: 'Basis and analysis', suggestion: 'Basis and analysis' },
  measures: { proposal: 'Plan / Measures', suggestion: 'Measures' },
  citations: 'Cited passages of the report',
  leadDeputy: 'Lead deputy',
  deputy: 'Deputy',
  delegation: 'Delegation',
  coSigners: 'Co-signers',
  serial: 'No.',
  name: 'Name',
  deputyNumber: 'Deputy number',
  deputyNumberShort: 'Deputy no.',
  signature: 'Signature',
  contact: 'Contact',
  date: 'Date',
  field: (label, value) => `${label}: ${value}`,
  counted: (label, n) => `${label} (${n})`,
  list: (items) => items.join(', '),
  source: (citation, documentTitle) => `(${[citation, documentTitle].filter(Boolean).join(', ')})`,
  quote: (text) => `“${text}”`,
  cited: (quote, source) => `“${quote}” ${source}`,
  sectionNumber: (n) => `${romanNumeral(n)}. `,
  measureNumber: (n) => `${n}. `,
  notes: {
    title: (documentTitle) => `Deliberation notes: ${documentTitle}`,
    kind: { question: 'Question', support: 'Support', concern: 'Concern', verify: 'Verify figure' },
    passage: 'Passage',
    note: 'Note',
    tags: 'Tags',
    orphaned: 'Not placed in the current text',
    preamble: 'Opening paragraphs',
    none: 'No annotations.',
    edition: (version, versionDate, exportDate) => `Text version ${version} of ${versionDate}; exported ${exportDate}`,
  },
};

export function labelsFor(language: Language): ExportLabels {
  return language === 'zh-CN' ? ZH : EN;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-01-30" → 2024年1月30日 / 30 January 2024 (公文 dates use Arabic numerals since 2012); '' → ''. */
/** The calendar date of `instant` where the deputy is (the machine's time zone), as "YYYY-MM-DD". */
export function localIsoDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export function formatDocumentDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const [, year, month, day] = match;
  const m = Number(month);
  const d = Number(day);
  return language === 'zh-CN' ? `${year}年${m}月${d}日` : `${d} ${MONTHS[m - 1] ?? ''} ${year}`;
}
