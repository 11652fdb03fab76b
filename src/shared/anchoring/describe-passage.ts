import type { AnnotationTarget } from '../domain/annotation';
import { QUOTE_CONTEXT_LENGTH } from '../domain/annotation';
import type { DocumentText } from './document-text';
import { paragraphIndexAt } from './document-text';

/** White space and the paragraph separator are trimmed off a selection (a triple-click selects the newline too). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The [start, end) range with white space trimmed off both ends, or null when nothing is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(text.length, Math.trunc(start)));
  let e = Math.max(0, Math.min(text.length, Math.trunc(end)));
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Context before `start`, never beginning with half a surrogate pair (it would not compare equal to anything). */
export function prefixAt(text: string, start: number): string {
  let from = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

/** Context after `end`, never ending with half a surrogate pair. */
export function suffixAt(text: string, end: number): string {
  let to = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/**
 * The W3C-style target of a selection in the document text: text-position selector, text-quote
 * selector (exact + 32 characters of context on each side, crossing paragraph separators when the
 * passage sits at a paragraph edge) and the paragraph the passage starts in. The range may span
 * several paragraphs. Null when the range holds no visible text (or the document is empty).
 */
export function describePassage(doc: DocumentText, start: number, end: number): AnnotationTarget | null {
  if (!Number.isFinite(start) || !Number.isFinite(end) || doc.paragraphs.length === 0) return null;
  const range = trimRange(doc.text, Math.min(start, end), Math.max(start, end));
  if (range === null) return null;
  const paragraph = doc.paragraphs[paragraphIndexAt(doc.paragraphs, range.start)];
  if (paragraph === undefined) return null;
  return {
    paragraphId: paragraph.id,
    position: { start: range.start, end: range.end },
    quote: {
      exact: doc.text.slice(range.start, range.end),
      prefix: prefixAt(doc.text, range.start),
      suffix: suffixAt(doc.text, range.end),
    },
  };
}
