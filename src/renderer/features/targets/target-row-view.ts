import type { TargetPairingRow } from '../../../shared/contract/targets-api';
import en from '../../i18n/en.json';

/** A catalogue key and its values: how a row's verdict reads (in words, never by colour alone). */
export type VerdictText =
  | {
      key:
        | 'targets.verdict.met'
        | 'targets.verdict.exceeded'
        | 'targets.verdict.notReported'
        | 'targets.verdict.unclear'
        | 'targets.verdict.missed';
    }
  | { key: 'targets.verdict.missedByPoints'; values: { amount: string } }
  | { key: 'targets.verdict.missedBy'; values: { amount: string; unit: string } };

type IndicatorId = keyof typeof en.targets.indicator;
const isIndicatorId = (id: string): id is IndicatorId => Object.hasOwn(en.targets.indicator, id);

const POINT_UNITS = new Set(['%', 'percentage points']);

/** "Missed by 1.4 percentage points", "Missed by 20,000 jobs", "Met", "Not reported", … */
export function verdictText(row: Pick<TargetPairingRow, 'verdict' | 'shortfall' | 'target'>, locale: string): VerdictText {
  switch (row.verdict) {
    case 'met':
      return { key: 'targets.verdict.met' };
    case 'exceeded':
      return { key: 'targets.verdict.exceeded' };
    case 'not reported':
      return { key: 'targets.verdict.notReported' };
    case 'unclear':
      return { key: 'targets.verdict.unclear' };
    case 'missed': {
      if (row.shortfall === null) return { key: 'targets.verdict.missed' };
      const amount = row.shortfall.toLocaleString(locale, { maximumFractionDigits: 2 });
      if (row.target.unit !== null && POINT_UNITS.has(row.target.unit))
        return { key: 'targets.verdict.missedByPoints', values: { amount } };
      return { key: 'targets.verdict.missedBy', values: { amount, unit: row.target.unit ?? '' } };
    }
  }
}

/** The indicator's name from the catalogue, or — for a target paired by its words — the key that says so. */
export function indicatorKey(indicator: string | null): `targets.indicator.${IndicatorId}` | 'targets.indicatorByWords' {
  return indicator !== null && isIndicatorId(indicator) ? `targets.indicator.${indicator}` : 'targets.indicatorByWords';
}

const CLAUSE_BREAK = /[;；]/;

/** The clause of a sentence that holds the figure ("the added value … grows by more than 6.5%"), not a whole list of targets. */
export function clauseOf(sentence: string, text: string): string {
  const clause = sentence.split(CLAUSE_BREAK).find((part) => part.includes(text));
  return (clause ?? sentence).trim();
}

/** The question a deputy asks of a row ("Target X was missed by Y: why?"): its catalogue key; the view fills in the words. */
export function questionKey(
  verdict: TargetPairingRow['verdict'],
): 'targets.question.missed' | 'targets.question.notReported' | 'targets.question.other' {
  if (verdict === 'missed') return 'targets.question.missed';
  if (verdict === 'not reported') return 'targets.question.notReported';
  return 'targets.question.other';
}

/** The passage a question or a draft starts from: this year's result, or last year's target when none was reported. */
export function rowPassage(
  row: Pick<TargetPairingRow, 'target' | 'result'>,
  pair: { lastYearId: string; thisYearId: string },
): { documentId: string; start: number; end: number; citation: string } {
  return row.result
    ? { documentId: pair.thisYearId, ...row.result.passage, citation: row.result.citation }
    : { documentId: pair.lastYearId, ...row.target.passage, citation: row.target.citation };
}

/** A verdict's plain word ("Met", "Not reported"). */
export function verdictKey(
  verdict: TargetPairingRow['verdict'],
): Exclude<VerdictText['key'], 'targets.verdict.missedByPoints' | 'targets.verdict.missedBy'> {
  return verdict === 'not reported' ? 'targets.verdict.notReported' : `targets.verdict.${verdict}`;
}
