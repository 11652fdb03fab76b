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
function pairGap(removed: readonly ComparableParagraph[], added: readonly ComparableParagraph[], minSimilarity: number): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let next = 0;
  const addUpTo = (end: number) => {
    for (const now of added.slice(next, end)) rows.push({ kind: 'added', old: null, new: now });
    next = Math.max(next, end);
  };
  for (const old of removed) {
    let best: { at: number; paragraph: ComparableParagraph } | null = null;
    let bestScore = minSimilarity;
    for (const [k, candidate] of added.slice(next).entries()) {
      const score = paragraphSimilarity(old.text, candidate.text);
      if (score >= bestScore) {
        best = { at: next + k, paragraph: candidate };
        bestScore = score;
      }
    }
    const pair = best;
    if (pair === null) {
      rows.push({ kind: 'removed', old, new: null });
      continue;
    }
    addUpTo(pair.at);
    rows.push({ kind: 'changed', old, new: pair.paragraph });
    next = pair.at + 1;
  }
  addUpTo(added.length);
  return rows;
}

/**
 * The rows of the comparison in the new version's order; deleted paragraphs sit where they were.
 * `minSimilarity`: how alike an old and a new paragraph must be to count as one changed paragraph
 * (two years' reports rewrite more than two versions of one do).
 */
export function alignParagraphs(
  before: readonly ComparableParagraph[],
  after: readonly ComparableParagraph[],
  minSimilarity = CHANGED_MIN_SIMILARITY,
): AlignedRow[] {
  // Diffed as the paragraphs themselves, compared by id: each run holds the paragraphs it covers.
  const runs = diffArrays<ComparableParagraph>([...before], [...after], { comparator: (a, b) => a.id === b.id });
  const removedIds = new Set(runs.filter((r) => r.removed).flatMap((r) => r.value.map((p) => p.id)));
  const addedIds = new Set(runs.filter((r) => r.added).flatMap((r) => r.value.map((p) => p.id)));
  const oldById = new Map(before.map((p) => [p.id, p]));
  const newById = new Map(after.map((p) => [p.id, p]));
  const rows: AlignedRow[] = [];
  let gapRemoved: ComparableParagraph[] = [];
  let gapAdded: ComparableParagraph[] = [];
  const closeGap = () => {
    rows.push(...pairGap(gapRemoved, gapAdded, minSimilarity));
    gapRemoved = [];
    gapAdded = [];
  };
  for (const run of runs) {
    if (!run.added && !run.removed) {
      closeGap();
      // A common run carries the new side's values; the old paragraph has the same id (the same text).
      for (const now of run.value) rows.push({ kind: 'same', old: oldById.get(now.id) ?? now, new: newById.get(now.id) ?? now });
      continue;
    }
    for (const paragraph of run.value) {
      if (run.removed) {
        // A moved paragraph is shown once, where it is now.
        if (!addedIds.has(paragraph.id)) gapRemoved.push(paragraph);
        continue;
      }
      const from = removedIds.has(paragraph.id) ? oldById.get(paragraph.id) : undefined;
      if (from) {
        closeGap();
        rows.push({ kind: 'moved', old: from, new: paragraph });
      } else gapAdded.push(paragraph);
    }
  }
  closeGap();
  return rows;
}
