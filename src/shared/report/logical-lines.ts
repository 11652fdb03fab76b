/**
 * Turns raw text into logical lines: one entry per paragraph or heading, normalized.
 *
 * Two layouts are supported:
 * - one paragraph per line (the bundled report, text copied from web pages): every non-blank line
 *   is its own logical line;
 * - hard-wrapped paragraphs (Markdown, e-mail): paragraphs are separated by blank lines and broken
 *   over several lines inside a block.
 * If the text has no blank line between two non-blank lines, it is read as one-per-line. Otherwise
 * each blank-line-separated block is examined line by line and a line continues the previous one
 * unless it starts a paragraph (see startsParagraph).
 */
import { isBullet, matchMarkdownHeading, matchNumbering } from './heading-patterns';
import { indentWidth, isCjk, normalizeInline, splitLines, stripBom } from './normalize-text';

interface PhysicalLine {
  text: string;
  indent: number;
}

/** Longer lines are not hard wraps (typical wrap widths are 60–100 characters). */
const WRAP_LIMIT = 100;
/** A line much shorter than the block's widest line ends its paragraph. */
const SHORT_LINE_RATIO = 0.6;

function looksLikeStructure(text: string): boolean {
  return isBullet(text) || matchNumbering(text) !== null || matchMarkdownHeading(text) !== null;
}

function startsParagraph(prev: PhysicalLine, cur: PhysicalLine, blockWidth: number): boolean {
  return (
    cur.indent > prev.indent ||
    looksLikeStructure(cur.text) ||
    matchMarkdownHeading(prev.text) !== null ||
    prev.text.length > WRAP_LIMIT ||
    prev.text.length < blockWidth * SHORT_LINE_RATIO
  );
}

/** Joins wrapped pieces: no space between two CJK characters, one space otherwise. */
function joinWrapped(pieces: readonly string[]): string {
  // One piece (every line of a one-paragraph-per-line text) is kept as it is: join would copy it.
  if (pieces.length === 1) return pieces[0]!;
  // Collected in an array and joined once: no quadratic string concatenation.
  const parts: string[] = [];
  let prev = '';
  for (const piece of pieces) {
    if (parts.length > 0) parts.push(isCjk(prev.charAt(prev.length - 1)) && isCjk(piece.charAt(0)) ? '' : ' ');
    parts.push(piece);
    prev = piece;
  }
  return parts.join('');
}

function usesBlankLineSeparators(lines: PhysicalLine[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    if (line.text === '') {
      if (seenText) blankAfterText = true;
    } else {
      if (blankAfterText) return true;
      seenText = true;
    }
  }
  return false;
}

function splitBlock(block: PhysicalLine[], out: string[]): void {
  let width = 0;
  for (const line of block) width = Math.max(width, line.text.length);
  let pieces: string[] = [];
  let prev: PhysicalLine | null = null;
  for (const line of block) {
    if (prev !== null && startsParagraph(prev, line, width)) {
      out.push(joinWrapped(pieces));
      pieces = [];
    }
    pieces.push(line.text);
    prev = line;
  }
  if (pieces.length > 0) out.push(joinWrapped(pieces));
}

/** Normalized logical lines of `text` (BOM, CRLF, NBSP, double spaces and blank runs handled). */
export function toLogicalLines(text: string): string[] {
  const lines: PhysicalLine[] = splitLines(stripBom(text)).map((raw) => ({
    text: normalizeInline(raw),
    indent: indentWidth(raw),
  }));
  const out: string[] = [];
  if (!usesBlankLineSeparators(lines)) {
    for (const line of lines) if (line.text !== '') out.push(line.text);
    return out;
  }
  let block: PhysicalLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (block.length > 0) splitBlock(block, out);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length > 0) splitBlock(block, out);
  return out;
}
