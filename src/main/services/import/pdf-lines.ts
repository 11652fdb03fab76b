import { isCjk } from '../../../shared/report/normalize-text';
import type { PdfPageText, PdfTextItem } from './pdf-text';

/** A printed line of a page (one column's part of it, on a page in columns), in reading order. */
export interface PdfLine {
  page: number;
  /** The line's text; a table row's cells are separated by tabs. */
  text: string;
  /** More than one cell: a table row (or text set apart by wide gaps), never joined with another line. */
  isRow: boolean;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  /** Which column of the page (0 for the whole width or the left one). */
  column: number;
}

/** A gap wider than this many font sizes between two pieces on one line separates table cells. */
const CELL_GAP = 1.2;
/** A gap wider than this many font sizes between two pieces of Latin text is a space. */
const WORD_GAP = 0.15;

/**
 * The lines of one page in reading order: pieces on one baseline form a line; on a page set in two
 * columns (an empty gutter down the middle with text filling both sides), the left column's lines
 * come before the right one's, between any lines that span both.
 */
export function pageLines(page: PdfPageText): PdfLine[] {
  const rows = baselineRows(page.items.filter((item) => item.text.trim() !== ''));
  const gutter = findGutter(rows, page.width);
  if (!gutter) return rows.map((row) => toLine(page.number, row, 0));
  const mid = (gutter.from + gutter.to) / 2;
  const lines: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = (): void => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.some((item) => item.x < gutter.from && item.x + item.width > gutter.to)) {
      flush();
      lines.push(toLine(page.number, row, 0));
      continue;
    }
    const l = row.filter((item) => item.x + item.width / 2 < mid);
    const r = row.filter((item) => item.x + item.width / 2 >= mid);
    if (l.length > 0) left.push(toLine(page.number, l, 0));
    if (r.length > 0) right.push(toLine(page.number, r, 1));
  }
  flush();
  return lines;
}

/** Pieces grouped by baseline, top to bottom, each row left to right. */
function baselineRows(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  let current: PdfTextItem[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    if (current.length > 0 && item.y - baseline > Math.max(1, 0.4 * item.size)) {
      rows.push(current);
      current = [];
    }
    if (current.length === 0) baseline = item.y;
    current.push(item);
  }
  if (current.length > 0) rows.push(current);
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

/**
 * The widest vertical strip in the middle of the page that (almost) no row crosses while many rows
 * have text on either side of it, and only when the text on each side fills its column (a table's
 * short cells leave gutters too, but they stay rows of cells).
 */
function findGutter(rows: readonly PdfTextItem[][], pageWidth: number): { from: number; to: number } | null {
  if (rows.length < 6 || pageWidth <= 0) return null;
  const step = 2;
  const bins = Math.ceil(pageWidth / step);
  const crossing = new Array<number>(bins).fill(0);
  for (const row of rows) {
    const seen = new Set<number>();
    for (const item of row) {
      for (let b = Math.max(0, Math.floor(item.x / step)); b < Math.min(bins, Math.ceil((item.x + item.width) / step)); b++) seen.add(b);
    }
    for (const b of seen) crossing[b] = (crossing[b] ?? 0) + 1;
  }
  const allowed = Math.floor(rows.length * 0.1);
  let best: { from: number; to: number } | null = null;
  for (let b = Math.floor((pageWidth * 0.3) / step); b < Math.ceil((pageWidth * 0.7) / step); b++) {
    if ((crossing[b] ?? 0) > allowed) continue;
    let end = b;
    while (end + 1 < bins && (crossing[end + 1] ?? 0) <= allowed) end += 1;
    if (!best || (end - b) * step > best.to - best.from) best = { from: b * step, to: (end + 1) * step };
    b = end;
  }
  if (!best || best.to - best.from < 6) return null;
  const gutter = best;
  // A column may hold a few lines only (the last page of a part): three on each side are enough.
  const leftRows = rows.filter((row) => row.some((i) => i.x + i.width <= gutter.from));
  const rightRows = rows.filter((row) => row.some((i) => i.x >= gutter.to));
  if (leftRows.length < 3 || rightRows.length < 3) return null;
  const fills = (parts: PdfTextItem[][], start: number, end: number): boolean => {
    const widths = parts.map((p) => Math.max(...p.map((i) => i.x + i.width)) - Math.min(...p.map((i) => i.x))).sort((a, b) => a - b);
    return (widths[Math.floor(widths.length / 2)] ?? 0) >= 0.6 * (end - start);
  };
  const leftParts = leftRows.map((row) => row.filter((i) => i.x + i.width <= gutter.from));
  const rightParts = rightRows.map((row) => row.filter((i) => i.x >= gutter.to));
  const leftEdge = Math.min(...leftParts.flat().map((i) => i.x));
  const rightEdge = Math.max(...rightParts.flat().map((i) => i.x + i.width));
  return fills(leftParts, leftEdge, gutter.from) && fills(rightParts, gutter.to, rightEdge) ? gutter : null;
}

function toLine(page: number, items: readonly PdfTextItem[], column: number): PdfLine {
  const size = Math.max(...items.map((item) => item.size));
  let text = '';
  let cells = 1;
  let end = Number.NaN;
  for (const item of items) {
    const piece = item.text;
    if (text !== '') {
      const gap = item.x - end;
      if (gap > CELL_GAP * size) {
        text = text.trimEnd() + '\t';
        cells += 1;
      } else if (gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(piece) && !isCjk(text.at(-1)) && !isCjk(piece[0])) {
        text += ' ';
      }
    }
    text += text.endsWith('\t') ? piece.trimStart() : piece;
    end = item.x + item.width;
  }
  const first = items[0];
  const last = items.at(-1);
  if (first === undefined || last === undefined) throw new Error('a line is made of at least one piece of text');
  return {
    page,
    text: tidySpaces(text),
    isRow: cells > 1,
    x0: first.x,
    x1: last.x + last.width,
    y: Math.max(...items.map((i) => i.y)),
    size,
    column,
  };
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) +(?=[A-Za-z0-9%(])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([A-Za-z0-9%.)]) +(?=[${CJK}])`, 'g');

/**
 * Runs of spaces become one; the spaces PDF makers set between Chinese and digits or Latin letters
 * ("2031 年 1 月", "增长 6.2%": a typesetting gap, not part of the text) are dropped.
 */
export function tidySpaces(text: string): string {
  return text
    .split('\t')
    .map((cell) => cell.replace(/ {2,}/g, ' ').trim().replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1'))
    .join('\t');
}
