/**
 * 上年目标完成情况对照表 / last year's targets and this year's results: the Targets and results table
 * (indicator, target, result, verdict, citations) in the official layout, with the deputy's
 * corrections marked, and optionally the same year's targets compared across the session's
 * documents. `targetsBlocks` is also what the deliberation notes append when asked to.
 */
import type { TargetComparison, TargetPairingRow } from '../../../shared/contract/targets-api';
import type { Language } from '../../../shared/domain/settings';
import { translator, type Translate } from '../../../shared/i18n/shared-i18n';
import { INDICATORS } from '../../../shared/targets/indicators';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import type { Typography } from './official-layout';
import { typographyFor } from './official-layout';
import { bodyParagraphs, headingParagraph, lineParagraph, titleParagraph } from './official-blocks';
import { officialTable } from './official-table';
import { singleLine } from './xml-text';

export interface TargetsTableInput {
  readonly lastYearTitle: string;
  readonly thisYearTitle: string;
  readonly rows: readonly TargetPairingRow[];
  /** The same year's targets across the session's documents; left out when empty. */
  readonly comparisons: readonly TargetComparison[];
  readonly language: Language;
}

/** Column widths in twips (No., target, result, verdict, citations; the indicator takes the rest). */
const COLUMNS: Record<Language, readonly [number, number, number, number, number]> = {
  'zh-CN': [600, 1300, 1200, 1800, 2100],
  en: [600, 1300, 1100, 1500, 1900],
};

const POINT_UNITS = new Set(['%', 'percentage points']);
const withoutBookMarks = (title: string) => singleLine(title).replace(/^《(.*)》$/, '$1');

function indicatorName(t: Translate, row: Pick<TargetPairingRow, 'indicator' | 'target'>): string {
  if (row.indicator !== null && INDICATORS.some((i) => i.id === row.indicator)) return t(`indicator.${row.indicator}`);
  // A target no lexicon names ("3,500 childcare places"): the clause that states it.
  // Clauses end at a semicolon, a Chinese comma or an English comma before a space (not the one in "3,500").
  const clause = row.target.sentence.split(/[;；，、]|,\s/).find((part) => part.includes(row.target.text)) ?? row.target.text;
  return clause.trim().replace(/[。.]$/, '');
}

function verdictWords(t: Translate, row: TargetPairingRow, language: Language): string {
  let words = t(`verdict.${row.verdict}`);
  if (row.verdict === 'missed' && row.shortfall !== null) {
    const amount = row.shortfall.toLocaleString(language, { maximumFractionDigits: 2 });
    words =
      row.target.unit !== null && POINT_UNITS.has(row.target.unit)
        ? t('verdict.missedByPoints', { amount })
        : t('verdict.missedBy', { amount, unit: row.target.unit ?? '' });
  }
  const corrected = row.correction !== null && (row.correction.resultChanged || row.correction.verdictChanged);
  return corrected ? t('corrected', { verdict: words }) : words;
}

function citations(t: Translate, row: TargetPairingRow): string {
  const parts = [t('citations.target', { citation: row.target.citation })];
  if (row.result) parts.push(t('citations.result', { citation: row.result.citation }));
  return parts.join(t('citations.separator'));
}

function comparisonBlocks(typography: Typography, t: Translate, comparisons: readonly TargetComparison[]): Block[] {
  if (comparisons.length === 0) return [];
  const blocks: Block[] = [headingParagraph(typography, t('consistency.heading'), 2)];
  for (const c of comparisons) {
    const statements = c.statements
      .map((s) => t('consistency.statement', { text: s.text, title: withoutBookMarks(s.title), citation: s.citation }))
      .join(t('consistency.separator'));
    const indicator = t(`indicator.${c.indicator}`);
    blocks.push(
      ...bodyParagraphs(typography, t(c.consistent ? 'consistency.consistent' : 'consistency.inconsistent', { indicator, statements })),
    );
  }
  return blocks;
}

/** The table's blocks (heading line, summary, table, comparisons), for this export and for the deliberation notes. */
export function targetsBlocks(typography: Typography, input: TargetsTableInput): Block[] {
  const t = translator(input.language, 'export', 'targets');
  const count = (verdict: TargetPairingRow['verdict']) => input.rows.filter((r) => r.verdict === verdict).length;
  const [serial, target, result, verdict, cites] = COLUMNS[input.language];
  const blocks: Block[] = [
    ...bodyParagraphs(
      typography,
      t('pair', { lastYear: withoutBookMarks(input.lastYearTitle), thisYear: withoutBookMarks(input.thisYearTitle) }),
    ),
    ...bodyParagraphs(
      typography,
      t('summary', {
        count: input.rows.length,
        met: count('met'),
        exceeded: count('exceeded'),
        missed: count('missed'),
        notReported: count('not reported'),
        unclear: count('unclear'),
      }),
    ),
  ];
  if (input.rows.some((r) => r.correction !== null)) blocks.push(...bodyParagraphs(typography, t('corrections')));
  blocks.push(
    officialTable(
      typography,
      [
        { header: t('column.serial'), width: serial, align: 'center' },
        { header: t('column.indicator'), align: 'left' },
        { header: t('column.target'), width: target, align: 'center' },
        { header: t('column.result'), width: result, align: 'center' },
        { header: t('column.verdict'), width: verdict, align: 'left' },
        { header: t('column.citations'), width: cites, align: 'left' },
      ],
      input.rows.map((row, i) => [
        String(i + 1),
        indicatorName(t, row),
        row.target.text,
        row.result?.text ?? t('noResult'),
        verdictWords(t, row, input.language),
        citations(t, row),
      ]),
    ),
  );
  blocks.push(...comparisonBlocks(typography, t, input.comparisons));
  return blocks;
}

/** The title the table prints under (and the notes' heading for it). */
export function targetsTitle(language: Language): string {
  return translator(language, 'export', 'targets')('title');
}

/** Builds the Targets and results table as a DOCX in `language`. */
export async function buildTargetsDocx(input: TargetsTableInput): Promise<Buffer> {
  const typography = typographyFor(input.language);
  const t = translator(input.language, 'export', 'targets');
  const title = t('title');
  const blocks: Block[] = [
    titleParagraph(typography, title, 0),
    lineParagraph(typography, t('privateNote'), { align: 'center' }),
    ...targetsBlocks(typography, input),
  ];
  return buildOfficialDocx({ language: input.language, title: `${title} ${t('privateNote')}`, blocks });
}
