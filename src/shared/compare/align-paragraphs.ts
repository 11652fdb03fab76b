/**
 * Which paragraph of the old version became which of the new one. Paragraph ids hash the text, so
 * jsdiff's array diff over the ids finds the unchanged ones in order; a paragraph whose text is
 * found elsewhere in the other version was moved; in each gap between unchanged paragraphs, old and
 * new paragraphs alike enough are paired, in order, as changed; the rest were deleted or added.
 */
import { diffArrays } from 'diff';
import type { ComparableParagraph } from './comparable-paragraphs';

export type AlignedRow =
  | { kind: 'same'; old: ComparableParagraph; new: ComparableParagraph }
  | { kind: 'changed'; old: ComparableParagraph; new: ComparableParagraph }
  | { kind: 'moved'; old: ComparableParagraph; new: ComparableParagraph }
  | { kind: 'removed'; old: ComparableParagraph; new: null }
  | { kind: 'added'; old: null; new: ComparableParagraph };

/** Old and new paragraphs at least this alike (bigram Dice coefficient) count as one changed paragraph. */
export const CHANGED_MIN_SIMILARITY = 0.5;

function bigrams(text: string): Map<string, number> {
  const flat = text.replace(/\s+/g, ' ');
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < flat.length; i++) {
    const gram = flat.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of the two texts' character bigrams: 1 for the same text, 0 for nothing shared. */
export function paragraphSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Pairs old and new paragraphs of one gap in order: each old one with the most alike new one after the last pair. */
function pairGap(removed: readonly ComparableParagraph[], added: readonly ComparableParagraph[]): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let next = 0;
  for (const old of removed) {
    let best = -1;
    let bestScore = CHANGED_MIN_SIMILARITY;
    for (let j = next; j < added.length; j++) {
      const score = paragraphSimilarity(old.text, added[j]!.text);
      if (score >= bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (best === -1) {
      rows.push({ kind: 'removed', old, new: null });
      continue;
    }
    for (; next < best; next++) rows.push({ kind: 'added', old: null, new: added[next]! });
    rows.push({ kind: 'changed', old, new: added[best]! });
    next = best + 1;
  }
  for (; next < added.length; next++) rows.push({ kind: 'added', old: null, new: added[next]! });
  return rows;
}

/** The rows of the comparison in the new version's order; deleted paragraphs sit where they were. */
export function alignParagraphs(before: readonly ComparableParagraph[], after: readonly ComparableParagraph[]): AlignedRow[] {
  const runs = diffArrays(
    before.map((p) => p.id),
    after.map((p) => p.id),
  );
  const removedIds = new Set(runs.filter((r) => r.removed).flatMap((r) => r.value));
  const addedIds = new Set(runs.filter((r) => r.added).flatMap((r) => r.value));
  const oldById = new Map(before.map((p) => [p.id, p]));
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  let gapRemoved: ComparableParagraph[] = [];
  let gapAdded: ComparableParagraph[] = [];
  const closeGap = () => {
    rows.push(...pairGap(gapRemoved, gapAdded));
    gapRemoved = [];
    gapAdded = [];
  };
  for (const run of runs) {
    if (!run.added && !run.removed) {
      closeGap();
      for (let k = 0; k < run.count; k++) rows.push({ kind: 'same', old: before[i++]!, new: after[j++]! });
      continue;
    }
    for (let k = 0; k < run.count; k++) {
      if (run.removed) {
        const old = before[i++]!;
        // Shown once, where it is now.
        if (!addedIds.has(old.id)) gapRemoved.push(old);
      } else {
        const now = after[j++]!;
        const from = removedIds.has(now.id) ? oldById.get(now.id) : undefined;
        if (from) {
          closeGap();
          rows.push({ kind: 'moved', old: from, new: now });
        } else gapAdded.push(now);
      }
    }
  }
  closeGap();
  return rows;
}
