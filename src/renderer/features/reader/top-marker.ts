/**
 * Index of the first of `count` stacked elements whose bottom edge lies below `line`
 * (`bottomOf(i)` grows with `i`, as for blocks in reading order), or `count` when none does.
 * A binary search, so the scroll-spy reads only a handful of layout boxes per update.
 */
export function firstBelow(count: number, bottomOf: (index: number) => number, line: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (bottomOf(mid) > line) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Where a marker is, as the scroll-spy sees it. */
export interface MarkerInfo {
  /** Outline path of the section the marker belongs to. */
  section: string;
  /** Paragraph id when the marker is a paragraph, null for a heading. */
  paragraphId: string | null;
}

export interface TopOfPane {
  section: string | null;
  paragraphId: string | null;
}

/**
 * What is at the top of the reading pane: the section of the first marker not yet scrolled past,
 * and the first paragraph at or after it (the reading position).
 */
export function topOfPane(markers: readonly MarkerInfo[], firstVisible: number): TopOfPane {
  const top = markers[firstVisible] ?? markers[markers.length - 1];
  let paragraphId: string | null = null;
  for (let i = Math.max(0, Math.min(firstVisible, markers.length - 1)); i < markers.length; i += 1) {
    const id = markers[i]?.paragraphId;
    if (id) {
      paragraphId = id;
      break;
    }
  }
  return { section: top?.section ?? null, paragraphId };
}
