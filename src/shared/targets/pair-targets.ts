/**
 * Targets and results (issue: hold the government to its word): every numeric target of last
 * year's report paired with the result this year's report gives for it, with a verdict.
 *
 * Pairing is by indicator, not by position: a target and a result measure the same indicator when
 * the lexicon (indicators.ts) names the same one before them, and they are compared only in the
 * same unit (a growth rate with a growth rate, not with the GDP in yuan). Targets no lexicon names
 * are paired with the result of the same kind and unit whose clause shares the most content words
 * (at least a quarter of them). A target that finds no result is "not reported". When last year's
 * report names an indicator's target twice (the targets paragraph, then a task), the first counts.
 * Linear in the figures, except the similarity fallback (targets × results of the same unit).
 */
import type { Outline } from '../domain/outline';
import { extractFigures } from '../figures/extract-figures';
import type { Figure } from '../figures/figure';
import { contentWords, indicatorOf } from './figure-indicator';
import type { Indicator } from './indicators';
import { boundOf, judge, type TargetBound, type Verdict } from './verdict';

export interface PairedFigure {
  figureId: string;
  paragraphId: string;
  citation: string;
  /** The figure as the report writes it, with its qualifier ("around 6%"). */
  text: string;
  /** Offsets of `text` in the paragraph text. */
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  sentence: string;
}

export interface TargetPairing {
  /** The lexicon's indicator id ("gdp", "cpi"), or null for a target paired by its words. */
  indicator: string | null;
  target: PairedFigure & { bound: TargetBound };
  result: PairedFigure | null;
  verdict: Verdict;
  /** How far the result fell short, in the target's unit, when missed. */
  shortfall: number | null;
}

const PAIRABLE = new Set(['percentage', 'money', 'count']);
const MIN_SIMILARITY = 0.25;

export function paired(figure: Figure): PairedFigure {
  return {
    figureId: figure.id,
    paragraphId: figure.paragraphId,
    citation: figure.citation,
    text: figure.phrase,
    start: figure.phraseStart,
    end: figure.phraseEnd,
    value: figure.value,
    unit: figure.unit,
    sentence: figure.sentence,
  };
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

interface Candidate {
  figure: Figure;
  indicator: Indicator | null;
  words: Set<string> | null;
}

/** The figures of this year's report that may be a result: quantities compared with targets, not this year's own targets. */
export function resultFigures(thisYearFigures: readonly Figure[]): Figure[] {
  return thisYearFigures.filter((f) => f.temporal !== 'target' && PAIRABLE.has(f.kind));
}

export function pairTargets(lastYear: Outline, thisYear: Outline): TargetPairing[] {
  return pairFigures(extractFigures(lastYear), extractFigures(thisYear));
}

/** `pairTargets` on figures already extracted (last year's all, this year's all). */
export function pairFigures(lastYearFigures: readonly Figure[], thisYearFigures: readonly Figure[]): TargetPairing[] {
  const results: Candidate[] = resultFigures(thisYearFigures).map((figure) => ({ figure, indicator: indicatorOf(figure), words: null }));
  const byIndicator = new Map<string, Candidate[]>();
  for (const result of results) {
    if (result.indicator) byIndicator.set(result.indicator.id, [...(byIndicator.get(result.indicator.id) ?? []), result]);
  }
  const wordsOf = (candidate: Candidate): Set<string> => (candidate.words ??= contentWords(candidate.figure));

  const rows: TargetPairing[] = [];
  const seen = new Set<string>();
  for (const target of lastYearFigures) {
    if (target.temporal !== 'target' || !PAIRABLE.has(target.kind)) continue;
    const indicator = indicatorOf(target);
    if (indicator) {
      const key = `${indicator.id}|${target.unit ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const bound = boundOf(target, indicator?.sense ?? 'floor');
    const result = indicator ? resultByIndicator(target, byIndicator.get(indicator.id) ?? []) : resultByWords(target, results, wordsOf);
    const { verdict, shortfall } = result ? judge(target, result, bound) : { verdict: 'not reported' as const, shortfall: null };
    rows.push({
      indicator: indicator?.id ?? null,
      target: { ...paired(target), bound },
      result: result ? paired(result) : null,
      verdict,
      shortfall,
    });
  }
  return rows;
}

/** The indicator's first result in the target's unit (a cut prefers a reported fall); else its first result at all (then the verdict is unclear). */
function resultByIndicator(target: Figure, candidates: readonly Candidate[]): Figure | null {
  const sameUnit = candidates.filter((c) => c.figure.unit === target.unit && c.figure.kind === target.kind);
  const sameDirection = sameUnit.find((c) => target.direction === 'down' && c.figure.direction === 'down');
  return (sameDirection ?? sameUnit[0] ?? candidates[0])?.figure ?? null;
}

function resultByWords(target: Figure, results: readonly Candidate[], wordsOf: (c: Candidate) => Set<string>): Figure | null {
  const targetWords = contentWords(target);
  let best: { figure: Figure; score: number } | null = null;
  for (const candidate of results) {
    if (candidate.indicator || candidate.figure.unit !== target.unit || candidate.figure.kind !== target.kind) continue;
    const score = similarity(targetWords, wordsOf(candidate));
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { figure: candidate.figure, score };
  }
  return best?.figure ?? null;
}
