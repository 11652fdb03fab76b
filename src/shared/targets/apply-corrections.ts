/**
 * The table as the deputy corrected it: each stored correction (target-correction.ts) finds its row
 * by the target's words and replaces the app's result and/or verdict. A chosen result is found again
 * in this year's report by its words; when it is gone, the row keeps the app's pairing and says the
 * choice is stale. A correction whose target is gone from last year's report is returned as stale.
 */
import type { Outline } from '../domain/outline';
import { extractFigures } from '../figures/extract-figures';
import type { Figure } from '../figures/figure';
import { paired, pairFigures, resultFigures, type PairedFigure, type TargetPairing } from './pair-targets';
import type { FigureQuote, TargetCorrection } from './target-correction';
import { judge, type Verdict } from './verdict';

export interface RowCorrection {
  id: string;
  /** What the deputy changed. */
  resultChanged: boolean;
  verdictChanged: boolean;
  /** The app's own pairing and verdict, shown beside the deputy's. */
  automatic: { result: PairedFigure | null; verdict: Verdict };
  /** The result the deputy chose, when it is no longer in this year's report. */
  staleResult: FigureQuote | null;
}

export interface CorrectedPairing extends TargetPairing {
  correction: RowCorrection | null;
}

export interface CorrectedTable {
  rows: CorrectedPairing[];
  /** Corrections whose target is no longer in last year's report. */
  stale: TargetCorrection[];
}

/** The clause of a sentence that holds a figure ("the added value of the service sector grew by 6.2%"). */
const clauseOf = (sentence: string, text: string): string =>
  sentence
    .split(/[;；,，。]/)
    .find((part) => part.includes(text))
    ?.trim() ?? sentence;

/**
 * The one figure with these words: the same text in the same sentence; else (the sentence was
 * reworded elsewhere) the only one with the same text in the same clause.
 */
function findByWords<T>(items: readonly T[], words: (item: T) => { text: string; sentence: string }, quote: FigureQuote): T | null {
  const exact = items.find((item) => words(item).text === quote.text && words(item).sentence === quote.sentence);
  if (exact) return exact;
  const clause = clauseOf(quote.sentence, quote.text);
  const sameClause = items.filter((item) => words(item).text === quote.text && clauseOf(words(item).sentence, quote.text) === clause);
  return sameClause.length === 1 ? (sameClause[0] ?? null) : null;
}

const figureWords = (f: Figure) => ({ text: f.phrase, sentence: f.sentence });

function corrected(
  row: TargetPairing,
  correction: TargetCorrection,
  target: Figure | undefined,
  results: readonly Figure[],
): CorrectedPairing {
  const automatic = { result: row.result, verdict: row.verdict };
  let { result, verdict, shortfall } = row;
  let staleResult: FigureQuote | null = null;
  if (correction.result?.kind === 'not reported') {
    result = null;
    verdict = 'not reported';
    shortfall = null;
  } else if (correction.result?.kind === 'figure') {
    const chosen = findByWords(results, figureWords, correction.result.figure);
    if (chosen && target) {
      result = paired(chosen);
      ({ verdict, shortfall } = judge(target, chosen, row.target.bound));
    } else staleResult = correction.result.figure;
  }
  if (correction.verdict !== null) {
    if (correction.verdict !== verdict) shortfall = null;
    verdict = correction.verdict;
  }
  return {
    ...row,
    result,
    verdict,
    shortfall,
    correction: {
      id: correction.id,
      resultChanged: correction.result !== null && staleResult === null,
      verdictChanged: correction.verdict !== null,
      automatic,
      staleResult,
    },
  };
}

/** Pairs last year's targets with this year's results and applies the deputy's corrections of this pair of reports. */
export function correctedTable(lastYear: Outline, thisYear: Outline, corrections: readonly TargetCorrection[]): CorrectedTable {
  const lastYearFigures = extractFigures(lastYear);
  const thisYearFigures = extractFigures(thisYear);
  const rows = pairFigures(lastYearFigures, thisYearFigures);
  const results = resultFigures(thisYearFigures);
  const targets = new Map(lastYearFigures.map((f) => [f.id, f]));
  const byRow = new Map<TargetPairing, TargetCorrection>();
  const stale: TargetCorrection[] = [];
  for (const correction of corrections) {
    const row = findByWords(rows, (r) => r.target, correction.target);
    if (row && !byRow.has(row)) byRow.set(row, correction);
    else stale.push(correction);
  }
  return {
    rows: rows.map((row) => {
      const correction = byRow.get(row);
      return correction ? corrected(row, correction, targets.get(row.target.figureId), results) : { ...row, correction: null };
    }),
    stale,
  };
}

/** This year's figures a deputy may pair a target with instead (results, not this year's targets). */
export function resultChoices(thisYear: Outline): PairedFigure[] {
  return resultFigures(extractFigures(thisYear)).map(paired);
}
