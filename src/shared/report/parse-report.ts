/**
 * Report structure detector: plain text (one paragraph per line, or hard-wrapped with blank lines,
 * or Markdown) → Outline of parts, numbered items and cited paragraphs. Never throws on odd input.
 */
import type { Outline } from '../domain/outline';
import { assignCitations } from './citation';
import { extractClosingParagraphs } from './closing-paragraphs';
import { draftToSections } from './draft-section';
import { toLogicalLines } from './logical-lines';
import { buildDraftOutline, type HeadingOverrides } from './outline-builder';
import { assignParagraphIds } from './paragraph-id';
import { pickTitle } from './title';

export interface ParseReportOptions {
  /** Used when the text has no title line (e.g. the file name without extension). */
  fallbackTitle?: string;
  /** The deputy's corrections of detected headings. */
  overrides?: HeadingOverrides;
}

export type { HeadingOverrides };

export function parseReport(text: string, options: ParseReportOptions = {}): Outline {
  const lines = toLogicalLines(text);
  const { title, lineIndex } = pickTitle(lines, options.fallbackTitle);
  if (lines.length === 0) return { title, sections: [] };
  const root = buildDraftOutline(lines, { titleIndex: lineIndex, overrides: options.overrides });
  extractClosingParagraphs(root);
  const sections = draftToSections(root.children);
  assignCitations(sections);
  assignParagraphIds(sections);
  return { title, sections };
}
