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
import { extractFrontMatter } from './front-matter';
import { assignParagraphIds } from './paragraph-id';
import { PARSER_REVISION } from './parser-revision';
import { pickTitle, spaceTitle } from './title';

export interface ParseReportOptions {
  /** Used when the text has no title line (e.g. the file name without extension). */
  fallbackTitle?: string;
  /** The deputy's corrections of detected headings. */
  overrides?: HeadingOverrides;
  /** Read the text as this revision of the parser did (see parser-revision.ts); default: the current one. */
  revision?: number;
}

export type { HeadingOverrides };

export function parseReport(text: string, options: ParseReportOptions = {}): Outline {
  const revision = options.revision ?? PARSER_REVISION;
  const front = revision >= 2 ? extractFrontMatter(toLogicalLines(text)) : { lines: toLogicalLines(text), details: [] };
  const { lines } = front;
  const picked = pickTitle(lines, options.fallbackTitle);
  let title = picked.title;
  if (revision >= 2 && picked.lineIndex >= 0) {
    lines[picked.lineIndex] = spaceTitle(lines[picked.lineIndex]!);
    title = spaceTitle(title);
  }
  const details = front.details.length > 0 ? { details: front.details } : {};
  if (lines.length === 0) return { title, sections: [], ...details };
  const root = buildDraftOutline(lines, { titleIndex: picked.lineIndex, overrides: options.overrides });
  extractClosingParagraphs(root);
  const sections = draftToSections(root.children);
  assignCitations(sections);
  assignParagraphIds(sections);
  return { title, sections, ...details };
}
