import type { AnnotationFate, Comparison, ComparisonRow } from '../../../shared/compare/comparison-schema';

/**
 * The annotations the deputy has to look at, in reading order: those placed on changed words
 * (fuzzy) or not placed at all (orphaned) on the current version. Only a comparison whose newer
 * side is the current version has a queue: the review acts on the current text. Orphans the deputy
 * kept (stored on the annotation) leave the queue.
 */
export function reviewQueue(comparison: Comparison): AnnotationFate[] {
  if (!comparison.to.current) return [];
  const order = (fate: AnnotationFate) => fate.now?.start ?? fate.was?.start ?? Number.MAX_SAFE_INTEGER;
  return comparison.annotations
    .filter((fate) => fate.status !== 'exact' && !(fate.status === 'orphaned' && fate.kept))
    .sort((a, b) => order(a) - order(b));
}

/** The rows shown: every row, or only those not the same in both versions. */
export function visibleRows(rows: readonly ComparisonRow[], onlyChanged: boolean): { row: ComparisonRow; index: number }[] {
  return rows.map((row, index) => ({ row, index })).filter(({ row }) => !onlyChanged || row.kind !== 'same');
}

/** The annotations to mark beside a row: those on its new paragraph, and orphans that were on its old one. */
export function fatesOfRow(row: ComparisonRow, fates: readonly AnnotationFate[]): AnnotationFate[] {
  return fates.filter((fate) =>
    fate.now ? fate.now.paragraphId === row.new?.id : fate.was !== null && fate.was.paragraphId === row.old?.id,
  );
}
