/**
 * Line breaks of a title in the DOCX: balanced lines for a Chinese title (src/shared/drafts/title-lines.ts),
 * as many 22 pt characters a line as the text block holds.
 */
import { balancedTitleLines } from '../../../shared/drafts/title-lines';
import type { Typography } from './official-layout';
import { TEXT_WIDTH } from './official-layout';
import { splitParagraphs } from './xml-text';

/** The lines of a title: the deputy's own line breaks, else balanced lines for a Chinese title. */
export function titleLines(t: Typography, title: string): string[] {
  return balancedTitleLines(splitParagraphs(title), t.language, Math.floor(TEXT_WIDTH / (t.title.size * 10))); // 20 characters of 22 pt
}
