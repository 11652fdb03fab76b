/**
 * What should happen to each annotation on a generated revision (revision-generator-test-support.ts), and how a
 * re-anchoring did: the fate of a passage follows only from which of its characters survived the
 * generator's edits, so the judge is independent of the anchoring being judged.
 */
import type { AnnotationTarget } from '../domain/annotation';
import { randomInt } from './anchor-test-support';
import { describePassage } from './describe-passage';
import type { DocumentText } from './document-text';
import type { GeneratedRevision } from './revision-generator-test-support';

interface Range {
  start: number;
  end: number;
}

/**
 * unchanged: every character survived, in order, nothing inserted between: it must be placed exactly there.
 * edited: at least half survived together: the passage that replaced it spans them.
 * deleted: fewer than half survived together (deleted, rewritten, or split and scattered): it should be orphaned.
 */
export type Fate = { kind: 'unchanged'; range: Range } | { kind: 'edited'; range: Range } | { kind: 'deleted'; remnant: Range | null };

export function fateOf(revision: GeneratedRevision, start: number, end: number): Fate {
  const survivors: number[] = [];
  for (let o = start; o < end; o++) if (revision.newOffset[o]! >= 0) survivors.push(revision.newOffset[o]!);
  const length = end - start;
  const intact = survivors.length === length && survivors.every((n, k) => k === 0 || n === survivors[k - 1]! + 1);
  if (intact) return { kind: 'unchanged', range: { start: survivors[0]!, end: survivors[0]! + length } };
  const range = survivorSpan(survivors, length);
  const inRange = range === null ? 0 : survivors.filter((n) => n >= range.start && n < range.end).length;
  return range !== null && inRange * 2 >= length ? { kind: 'edited', range } : { kind: 'deleted', remnant: range };
}

/** From the first to the last survivor, or (when they were scattered by a move) the longest run of neighbours. */
function survivorSpan(survivors: readonly number[], length: number): Range | null {
  if (survivors.length === 0) return null;
  const low = Math.min(...survivors);
  const high = Math.max(...survivors);
  if (high - low < 2 * length) return { start: low, end: high + 1 };
  const sorted = [...survivors].sort((a, b) => a - b);
  let best: Range = { start: sorted[0]!, end: sorted[0]! + 1 };
  let runStart = sorted[0]!;
  for (let k = 1; k <= sorted.length; k++) {
    if (k < sorted.length && sorted[k]! - sorted[k - 1]! <= 2) continue;
    if (sorted[k - 1]! + 1 - runStart > best.end - best.start) best = { start: runStart, end: sorted[k - 1]! + 1 };
    if (k < sorted.length) runStart = sorted[k]!;
  }
  return best;
}

/** Placed on (most of) a range: the overlap covers at least half of the longer of the two. */
function onRange(placed: Range, range: Range): boolean {
  const overlap = Math.min(placed.end, range.end) - Math.max(placed.start, range.start);
  return overlap > 0 && overlap * 2 >= Math.max(placed.end - placed.start, range.end - range.start);
}

/** exact / on-passage: right; false: placed on other text; orphan: not placed. */
export type Outcome = 'exact' | 'on-passage' | 'false' | 'orphan';

export function judge(fate: Fate, placed: Range | null): Outcome {
  if (placed === null) return 'orphan';
  if (fate.kind === 'unchanged') return placed.start === fate.range.start && placed.end === fate.range.end ? 'exact' : 'false';
  const range = fate.kind === 'edited' ? fate.range : fate.remnant;
  return range !== null && onRange(placed, range) ? 'on-passage' : 'false';
}

export type Tally = Record<Fate['kind'], Record<Outcome, number> & { total: number }>;

export function tally(fates: readonly Fate[], placements: ReadonlyArray<Range | null>): Tally {
  const empty = () => ({ exact: 0, 'on-passage': 0, false: 0, orphan: 0, total: 0 });
  const counts: Tally = { unchanged: empty(), edited: empty(), deleted: empty() };
  fates.forEach((fate, i) => {
    const row = counts[fate.kind];
    row.total++;
    row[judge(fate, placements[i] ?? null)]++;
  });
  return counts;
}

/** A passage of 10–200 characters inside one paragraph of the original, around `near` when given. */
function passage(original: DocumentText, random: () => number, near?: number): AnnotationTarget | null {
  const anchorAt = near ?? randomInt(random, 0, original.text.length - 1);
  const paragraph = original.paragraphs.find((p) => p.start <= anchorAt && anchorAt < p.end);
  if (paragraph === undefined) return null;
  const start = Math.max(paragraph.start, anchorAt - randomInt(random, near === undefined ? 0 : 5, 100));
  const end = Math.min(
    paragraph.end,
    start + randomInt(random, 10, 200),
    near === undefined ? Infinity : anchorAt + randomInt(random, 5, 100),
  );
  const target = describePassage(original, start, end);
  return target && target.quote.exact.length >= 10 ? target : null;
}

/**
 * `count` annotations on the original: first passages around the revision's edits until at least
 * `minEdited` quotes are themselves edited (and some deleted), then passages anywhere.
 */
export function annotationsFor(
  original: DocumentText,
  revision: GeneratedRevision,
  count: number,
  minEdited: number,
  random: () => number,
): AnnotationTarget[] {
  const targets: AnnotationTarget[] = [];
  let edited = 0;
  for (let tries = 0; edited < minEdited && targets.length < count / 2 && tries < count * 20 && revision.touched.length > 0; tries++) {
    const origins = revision.touched[randomInt(random, 0, revision.touched.length - 1)]!;
    const target = passage(original, random, origins[randomInt(random, 0, origins.length - 1)]);
    if (target === null) continue;
    targets.push(target);
    if (fateOf(revision, target.position.start, target.position.end).kind === 'edited') edited++;
  }
  while (targets.length < count) {
    const target = passage(original, random);
    if (target) targets.push(target);
  }
  return targets;
}
