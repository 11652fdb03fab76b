/**
 * Printing the deliberation notes from the web host: the print stylesheet lays out the same words as
 * the DOCX export on A4 with the GB/T 9704 margins (37 / 28 / 35 / 26 mm), nothing of the app around them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { annotate } from './fixtures/annotate';
import { countPrints, docxLines, expectInOrder, expectOfficialPage, inkBox, printedText, printToPdf } from './fixtures/print-measure';

const panel = (page: Page) => page.getByTestId('annotations-panel');

test('the deliberation notes print on A4 with the official margins, the same words as the DOCX, in English and in Chinese', async ({
  page,
  desk,
}, testInfo) => {
  const printed = await countPrints(page);
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
  const lines = await docxLines(path);
  expect(lines.length).toBeGreaterThan(8);

  await panel(page).getByRole('button', { name: 'Print…' }).click();
  await expect.poll(printed).toBe(1);
  const { pdf, pages } = await printToPdf(page, testInfo, 'notes-print');
  const text = printedText(pages);
  expectInOrder(text, lines);
  expect(text).not.toContain('Annotations'); // no app chrome
  expect(text).not.toContain('Print…');
  // The official page: A4, the text block from 37 mm at the top, 28 mm at the left, within 26 mm of the
  // right, nothing above it, "— 1 —" under it; and the block starts at the margins, not below them.
  expectOfficialPage(pdf, pages);
  const block = inkBox(pdf, 1, { from: 0, to: 297 - 35 });
  expect(block.top).toBeLessThan(40); // the title's first line (22 pt on a 28.9 pt line) starts at the margin; Latin capitals' ink ~2 mm below
  expect(block.left).toBeLessThan(29);

  // In Chinese: the notes' words in Chinese, the same page.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await panel(page).getByRole('button', { name: '打印…' }).click();
  await expect.poll(printed).toBe(2);
  const zh = await printToPdf(page, testInfo, 'notes-print-zh');
  const zhText = printedText(zh.pages);
  expect(zhText).toMatch(/^《.+》审议笔记依据第1版文本/);
  for (const expected of ['原文：“Newlyestablishedmarketentitiestotaled116,000”', '意见：Whichplatforms,andwhatbudget?', '关切（I.1¶1）'])
    expect(zhText).toContain(expected);
  expectOfficialPage(zh.pdf, zh.pages);
});
