import { paragraphIndexAt, type DocumentText } from '../../../shared/anchoring/document-text';
import type { DocumentRange } from '../../app/reading/selection-offsets';

/** The report's own words of a passage: paragraphs separated by a blank line, no citation labels. */
export function passageText(documentText: DocumentText, range: DocumentRange): string {
  return documentText.text.slice(range.start, range.end);
}

/** "II.9 ¶2", or "II.9 ¶2–¶3" / "II.9 ¶4–II.10 ¶1" when the passage runs over several paragraphs. */
export function passageCitation(documentText: DocumentText, range: DocumentRange): string {
  const { paragraphs } = documentText;
  const first = paragraphs[paragraphIndexAt(paragraphs, range.start)]?.citation ?? '';
  const last = paragraphs[paragraphIndexAt(paragraphs, Math.max(range.start, range.end - 1))]?.citation ?? first;
  if (last === first) return first;
  const [firstPlace] = splitCitation(first);
  const [lastPlace, lastMark] = splitCitation(last);
  return firstPlace === lastPlace && lastMark ? `${first}–${lastMark}` : `${first}–${last}`;
  function splitCitation(citation: string): [string, string] {
    const at = citation.lastIndexOf('¶');
    return at === -1 ? [citation, ''] : [citation.slice(0, at).trim(), citation.slice(at)];
  }
}
