/**
 * Printing a draft from the web host: the print stylesheet lays the draft out on A4 with the GB/T 9704
 * margins (37 / 28 / 35 / 26 mm) and nothing of the app; a proposal's co-signers page prints alone.
 * Chromium's print-to-PDF (page.pdf, the print media) makes the paper; poppler measures it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countPrints, expectOfficialPage, inkBox, MM, printToPdf, ruleBand } from './fixtures/print-measure';

const editor = (page: Page) => page.getByTestId('draft-editor');
const CO_SIGNERS = ['张三\t南湖区代表团\t0101', '李四\t秀洲区代表团\t0102', '王五\t嘉善县代表团\t0103'];
const REASONS = Array.from(
  { length: 6 },
  (_, i) =>
    `我市60周岁以上户籍老年人口已超过百万，第${i + 1}项调查显示社区养老服务设施布局不均衡，农村地区尤为突出，部分乡镇居家养老服务照料中心功能单一、使用率不高。`,
).join('\n');

test('a Chinese proposal prints on A4 with the official margins, and its co-signers page prints alone', async ({
  page,
  desk,
}, testInfo) => {
  const printed = await countPrints(page);
  await desk.open(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Drafts', exact: true }).click();
  await page.getByRole('button', { name: 'New proposal' }).click();
  await expect(editor(page)).toBeVisible();
  await editor(page).getByRole('combobox', { name: 'Language of the document' }).selectOption('zh-CN');
  await editor(page).getByRole('textbox', { name: 'Title', exact: true }).fill('关于加快推进城乡社区养老服务设施建设的议案');
  await editor(page).getByRole('textbox', { name: 'Reasons (案由)' }).fill(REASONS);
  await editor(page).getByRole('textbox', { name: 'Item 1' }).fill('制定全市城乡社区养老服务设施专项规划。');
  await editor(page).getByRole('textbox', { name: 'Lead deputy' }).fill('张卫国');
  await editor(page).getByRole('textbox', { name: 'Delegation', exact: true }).fill('南湖区代表团');
  await editor(page).getByRole('button', { name: 'Paste a list…' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Co-signers, one per line' }).fill(CO_SIGNERS.join('\n'));
  await page.getByRole('dialog').getByRole('button', { name: 'Add 3 co-signers' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await editor(page).getByRole('button', { name: 'Print…' }).click();
  await expect.poll(printed).toBe(1);
  const { pdf, pages } = await printToPdf(page, testInfo, 'draft-print');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const [first] = pages;
  const coSignersPage = pages.at(-1);
  // A4, the block within the GB/T 9704 margins, nothing above it (no app chrome, no browser header), "— 1 —" under it.
  expectOfficialPage(pdf, pages);
  const text = first?.words.map((w) => w.text).join('') ?? '';
  expect(text).toContain('议案');
  const words = first?.words.map((w) => w.text) ?? [];
  // 28 characters on a full line of Chinese text, as in the DOCX.
  const cjkLines = words.filter((w) => /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/u.test(w));
  expect(Math.max(...cjkLines.map((w) => Array.from(w).length))).toBe(28);
  // The title in balanced lines broken between phrases, as in the DOCX (never 养|老服务).
  expect(words).toContain('关于加快推进城乡社区');
  expect(words).toContain('养老服务设施建设的议案');
  expect(text).not.toContain('Print…'); // no app chrome
  expect(text).not.toContain('Drafts');
  // The text block, measured where the ink is: it starts at 37 mm from the top and 28 mm from the left,
  // reaches 26 mm from the right, ends above 35 mm from the bottom (210 × 297 mm); only the page number prints below it.
  const block = inkBox(pdf, 1, { from: 0, to: 297 - 35 });
  expect(block.top).toBeLessThan(39); // the first line (22 pt 议案 on a 28.9 pt line) starts at the margin
  expect(block.left).toBeLessThan(28.8);
  expect(210 - block.right).toBeLessThan(27); // justified lines reach the right margin
  expect(block.bottom).toBeLessThanOrEqual(297 - 35);
  expect(block.bottom).toBeGreaterThan(297 - 35 - 12); // the page is full
  // The rule under the header block where the DOCX rendered by LibreOffice has it (measured there: top
  // 69.32 mm, 0.35 mm thick, for the same block): 5 pt under three 28.9 pt lines (议案, the number, and
  // delegation and lead deputy paired on one line, as the DOCX pairs them).
  const rule = ruleBand(pdf, 1, { from: 37, to: 100 });
  expect(Math.abs((rule?.top ?? 0) - (37 + (3 * 28.9 + 5) / MM))).toBeLessThan(0.2);
  expect((rule?.bottom ?? 0) - (rule?.top ?? 0)).toBeLessThan(0.7);
  expect(words.join('')).toContain('第号'); // the number left blank (第, three ideographic spaces, 号), on its own line as in the DOCX
  // "— 1 —" on the right of an odd page, ~7 mm under the block.
  const numberInk = inkBox(pdf, 1, { from: 297 - 35, to: 297 });
  expect(numberInk.left).toBeGreaterThan(105);
  expect(numberInk.top - (297 - 35)).toBeGreaterThan(3);
  expect(numberInk.top - (297 - 35)).toBeLessThan(10);
  // The co-signers on a page of their own: their heading is the first line of the last page.
  expect(coSignersPage?.words.map((w) => w.text).join('')).toMatch(/^附议代表（3人）序号/);
  expect(
    pages
      .slice(0, -1)
      .map((p) => p.words.map((w) => w.text).join(''))
      .join(''),
  ).not.toContain('附议代表');

  // The co-signers page alone, to pass round for signatures.
  await editor(page).getByRole('button', { name: 'Print the co-signers page…' }).click();
  await expect.poll(printed).toBe(2);
  const { pdf: alonePdf, pages: alone } = await printToPdf(page, testInfo, 'co-signers-print');
  expect(alone).toHaveLength(1);
  const signers = alone[0]?.words.map((w) => w.text).join('') ?? '';
  for (const expected of ['附议代表（3人）', '序号', '签名', '张三', '李四', '王五', '嘉善县代表团', '0103'])
    expect(signers).toContain(expected);
  expect(signers).not.toContain('关于加快推进');
  expectOfficialPage(alonePdf, alone);
});

test('an English suggestion prints in English on the same page, signed by the deputy, with no co-signers page to print', async ({
  page,
  desk,
}, testInfo) => {
  await countPrints(page);
  await desk.open(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Drafts', exact: true }).click();
  await page.getByRole('button', { name: 'New suggestion' }).click();
  await expect(editor(page)).toBeVisible();
  await editor(page).getByRole('textbox', { name: 'Title', exact: true }).fill('Suggestion on rural bus services');
  await editor(page)
    .getByRole('textbox', { name: 'Reasons' })
    .fill('Remote villages have one bus a day. Pupils walk an hour to school, and the elderly cannot reach the county hospital.');
  await editor(page).getByRole('textbox', { name: 'Item 1' }).fill('Add ten rural lines.');
  await editor(page).getByRole('textbox', { name: 'Deputy', exact: true }).fill('Wang Fang');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(editor(page).getByRole('button', { name: 'Print the co-signers page…' })).toHaveCount(0);
  await editor(page).getByRole('button', { name: 'Print…' }).click();
  const { pdf, pages } = await printToPdf(page, testInfo, 'suggestion-print');
  expect(pages).toHaveLength(1);
  const text = pages[0]?.words.map((w) => w.text).join(' ') ?? '';
  for (const expected of ['Suggestion on rural bus services', 'I. Reasons', 'II. Measures', '1. Add ten rural lines.', 'Deputy: Wang Fang'])
    expect(text).toContain(expected);
  expectOfficialPage(pdf, pages);
});
