/**
 * 年度建议议案办理情况: the deputy's record (履职记录) of one year's suggestions and proposals — the
 * totals, a table of them all, then each with its handling, reply, rating and promised actions — in
 * the official layout of the drafts (official-document.ts, official-blocks.ts).
 */
import type { Language } from '../../../shared/domain/settings';
import type { Submission } from '../../../shared/domain/submission';
import { chineseNumeral } from '../../../shared/i18n/numerals';
import type { SubmissionStatus } from '../../../shared/submissions/reminders';
import { submissionsExportText, type SubmissionsExportText } from '../../../shared/submissions/submissions-export-text';
import type { YearSummary } from '../../../shared/submissions/year-summary';
import { formatDocumentDate, labelsFor, type ExportLabels } from './labels';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import { bodyParagraphs, headingParagraph, lineParagraph, titleParagraph } from './official-blocks';
import type { Typography } from './official-layout';
import { typographyFor } from './official-layout';
import { officialTable } from './official-table';
import { singleLine } from './xml-text';

export interface SubmissionsDocxInput {
  readonly summary: YearSummary;
  readonly language: Language;
  /** The deputy (profile); empty parts are left out. */
  readonly deputy: string;
  readonly delegation: string;
}

interface Context {
  t: Typography;
  labels: ExportLabels;
  text: SubmissionsExportText;
  language: Language;
}
type Item = Submission & { status: SubmissionStatus };

/** Column widths in twips (No., number, lead unit, category, rating; the title takes the rest). */
const COLUMNS: Record<Language, readonly [number, number, number, number, number]> = {
  'zh-CN': [750, 1200, 1900, 900, 1100],
  en: [600, 1200, 1800, 1300, 1500],
};

function overviewBlocks({ t, text }: Context, summary: YearSummary): Block[] {
  const c = summary.counts;
  const rated = (aspect: 'handling' | 'result') => text.t('rated', { aspect: text.t(`aspect.${aspect}`), ...c[aspect] });
  return [
    ...bodyParagraphs(t, text.t('overview', { year: summary.year, total: c.total, suggestions: c.suggestions, proposals: c.proposals })),
    ...bodyParagraphs(t, text.t('replies', { replied: c.replied, awaiting: c.awaiting, overdue: c.overdue, ...c.category })),
    ...bodyParagraphs(t, rated('handling')),
    ...bodyParagraphs(t, rated('result')),
    ...bodyParagraphs(t, text.t('followUp', { rehandling: c.rehandling, promises: c.promises, promisesDone: c.promisesDone })),
  ];
}

function listTable({ t, text, language }: Context, items: readonly Item[]): Block {
  const [serial, number, leadUnit, category, result] = COLUMNS[language];
  const header = (key: string) => text.t(`table.${key}`);
  return officialTable(
    t,
    [
      { header: header('serial'), width: serial, align: 'center' },
      { header: header('number'), width: number, align: 'center' },
      { header: header('title'), align: 'left' },
      { header: header('leadUnit'), width: leadUnit, align: 'left' },
      { header: header('category'), width: category, align: 'center' },
      { header: header('result'), width: result, align: 'center' },
    ],
    items.map((s, i) => [
      String(i + 1),
      s.number,
      s.title,
      s.leadUnit,
      s.category === null ? '' : text.categoryShort(s.category),
      s.resultSatisfaction === null ? '' : text.satisfaction(s.resultSatisfaction),
    ]),
  );
}

/** The reply's due date as the record prints it: with the extension, and marked when past without a reply. */
function dueText({ text, language }: Context, s: Item): string {
  if (s.status.replyDueOn === '') return text.t('notDue');
  const date = formatDocumentDate(s.status.replyDueOn, language);
  if (s.status.reminders.some((r) => r.kind === 'reply' && r.overdue)) return text.t('overdue', { date });
  return s.replyMonths > 3 ? text.t('extended', { date, months: s.replyMonths }) : date;
}

