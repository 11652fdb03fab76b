/**
 * The figures that changed between two matched sections of two documents ("GDP grew 3.5%" last
 * year, "6.3%" this year): each side's figures are keyed by the indicator they measure (the
 * Targets lexicon, figure-indicator.ts), their kind, unit and whether they are a result or a
 * target; the first figure of a key on each side is compared, and a key whose number or qualifier
 * differs is a change. Figures no indicator names are left out: they cannot be paired with
 * confidence.
 */
import type { Figure } from '../figures/figure';
import { indicatorOf } from '../targets/figure-indicator';
import type { FigureChange } from './comparison-schema';

const keyOf = (figure: Figure): string | null => {
  const indicator = indicatorOf(figure);
  return indicator ? `${indicator.id}|${figure.kind}|${figure.unit ?? ''}|${figure.temporal}` : null;
};

function firstByKey(figures: readonly Figure[]): Map<string, { indicator: string; figure: Figure }> {
  const found = new Map<string, { indicator: string; figure: Figure }>();
  for (const figure of figures) {
    const key = keyOf(figure);
    if (key === null || found.has(key)) continue;
    found.set(key, { indicator: key.split('|')[0] ?? '', figure });
  }
  return found;
}

/** The number as stated: value (or range), qualifier and direction; "around 6%" and "6%左右" state the same. */
const stated = (f: Figure) => JSON.stringify([f.value, f.range?.low ?? null, f.range?.high ?? null, f.qualifier, f.direction]);

/** The changed figures, in the newer section's reading order. */
export function figureChanges(before: readonly Figure[], after: readonly Figure[]): FigureChange[] {
  const olds = firstByKey(before);
  const changes: FigureChange[] = [];
  for (const [key, { indicator, figure }] of firstByKey(after)) {
    const old = olds.get(key)?.figure;
    if (!old || stated(old) === stated(figure)) continue;
    changes.push({
      indicator,
      temporal: figure.temporal,
      old: { phrase: old.phrase, citation: old.citation },
      new: { phrase: figure.phrase, citation: figure.citation },
    });
  }
  return changes;
}
