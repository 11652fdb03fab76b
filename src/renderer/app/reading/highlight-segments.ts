import type { ParagraphSpan } from '../../../shared/anchoring/document-text';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';

/** One annotation's part of one paragraph, as offsets in the paragraph's text. */
export interface HighlightRange {
  annotationId: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  /** The annotation ends inside this paragraph (its kind icon is shown there). */
  endsHere: boolean;
}

/** A run of paragraph text covered by the same set of highlights (none for plain text). */
export interface TextSegment {
  start: number;
  end: number;
  ranges: readonly HighlightRange[];
}

/** Splits [0, length) at every highlight boundary; each segment lists the highlights covering it (oldest first). */
export function segmentText(length: number, ranges: readonly HighlightRange[]): TextSegment[] {
  if (ranges.length === 0) return [{ start: 0, end: length, ranges: [] }];
  const cuts = new Set<number>([0, length]);
  for (const range of ranges) {
    cuts.add(clamp(range.start, 0, length));
    cuts.add(clamp(range.end, 0, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = ranges.filter((r) => r.start <= start && r.end >= end);
    const last = segments.at(-1);
    // Neighbouring plain runs never happen (cuts only come from ranges), but keep the output minimal anyway.
    if (last && last.ranges.length === 0 && covering.length === 0) last.end = end;
    else segments.push({ start, end, ranges: covering });
  }
  return segments;
}

export type HighlightMap = ReadonlyMap<string, readonly HighlightRange[]>;

/**
 * The highlights of every paragraph, from the placed (not orphaned, not deleted) annotations. A paragraph
 * whose ranges are unchanged keeps the very array it had in `previous`, so its view is not re-rendered.
 */
export function highlightsByParagraph(
  annotations: readonly Annotation[],
  spans: readonly ParagraphSpan[],
  previous: HighlightMap = new Map(),
): Map<string, readonly HighlightRange[]> {
  const fresh = new Map<string, HighlightRange[]>();
  for (const annotation of annotations) {
    if (annotation.deletedAt !== null || annotation.status === 'orphaned') continue;
    const { start, end } = annotation.target.position;
    let index = firstSpanEndingAfter(spans, start);
    for (; index < spans.length; index++) {
      const span = spans[index]!;
      if (span.start >= end) break;
      const from = Math.max(start, span.start) - span.start;
      const to = Math.min(end, span.end) - span.start;
      if (to <= from) continue;
      const list = fresh.get(span.id) ?? [];
      list.push({ annotationId: annotation.id, kind: annotation.kind, start: from, end: to, endsHere: end <= span.end });
      fresh.set(span.id, list);
    }
  }
  const result = new Map<string, readonly HighlightRange[]>();
  for (const [id, ranges] of fresh) {
    ranges.sort((a, b) => a.start - b.start || b.end - a.end || a.annotationId.localeCompare(b.annotationId));
    const before = previous.get(id);
    result.set(id, before && sameRanges(before, ranges) ? before : ranges);
  }
  return result;
}

function firstSpanEndingAfter(spans: readonly ParagraphSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sameRanges(a: readonly HighlightRange[], b: readonly HighlightRange[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const o = b[i]!;
      return r.annotationId === o.annotationId && r.kind === o.kind && r.start === o.start && r.end === o.end && r.endsHere === o.endsHere;
    })
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
