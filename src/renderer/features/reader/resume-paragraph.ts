/**
 * Where to keep reading when the text changes under the reader (a revised version): the paragraph
 * that was at the top, else the nearest one around it, the following ones first (reading goes on
 * from there). Returned as candidates in that order; the caller takes the first one the new text
 * still has (paragraph ids hash the text, so an unchanged paragraph keeps its id).
 */
export function resumeCandidates(paragraphIds: readonly string[], topId: string | null): string[] {
  if (topId === null) return [];
  const at = paragraphIds.indexOf(topId);
  if (at === -1) return [topId];
  const out = [topId];
  for (let step = 1; at + step < paragraphIds.length || at - step >= 0; step++) {
    if (at + step < paragraphIds.length) out.push(paragraphIds[at + step]!);
    if (at - step >= 0) out.push(paragraphIds[at - step]!);
  }
  return out;
}

/** The first candidate the (new) text has, or null. */
export function firstSurviving(candidates: readonly string[], has: (paragraphId: string) => boolean): string | null {
  return candidates.find(has) ?? null;
}
