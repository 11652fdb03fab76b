import type { PdfLine } from './pdf-lines';

/** Running headers and footers sit in this share of the page height at its top and bottom. */
const MARGIN_BAND = 0.1;

/** "— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 10 页", "3/10", "Page 3", "Page 3 of 10". */
const PAGE_NUMBER = [
  /^[-—–－‐_·\s]*\d{1,4}[-—–－‐_·\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^[-—–－]?\s*[ivxlc]{1,6}\s*[-—–－]?$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(t));
}

/**
 * The lines without running headers, footers and page numbers: in the top or bottom band of a
 * page, a page number, or a line that recurs (digits aside) in that band on at least two pages and
 * on at least a third of them. A title at the top of the first page only stays.
 */
export function dropRunningLines(pages: readonly { height: number; lines: readonly PdfLine[] }[]): PdfLine[][] {
  const inBand = (line: PdfLine, height: number): boolean => line.y < height * MARGIN_BAND || line.y > height * (1 - MARGIN_BAND);
  const key = (line: PdfLine): string => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((line) => inBand(line, page.height)).map(key));
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const recurring = (k: string): boolean => {
    const n = pagesWith.get(k) ?? 0;
    return n >= 2 && n >= pages.length / 3;
  };
  return pages.map((page) =>
    page.lines.filter((line) => !(inBand(line, page.height) && (isPageNumber(line.text) || recurring(key(line))))),
  );
}
