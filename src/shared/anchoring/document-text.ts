import type { Outline, Section } from '../domain/outline';

/** Paragraphs are joined with this in the document text, so no quote runs two paragraphs together. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export interface ParagraphSpan {
  id: string;
  citation: string;
  /** Offset of the paragraph's first character in the document text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/**
 * The text annotations are anchored in: every paragraph of the outline, in reading order,
 * joined by PARAGRAPH_SEPARATOR (headings are not part of it). Text-position selectors are
 * offsets into this string.
 */
export interface DocumentText {
  text: string;
  paragraphs: ParagraphSpan[];
}

export function buildDocumentText(outline: Outline): DocumentText {
  const parts: string[] = [];
  const paragraphs: ParagraphSpan[] = [];
  let offset = 0;
  const visit = (sections: readonly Section[]): void => {
    for (const section of sections) {
      for (const paragraph of section.paragraphs) {
        if (parts.length > 0) {
          parts.push(PARAGRAPH_SEPARATOR);
          offset += PARAGRAPH_SEPARATOR.length;
        }
        parts.push(paragraph.text);
        paragraphs.push({ id: paragraph.id, citation: paragraph.citation, start: offset, end: offset + paragraph.text.length });
        offset += paragraph.text.length;
      }
      visit(section.children);
    }
  };
  visit(outline.sections);
  return { text: parts.join(''), paragraphs };
}

/** The paragraph that contains `offset` (or the next one, when `offset` falls on a separator); binary search. */
export function paragraphIndexAt(paragraphs: readonly ParagraphSpan[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
