/**
 * The same year's targets across the session's documents (the work report's "2024 targets" beside
 * the plan report's): for each indicator two or more documents set a target for, the targets side
 * by side, flagged when their numbers differ ("around 6%" in one, "5.5%" in the other). Only
 * indicators of the lexicon are compared, and only in the same unit; a document's first target for
 * an indicator counts, as in pair-targets.ts.
 */
import type { Outline } from '../domain/outline';
import { extractFigures } from '../figures/extract-figures';
import type { Figure } from '../figures/figure';
import { indicatorOf } from './figure-indicator';
import { INDICATORS } from './indicators';
import { paired, type PairedFigure } from './pair-targets';
import { boundOf, type TargetBound } from './verdict';

export interface SessionDocument {
  documentId: string;
  outline: Outline;
}

export interface TargetStatement extends PairedFigure {
  documentId: string;
  bound: TargetBound;
}

export interface IndicatorComparison {
  indicator: string;
  unit: string | null;
  /** One target per document, in the documents' order. */
  statements: TargetStatement[];
  /** False when the documents give different numbers for it. */
  consistent: boolean;
}

const PAIRABLE = new Set(['percentage', 'money', 'count']);

/** The number a target states: its value, or a range's ends. */
const numberOf = (f: Figure): string => (f.value !== null ? String(Math.abs(f.value)) : f.range ? `${f.range.low}–${f.range.high}` : '');

function firstTargets(document: SessionDocument): Map<string, { figure: Figure; statement: TargetStatement }> {
  const found = new Map<string, { figure: Figure; statement: TargetStatement }>();
  for (const figure of extractFigures(document.outline)) {
    if (figure.temporal !== 'target' || !PAIRABLE.has(figure.kind)) continue;
    const indicator = indicatorOf(figure);
    if (!indicator) continue;
    const key = `${indicator.id}|${figure.unit ?? ''}`;
    if (found.has(key)) continue;
    found.set(key, { figure, statement: { ...paired(figure), documentId: document.documentId, bound: boundOf(figure, indicator.sense) } });
  }
  return found;
}

/** Every indicator that two or more of `documents` set a target for, in the lexicon's order. */
export function compareTargets(documents: readonly SessionDocument[]): IndicatorComparison[] {
  const groups = new Map<string, { figure: Figure; statement: TargetStatement }[]>();
  for (const document of documents) {
    for (const [key, target] of firstTargets(document)) groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  const order = (key: string) => INDICATORS.findIndex((i) => i.id === key.split('|')[0]);
  return [...groups.entries()]
    .filter(([, targets]) => targets.length > 1)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, targets]) => ({
      indicator: key.split('|')[0] ?? '',
      unit: targets[0]?.figure.unit ?? null,
      statements: targets.map((t) => t.statement),
      consistent: new Set(targets.map((t) => numberOf(t.figure))).size === 1,
    }));
}
