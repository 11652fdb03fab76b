import { describe, expect, it } from 'vitest';
import type { PdfLine } from './pdf-lines';
import { dropRunningLines, isPageNumber } from './pdf-running-lines';

const line = (text: string, y: number, page = 1): PdfLine => ({ page, text, isRow: false, x0: 72, x1: 500, y, size: 12, column: 0 });

describe('running headers, footers and page numbers', () => {
  it.each(['— 3 —', '- 3 -', '3', '第3页', '第 3 页 共 10 页', '3/10', 'Page 3', 'Page 3 of 10', '－12－'])(
    '%s is a page number',
    (text) => {
      expect(isPageNumber(text)).toBe(true);
    },
  );

  it.each(['2025年', '第三章', '3.5%', 'I. Review', '增长6%'])('%s is not', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });

  it('drops a header that recurs on the pages and the page numbers, keeping the first page title and the body', () => {
    const pages = [1, 2, 3].map((n) => ({
      height: 842,
      lines: [
        line('嘉兴市人民代表大会文件', 40, n),
        ...(n === 1 ? [line('政府工作报告', 80, n)] : []),
        line(`正文第${n}页的一行，位置在中间。`, 400, n),
        line(`— ${n} —`, 800, n),
      ],
    }));
    expect(dropRunningLines(pages).map((lines) => lines.map((l) => l.text))).toEqual([
      ['政府工作报告', '正文第1页的一行，位置在中间。'],
      ['正文第2页的一行，位置在中间。'],
      ['正文第3页的一行，位置在中间。'],
    ]);
  });

  it('keeps a number in the middle of the page (a table cell, a figure)', () => {
    expect(
      dropRunningLines([
        { height: 842, lines: [line('3', 400)] },
        { height: 842, lines: [line('3', 400, 2)] },
      ]).flat(),
    ).toHaveLength(2);
  });
});
