/**
 * Front matter that is not part of the report: the publication details a web page prints above
 * a report ("Release date:2024-04-17 16:10", "发布时间：2024-01-30 16:10"). Such a line becomes a
 * detail of the document (Outline.details) instead of a paragraph; the stored text is unchanged.
 * Only whole lines made of a label and a date count, and only before the first heading.
 * Every pattern is anchored with bounded quantifiers: linear in the line length.
 */
import type { DocumentDetail } from '../domain/outline';
import { matchMarkdownHeading, matchNumbering } from './heading-patterns';

/** Front matter is short: a web page prints its details within the first lines. */
const FRONT_MATTER_LINES = 12;

const EN_LABEL =
  '(?:release date|date of release|released(?: on)?|publication date|date of publication|published(?: on)?|date published|posted(?: on)?|issued(?: on)?|date of issue)';
const ZH_LABEL = '(?:发布时间|发布日期|发布于|发稿时间|发文时间|发文日期|印发日期)';
const TIME = '(?:\\s{0,3}\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const NUMERIC_DATE = `\\d{4}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日)${TIME}`;
const EN_DATE = `(?:\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})${TIME}`;
const RELEASE_DATE = new RegExp(`^(${EN_LABEL}|${ZH_LABEL})\\s{0,3}[:：]?\\s{0,3}(${NUMERIC_DATE}|${EN_DATE})$`, 'i');

/** "Release date:2024-04-17 16:10" → its detail; null for any other line. */
export function matchReleaseDate(line: string): DocumentDetail | null {
  const m = RELEASE_DATE.exec(line);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  return { kind: 'release-date', label: m[1], value: m[2], text: line };
}

export interface FrontMatter {
  /** The logical lines without the detail lines. */
  lines: string[];
  details: DocumentDetail[];
}

/** Takes the publication details out of the lines before the first heading. */
export function extractFrontMatter(lines: readonly string[]): FrontMatter {
  const details: DocumentDetail[] = [];
  const kept: string[] = [];
  let front = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (front && (i >= FRONT_MATTER_LINES || matchNumbering(line) !== null || matchMarkdownHeading(line) !== null)) front = false;
    const detail = front ? matchReleaseDate(line) : null;
    if (detail) details.push(detail);
    else kept.push(line);
  }
  return { lines: details.length > 0 ? kept : [...lines], details };
}
