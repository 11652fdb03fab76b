import { matchMarkdownHeading, matchNumbering } from '../../../shared/report/heading-patterns';
import { isCjk } from '../../../shared/report/normalize-text';
import type { PdfLine } from './pdf-lines';

/**
 * Printed lines (all pages, in reading order, running headers and footers gone) → the text the
 * structure detector reads: one paragraph per block, blocks separated by blank lines. A paragraph
 * wrapped over several lines, columns or pages is joined again (Chinese without a space, other
 * text with one); it ends where a line stops short of the column's right edge, before a wider
 * gap than the usual line spacing, an indented first line, a change of font size, or a line that
 * starts with a heading number. Table rows (tab-separated cells) stay one line each.
 */
export function linesToText(lines: readonly PdfLine[]): string {
  const rightEdges = columnRightEdges(lines);
  const leftEdges = columnLeftEdges(lines);
  const step = usualLineStep(lines);
  const blocks: string[] = [];
  let current: string | null = null;
  let previous: PdfLine | null = null;
  for (const line of lines) {
    if (current !== null && previous !== null && continues(previous, line, { rightEdges, leftEdges, step })) {
      current = join(current, line.text);
    } else {
      if (current !== null) blocks.push(current);
      current = line.text;
    }
    previous = line;
  }
  if (current !== null) blocks.push(current);
  return blocks.join('\n\n');
}

interface Layout {
  rightEdges: Map<string, number>;
  leftEdges: Map<string, number>;
  step: number;
}

const columnKey = (line: PdfLine): string => `${line.page}:${line.column}`;

function continues(previous: PdfLine, line: PdfLine, layout: Layout): boolean {
  if (previous.isRow || line.isRow) return false;
  if (Math.abs(previous.size - line.size) > 0.75) return false;
  if (startsHeading(line.text)) return false;
  const size = line.size;
  // The previous line stopped short of its column's right edge, with room for the next line's
  // first word: its paragraph ended there.
  const room = (layout.rightEdges.get(columnKey(previous)) ?? previous.x1) - previous.x1;
  if (room > firstWordWidth(line) + 0.5 * size) return false;
  // An indented first line starts a paragraph.
  if (line.x0 > (layout.leftEdges.get(columnKey(line)) ?? line.x0) + 1.2 * size) return false;
  const sameColumn = previous.page === line.page && previous.column === line.column;
  if (sameColumn && line.y - previous.y > Math.max(layout.step * 1.35, size * 1.2) + 0.5) return false;
  return true;
}

/** About how wide the line's first word is (its first character, in Chinese), from the line's average character width. */
function firstWordWidth(line: PdfLine): number {
  const chars = Math.max(1, Array.from(line.text).length);
  const perChar = (line.x1 - line.x0) / chars;
  const first = isCjk(line.text[0]) ? 1 : Array.from(/^\S+/.exec(line.text)?.[0] ?? 'x').length;
  return (first + 1) * perChar;
}

function startsHeading(text: string): boolean {
  return matchNumbering(text) !== null || matchMarkdownHeading(text) !== null;
}

function join(before: string, after: string): string {
  if (isCjk(before.at(-1)) || isCjk(after[0])) return before + after;
  // A word broken at the line's end with a hyphen: "deve-" + "lopment".
  if (/[A-Za-z]-$/.test(before) && /^[a-z]/.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

/** Each page column's right edge: where its full lines end (the 90th percentile of line ends). */
function columnRightEdges(lines: readonly PdfLine[]): Map<string, number> {
  return percentileBy(lines, (line) => line.x1, 0.9);
}

/** Each page column's left edge: where most lines start (the 10th percentile of line starts). */
function columnLeftEdges(lines: readonly PdfLine[]): Map<string, number> {
  return percentileBy(lines, (line) => line.x0, 0.1);
}

function percentileBy(lines: readonly PdfLine[], value: (line: PdfLine) => number, share: number): Map<string, number> {
  const groups = new Map<string, number[]>();
  for (const line of lines) {
    if (line.isRow) continue;
    const group = groups.get(columnKey(line)) ?? [];
    group.push(value(line));
    groups.set(columnKey(line), group);
  }
  const edges = new Map<string, number>();
  for (const [key, values] of groups) {
    values.sort((a, b) => a - b);
    const edge = values[Math.min(values.length - 1, Math.floor(values.length * share))];
    if (edge !== undefined) edges.set(key, edge);
  }
  return edges;
}

/** The most common distance between consecutive baselines in one column (the body text's line spacing). */
function usualLineStep(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  let previous: PdfLine | undefined;
  for (const b of lines) {
    const a = previous;
    previous = b;
    if (a === undefined || a.page !== b.page || a.column !== b.column) continue;
    const step = Math.round(b.y - a.y);
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) {
      best = step;
      bestCount = count;
    }
  }
  return best;
}
