import type { ParagraphSpan } from '../../../shared/anchoring/document-text';

/** A selection end resolved to a paragraph: an offset in its text (already clamped into it). */
export interface ParagraphPoint {
  paragraphIndex: number;
  offset: number;
}

/** The last passage selected in the report, kept while focus moves to a button (e.g. Re-attach). */
export interface SelectionMemory {
  get(): DocumentRange | null;
  set(range: DocumentRange | null): void;
}

export function createSelectionMemory(): SelectionMemory {
  let range: DocumentRange | null = null;
  return {
    get: () => range,
    set: (next) => {
      range = next;
    },
  };
}

export interface DocumentRange {
  start: number;
  end: number;
}

/**
 * Offsets in the document text of the passage between two points (in either order), with white
 * space trimmed from both ends; null when nothing but white space is selected.
 */
export function documentRangeBetween(
  spans: readonly ParagraphSpan[],
  text: string,
  a: ParagraphPoint,
  b: ParagraphPoint,
): DocumentRange | null {
  const toOffset = (point: ParagraphPoint): number | null => {
    const span = spans[point.paragraphIndex];
    if (!span) return null;
    return span.start + Math.min(Math.max(point.offset, 0), span.end - span.start);
  };
  const first = toOffset(a);
  const second = toOffset(b);
  if (first === null || second === null) return null;
  let start = Math.min(first, second);
  let end = Math.max(first, second);
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** Offset within a paragraph's text of (text node `nodeIndex`, `offset`), given the lengths of its text nodes in order. */
export function offsetInTextNodes(lengths: readonly number[], nodeIndex: number, offset: number): number {
  let total = 0;
  for (let i = 0; i < nodeIndex && i < lengths.length; i++) total += lengths[i]!;
  return total + Math.min(offset, lengths[nodeIndex] ?? 0);
}

/** The text node and offset in it for a paragraph-text offset: the inverse of offsetInTextNodes. */
export function locateInTextNodes(lengths: readonly number[], offset: number): { nodeIndex: number; offset: number } {
  let remaining = offset;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (remaining <= length && (remaining < length || i === lengths.length - 1)) return { nodeIndex: i, offset: remaining };
    remaining -= length;
  }
  return { nodeIndex: Math.max(0, lengths.length - 1), offset: lengths.at(-1) ?? 0 };
}
