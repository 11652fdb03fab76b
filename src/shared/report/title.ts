/** Picks the report title from its first logical line. */
import { matchMarkdownHeading, matchNumbering } from './heading-patterns';

const MAX_TITLE_CHARS = 150;
const NOT_TITLE_ENDINGS = new Set(['.', '。', '!', '！', '?', '？', ',', '，', ';', '；', ':', '：']);

export interface TitleChoice {
  title: string;
  /** Index of the logical line used as title, or -1 when the fallback was used. */
  lineIndex: number;
}

/**
 * The title is the first logical line when it is short (≤ 150 chars), not numbered and does not end
 * with sentence or clause punctuation; "# Title" gives "Title". Otherwise `fallbackTitle`, else
 * "Untitled". The title line stays in the outline (as a preamble paragraph or a Markdown section).
 */
export function pickTitle(lines: readonly string[], fallbackTitle?: string): TitleChoice {
  const fallback = fallbackTitle?.trim() ? fallbackTitle.trim() : 'Untitled';
  const first = lines[0];
  if (first === undefined) return { title: fallback, lineIndex: -1 };
  const md = matchMarkdownHeading(first);
  if (md !== null) return { title: md.text, lineIndex: 0 };
  const last = first.charAt(first.length - 1);
  if (first.length <= MAX_TITLE_CHARS && matchNumbering(first) === null && !NOT_TITLE_ENDINGS.has(last)) {
    return { title: first, lineIndex: 0 };
  }
  return { title: fallback, lineIndex: -1 };
}

// A Latin letter or digit glued to an opening parenthesis ("Government(2024)"), which English
// separates with a space; not a plural suffix ("Year(s)", "Process(es)").
const GLUED_PARENTHESIS = /([A-Za-z0-9\u00c0-\u024f])\((?!(?:s|es)\))/g;

/**
 * The title line as English prints it: a space before "(" where the source (often a web page
 * translated from Chinese, which puts none) has "Government(2024)". Chinese text is unchanged.
 */
export function spaceTitle(line: string): string {
  return line.replace(GLUED_PARENTHESIS, '$1 (');
}
