/**
 * Printing the deliberation notes from the web host: the print stylesheet lays out the same words as
 * the DOCX export on A4 with the GB/T 9704 margins (37 / 28 / 35 / 26 mm), nothing of the app around them.
 * A headless browser has no print dialog: window.print is replaced by a counter, the page's own code runs.
 */
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { annotate } from './fixtures/annotate';
import { A4, inkBox, MM, printToPdf } from './fixtures/print-measure';

const panel = (page: Page) => page.getByTestId('annotations-panel');
const squeeze = (text: string) => text.replace(/\s+/g, '');
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

test('the deliberation notes print on A4 with the official margins, the same words as the DOCX, in English and in Chinese', async ({
  page,
  desk,
}, testInfo) => {
  await page.addInitScript(() => {
    const counter = window as unknown as { printed: number };
    counter.printed = 0;
    window.print = () => {
      counter.printed += 1;
    };
  });
  await desk.open(page);
  await annotate(page, 'I.1 ¶1', 'Newly established market entities totaled 116,000', 'How many survived the year?');
  await annotate(page, 'II.1 ¶3', 'top-end sci-tech innovation platforms', 'Which platforms, and what budget?');
  await page.keyboard.press('Control+Shift+L');
  await expect(panel(page).locator('.annotation-card')).toHaveCount(2);

  // The DOCX of the same notes, read back: every one of its lines prints, in the same order.
  const downloading = page.waitForEvent('download');
  await panel(page).getByTestId('export-notes').click();
  const path = testInfo.outputPath('notes.docx');
  await (await downloading).saveAs(path);
  const docxLines = (await mammoth.extractRawText({ path })).value
    .split('\n')
    .map(squeeze)
    .filter((line) => line !== '');
  expect(docxLines.length).toBeGreaterThan(8);

  await panel(page).getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => printed(page)).toBe(1);
  const pages = await printToPdf(page, testInfo, 'notes-print');
  const [first] = pages;
  expect(first?.width).toBeCloseTo(A4.width, 0);
  expect(first?.height).toBeCloseTo(A4.height, 0);
  const text = squeeze(pages.map((p) => p.words.map((w) => w.text).join('')).join(''));
  let from = 0;
  for (const line of docxLines) {
    const at = text.indexOf(line, from);
    expect(at, `"${line}" printed after the lines before it`).toBeGreaterThanOrEqual(0);
    from = at + line.length;
  }
  expect(text).not.toContain('Annotations'); // no app chrome
  expect(text).not.toContain('Print…');
  // The text block where the ink is: from 37 mm at the top, 28 mm at the left, within 26 mm of the right.
  const pdf = testInfo.outputPath('notes-print.pdf');
  const block = inkBox(pdf, 1, { from: 0, to: 297 - 35 });
  expect(block.top).toBeGreaterThanOrEqual(37);
  expect(block.top).toBeLessThan(40); // the title's first line (22 pt on a 28.9 pt line) starts at the margin; Latin capitals' ink ~2 mm below
  expect(block.left).toBeGreaterThanOrEqual(27.8);
  expect(block.left).toBeLessThan(29);
  expect(210 - block.right).toBeGreaterThanOrEqual(25.8);
  expect(inkBox(pdf, 1, { from: 0, to: 37 }).top).toBe(Infinity);
  // "— 1 —" under the block, on the right of an odd page.
  expect((first?.words.filter((w) => w.yMin > A4.height - 35 * MM) ?? []).map((w) => w.text).join('')).toBe('—1—');

  // In Chinese: the notes' words in Chinese, the same page.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await panel(page).getByRole('button', { name: '打印…' }).click();
  await expect.poll(() => printed(page)).toBe(2);
  const zh = await printToPdf(page, testInfo, 'notes-print-zh');
  const zhText = squeeze(zh.map((p) => p.words.map((w) => w.text).join('')).join(''));
  expect(zhText).toMatch(/^《.+》审议笔记依据第1版文本/);
  for (const expected of ['原文：“Newlyestablishedmarketentitiestotaled116,000”', '意见：Whichplatforms,andwhatbudget?', '关切（I.1¶1）'])
    expect(zhText).toContain(expected);
  const zhBlock = inkBox(testInfo.outputPath('notes-print-zh.pdf'), 1, { from: 0, to: 297 - 35 });
  expect(zhBlock.top).toBeGreaterThanOrEqual(37);
  expect(zhBlock.left).toBeGreaterThanOrEqual(27.8);
  expect(210 - zhBlock.right).toBeGreaterThanOrEqual(25.8);
});
