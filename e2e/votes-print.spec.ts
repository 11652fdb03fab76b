/**
 * Printing the voting notes from the web host: the print stylesheet lays out the words and the
 * candidates' table of the DOCX export on A4 with the GB/T 9704 margins (37 / 28 / 35 / 26 mm), nothing
 * of the app around them. The exported DOCX is printed by LibreOffice in the test, and both papers are
 * measured with poppler: the same margins (within 1 mm), the same lines, the same rows and marks.
 */
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { openVoteItem } from './fixtures/vote-items';
import { viewTab } from './fixtures/views';
import {
  countPrints,
  docxLines,
  docxToPdf,
  expectInOrder,
  expectOfficialPage,
  inkBox,
  printedText,
  printToPdf,
  squeeze,
  type PrintedPages,
} from './fixtures/print-measure';

const BALLOT = 'Ballot on the livelihood projects';
const GWR = 'Resolution on the government work report';
const BUDGET = 'Resolution on the budget report';
/**
 * Three projects as a 办公室 lists them: 5000万元, 3.2亿元, 800万元; the deputy approves, opposes and
 * abstains. Names that fit the project's column on one line, so a row is one printed line.
 */
const PROJECTS = [
  { line: '1. 公交提升工程\t5000万元\t2024年12月', name: '公交提升工程', mark: 'Approve' },
  { line: '2、老旧小区改造，3.2亿元，2024年10月', name: '老旧小区改造', mark: 'Oppose' },
  { line: '3. 口袋公园建设\t800万元\t2025年6月', name: '口袋公园建设', mark: 'Abstain' },
] as const;

/** Two intentions with reasons (English and Chinese) and the livelihood ballot marked; then the summary. */
async function writeVotingNotes(page: Page): Promise<void> {
  await viewTab(page, 'Votes').click();
  const gwr = await openVoteItem(page, GWR);
  await gwr.getByRole('radio', { name: 'For' }).check();
  await gwr.getByRole('textbox', { name: 'Reasons' }).fill('The targets for 2024 are realistic and the review is candid.');
  await expect(gwr.getByTestId('vote-save-status')).toHaveText('Saved');
  const budget = await openVoteItem(page, BUDGET);
  await budget.getByRole('radio', { name: 'Abstain' }).check();
  await budget.getByRole('textbox', { name: 'Reasons' }).fill('预算草案中民生支出比例需要进一步说明。');
  await expect(budget.getByTestId('vote-save-status')).toHaveText('Saved');
  const ballot = (await openVoteItem(page, BALLOT)).getByTestId('ballot');
  await ballot.getByRole('button', { name: 'Paste a list…' }).click();
  const paste = page.getByTestId('paste-candidates-dialog');
  await paste.getByRole('textbox', { name: 'The list, one project a line' }).fill(PROJECTS.map((p) => p.line).join('\n'));
  await paste.getByRole('button', { name: 'Add 3 candidates' }).click();
  await expect(paste).toHaveCount(0);
  for (const project of PROJECTS)
    await ballot
      .getByRole('radiogroup', { name: `Mark for ${project.name}` })
      .getByRole('radio', { name: project.mark })
      .check();
  await expect(ballot.getByTestId('ballot-verdict')).toHaveAttribute('data-verdict', 'valid');
  await page.getByTestId('votes-view').getByRole('button', { name: 'Summary of intentions' }).click();
}

/** The printed lines of each page as a reader reads them: words on one baseline, left to right, without white space. */
function readingLines(pages: PrintedPages): string[] {
  return pages.flatMap(({ words }) => {
    const lines: { y: number; words: PrintedPages[number]['words'] }[] = [];
    for (const word of words) {
      // Latin and CJK words of one line differ in height: their middles are within a few points (lines are 28.9 pt apart).
      const middle = (word.yMin + word.yMax) / 2;
      const line = lines.find((l) => Math.abs(l.y - middle) < 8);
      if (line) line.words.push(word);
      else lines.push({ y: middle, words: [word] });
    }
    return lines
      .sort((a, b) => a.y - b.y)
      .map((l) =>
        squeeze(
          l.words
            .sort((a, b) => a.xMin - b.xMin)
            .map((w) => w.text)
            .join(''),
        ),
      );
  });
}

/** The printed line holding `name` (a candidate's row), without white space. */
const rowOf = (pages: PrintedPages, name: string) => readingLines(pages).find((line) => /^\d/.test(line) && line.includes(name)) ?? '';

