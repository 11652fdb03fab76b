import type { ParagraphSpan } from '../../../shared/anchoring/document-text';

/** A selection end resolved to a paragraph: an offset in its text (already clamped into it). */
export interface ParagraphPoint {
  paragraphIndex: number;
  offset: number;
}

/**
 * The last passage selected in the report, kept while focus moves to a button (e.g. Re-attach).
 * Its offsets belong to one version of one document: it is stored with that version's key and
 * read back only with the same key, so a selection never outlives the text it was made in.
 */
export interface SelectionMemory {
  /** The range selected in the version `key`, or null (none, or made in another document or version). */
  get(key: string): DocumentRange | null;
  set(key: string, range: DocumentRange | null): void;
  /** Another version or document is shown now: a selection kept under any other key is dropped for good. */
  retain(key: string): void;
}

/** The key of one version of one document (see SelectionMemory). */
export function versionKey(documentId: string, version: number | null): string {
  return `${documentId}@${version ?? '?'}`;
}

export function createSelectionMemory(): SelectionMemory {
  let kept: { key: string; range: DocumentRange } | null = null;
  return {
    get: (key) => (kept !== null && kept.key === key ? kept.range : null),
    set: (key, range) => {
      kept = range === null ? null : { key, range };
    },
    retain: (key) => {
      if (kept !== null && kept.key !== key) kept = null;
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