function itemBlocks(context: Context, s: Item, n: number): Block[] {
  const { t, labels, text, language } = context;
  const date = (iso: string) => (iso === '' ? text.t('notYet') : formatDocumentDate(iso, language));
  const or = (value: string) => (value.trim() === '' ? text.t('notYet') : singleLine(value));
  const field = (key: string, value: string) => bodyParagraphs(t, labels.field(text.t(`field.${key}`), value));
  const number = language === 'zh-CN' ? text.t('subNumber', { numeral: chineseNumeral(n) }) : text.t('subNumber', { numeral: n });
  const blocks: Block[] = [
    headingParagraph(t, `${number}${singleLine(s.title) || labels.kind[s.kind]}`, 2),
    ...field('kind', labels.kind[s.kind]),
    ...field('number', or(s.number)),
    ...field('submittedOn', date(s.submittedOn)),
    ...field('leadUnit', or(s.leadUnit)),
  ];
  if (s.assistingUnits.trim() !== '') blocks.push(...field('assistingUnits', singleLine(s.assistingUnits)));
  blocks.push(...field('assignedOn', date(s.assignedOn)), ...field('dueOn', dueText(context, s)), ...field('repliedOn', date(s.repliedOn)));
  blocks.push(...field('category', s.category === null ? text.t('notYet') : text.category(s.category)));
  if (s.adoption !== null) blocks.push(...field('adoption', text.adoption(s.adoption)));
  const rating = (value: Submission['resultSatisfaction']) => (value === null ? text.t('notYet') : text.satisfaction(value));
  blocks.push(...field('handling', rating(s.handlingSatisfaction)), ...field('result', rating(s.resultSatisfaction)));
  if (s.rehandlingRequestedOn !== '') {
    const requested = formatDocumentDate(s.rehandlingRequestedOn, language);
    blocks.push(
      ...field(
        'rehandling',
        s.rehandlingRepliedOn === ''
          ? text.t('rehandling', { requested, due: formatDocumentDate(s.status.rehandlingDueOn, language) })
          : text.t('rehandled', { requested, replied: formatDocumentDate(s.rehandlingRepliedOn, language) }),
      ),
    );
  }
  if (s.promises.length > 0) {
    blocks.push(...field('promises', ''));
    for (const p of s.promises) {
      const state = p.doneOn === '' ? text.t('promiseOpen') : text.t('promiseDone', { date: formatDocumentDate(p.doneOn, language) });
      const due = p.dueOn === '' ? text.t('noDueDate') : formatDocumentDate(p.dueOn, language);
      blocks.push(...bodyParagraphs(t, text.t('promise', { text: singleLine(p.text), due, state }), '— '));
    }
  }
  if (s.replyText.trim() !== '') blocks.push(...field('reply', ''), ...bodyParagraphs(t, s.replyText));
  return blocks;
}

/** Builds the record of `summary.year` as a DOCX in `language`. */
export async function buildSubmissionsDocx(input: SubmissionsDocxInput): Promise<Buffer> {
  const { language, summary } = input;
  const t = typographyFor(language);
  const context: Context = { t, labels: labelsFor(language), text: submissionsExportText(language), language };
  const { text, labels } = context;
  const title = text.t('title', { year: summary.year });
  const blocks: Block[] = [titleParagraph(t, title, 0)];
  if (input.deputy.trim() !== '') {
    blocks.push(
      lineParagraph(t, text.t('deputyLine', { name: singleLine(input.deputy), delegation: singleLine(input.delegation) }).trim(), {
        align: 'center',
      }),
    );
  }
  blocks.push(lineParagraph(t, text.t('asOf', { date: formatDocumentDate(summary.today, language) }), { align: 'center' }));
  blocks.push(headingParagraph(t, `${labels.sectionNumber(1)}${text.t('overviewHeading')}`, 1));
  if (summary.items.length === 0) {
    blocks.push(...bodyParagraphs(t, text.t('none')));
    return buildOfficialDocx({ language, title, blocks, author: input.deputy });
  }
  blocks.push(...overviewBlocks(context, summary));
  blocks.push(headingParagraph(t, `${labels.sectionNumber(2)}${text.t('listHeading')}`, 1), listTable(context, summary.items));
  blocks.push(headingParagraph(t, `${labels.sectionNumber(3)}${text.t('detailsHeading')}`, 1));
  summary.items.forEach((s, i) => blocks.push(...itemBlocks(context, s, i + 1)));
  return buildOfficialDocx({ language, title, blocks, author: input.deputy });
}