/** Exports the voting notes as DOCX and prints that with LibreOffice: its lines (Word's text), and its paper. */
async function exportedDocx(page: Page, testInfo: TestInfo, name: string) {
  const downloading = page.waitForEvent('download');
  await page
    .getByTestId('votes-summary')
    .getByRole('button', { name: /^(Export voting notes|导出表决笔记)$/ })
    .click();
  const path = testInfo.outputPath(`${name}.docx`);
  await (await downloading).saveAs(path);
  return { lines: await docxLines(path), ...docxToPdf(readFileSync(path), name) };
}

/** The printed sheet against the DOCX as LibreOffice prints it: margins within 1 mm, every line in order, each row the same. */
function expectSamePaper(printed: { pdf: string; pages: PrintedPages }, docx: Awaited<ReturnType<typeof exportedDocx>>) {
  expectOfficialPage(printed.pdf, printed.pages);
  const ours = inkBox(printed.pdf, 1, { from: 0, to: 297 - 35 });
  const theirs = inkBox(docx.pdf, 1, { from: 0, to: 297 - 35 });
  expect(Math.abs(ours.top - theirs.top), `top ${ours.top} vs the DOCX's ${theirs.top} mm`).toBeLessThan(1);
  expect(Math.abs(ours.left - theirs.left), `left ${ours.left} vs the DOCX's ${theirs.left} mm`).toBeLessThan(1);
  expect(Math.abs(ours.right - theirs.right), `right ${ours.right} vs the DOCX's ${theirs.right} mm`).toBeLessThan(1);
  expect(docx.lines.length).toBeGreaterThan(20);
  expectInOrder(readingLines(printed.pages).join(''), docx.lines);
  for (const project of PROJECTS) {
    const row = rowOf(printed.pages, project.name);
    expect(row, `the row of ${project.name}`).toBe(rowOf(docx.pages, project.name));
  }
}

test('the voting notes print on A4 with the margins, lines and candidates’ table of their DOCX, in English', async ({
  page,
  desk,
}, testInfo) => {
  const printed = await countPrints(page);
  await desk.open(page);
  await writeVotingNotes(page);
  const summary = page.getByTestId('votes-summary');
  await summary.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(printed).toBe(1);
  const paper = await printToPdf(page, testInfo, 'votes-print');
  const text = printedText(paper.pages);
  // The title, the line under it, the table's header and the rows: amounts and marks as the deputy writes them.
  expect(text).toMatch(/^Votingnotes\(Privatenotesformyownreference—notaballot\)/);
  expect(readingLines(paper.pages)).toContain('No.ProjectInvestmentCompletionMymark');
  expect(rowOf(paper.pages, PROJECTS[0].name)).toBe('1公交提升工程CNY50millionDecember2024Approve');
  expect(rowOf(paper.pages, PROJECTS[1].name)).toBe('2老旧小区改造CNY320millionOctober2024Oppose');
  expect(rowOf(paper.pages, PROJECTS[2].name)).toBe('3口袋公园建设CNY8millionJune2025Abstain');
  // Nothing of the app: no view tabs, no summary counts, no buttons.
  for (const chrome of ['Summaryofintentions', 'Exportvotingnotes', 'Reader', 'Drafts', 'Print']) expect(text).not.toContain(chrome);
  expectSamePaper(paper, await exportedDocx(page, testInfo, 'voting-notes-en'));
});

test('the voting notes print in Chinese with 万元 and 亿元 as in their DOCX', async ({ page, desk }, testInfo) => {
  const printed = await countPrints(page);
  await desk.open(page);
  await writeVotingNotes(page);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  const summary = page.getByTestId('votes-summary');
  await summary.getByRole('button', { name: '打印', exact: true }).click();
  await expect.poll(printed).toBe(1);
  const paper = await printToPdf(page, testInfo, 'votes-print-zh');
  const text = printedText(paper.pages);
  expect(text).toMatch(/^表决笔记（私人笔记，仅供本人参考，不是选票）/);
  expect(readingLines(paper.pages)).toContain('序号项目投资计划完成我的标记');
  expect(rowOf(paper.pages, PROJECTS[0].name)).toBe('1公交提升工程5000万元2024年12月赞成');
  expect(rowOf(paper.pages, PROJECTS[1].name)).toBe('2老旧小区改造3.2亿元2024年10月反对');
  expect(rowOf(paper.pages, PROJECTS[2].name)).toBe('3口袋公园建设800万元2025年6月弃权');
  for (const chrome of ['表决意向汇总', '导出表决笔记', '阅读']) expect(text).not.toContain(chrome);
  expectSamePaper(paper, await exportedDocx(page, testInfo, 'voting-notes-zh'));
});
