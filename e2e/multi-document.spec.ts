import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { annotate, paragraph } from './fixtures/annotate';

const BUNDLED_TITLE = 'Report on the Work of the Jiaxing Municipal Government (2024)';
const BUDGET_TITLE = 'Budget Report 2024';
const PLAN_TITLE = '2024年计划报告';

const BUDGET_TXT = `${BUDGET_TITLE}

I. Review of 2023

Revenue reached 88.1 billion yuan, up 5.2% on the year before.

II. Tasks for 2024

Education spending will rise by around 5% and tax relief will total 2 billion yuan.
`;
const PLAN_MD = `${PLAN_TITLE}

# 一、2023年计划执行情况

全市地区生产总值增长6.3%，城镇新增就业14.6万人。

# 二、2024年主要任务

推进城乡融合发展，全年粮食产量稳定在100万吨以上。
`;

const panel = (page: Page) => page.getByTestId('annotations-panel');
const title = (page: Page) => page.locator('.document-title');

async function showLibrary(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeVisible();
}

async function importFile(page: Page, path: string, expectedTitle: string) {
  await showLibrary(page);
  await page.getByTestId('library-file').setInputFiles(path);
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByLabel('Title')).toHaveValue(expectedTitle);
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(preview).toBeHidden();
  await page.getByRole('button', { name: `Open “${expectedTitle}” in the reader` }).click();
  await expect(title(page)).toHaveText(expectedTitle);
}

/** Three documents (the bundled report, an English .txt and a Chinese .md imported here), one annotation in each (or only in the Chinese one). */
async function threeAnnotatedDocuments(page: Page, desk: { open(page: Page): Promise<void> }, { onlyChinese = false } = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'multi-doc-'));
  const txt = join(folder, 'budget-2024.txt');
  const md = join(folder, 'plan-2024.md');
  await writeFile(txt, BUDGET_TXT);
  await writeFile(md, PLAN_MD);

  await desk.open(page);
  if (!onlyChinese) await annotate(page, 'II.1 ¶3', 'top-end sci-tech innovation platforms', 'Which platforms?');
  await importFile(page, md, PLAN_TITLE);
  await annotate(page, '二 ¶1', '城乡融合发展', '粮食产量如何保障？');
  await importFile(page, txt, BUDGET_TITLE);
  if (!onlyChinese) await annotate(page, 'II ¶1', 'tax relief', 'For whom?');
}

test('the annotations panel shows every document’s annotations grouped by document; a card of another document opens it there', async ({
  page,
  desk,
}) => {
  await threeAnnotatedDocuments(page, desk);

  // By default: the open document's annotations only.
  await page.keyboard.press('Control+Shift+L');
  await expect(panel(page)).toBeVisible();
  const cards = panel(page).locator('.annotation-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('tax relief');
  await expect(panel(page).getByRole('button', { name: 'This one', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // One click: every document, grouped, the open one first; the others' cards cite their document.
  await panel(page).getByRole('button', { name: 'All', exact: true }).click();
  await expect(cards).toHaveCount(3);
  const groups = panel(page).locator('.annotation-group');
  await expect(groups.locator('.annotation-group-title')).toHaveText([`${BUDGET_TITLE} · open`, BUNDLED_TITLE, PLAN_TITLE]);
  await expect(panel(page).getByRole('status')).toHaveText('3 annotations in all documents');
  const planGroup = groups.filter({ hasText: PLAN_TITLE });
  await expect(planGroup.locator('.card-citation')).toHaveText(`《${PLAN_TITLE}》 二 ¶1`);
  await expect(groups.filter({ hasText: BUNDLED_TITLE }).locator('.card-citation')).toHaveText(`《${BUNDLED_TITLE}》 II.1 ¶3`);
  await expect(groups.first().locator('.card-citation')).toHaveText('II ¶1');

  // The text filter works across documents.
  await panel(page).getByRole('searchbox', { name: 'Filter by text' }).fill('粮食');
  await expect(cards).toHaveCount(1);
  await expect(panel(page).getByRole('status')).toContainText('1 of 3');
  await panel(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards).toHaveCount(3);
  await page.screenshot({ path: 'e2e/artifacts/multi-document-panel.png' });

  // A card of another document opens that document at the annotation.
  await planGroup.getByRole('button', { name: 'Go to “城乡融合发展”' }).click();
  await expect(title(page)).toHaveText(PLAN_TITLE);
  const mark = paragraph(page, '二 ¶1').locator('mark.hl');
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  // The panel still shows all documents; now the plan report is the open one and the budget report's card cites it.
  await expect(groups.locator('.annotation-group-title')).toHaveText([`${PLAN_TITLE} · open`, BUNDLED_TITLE, BUDGET_TITLE]);
  await expect(groups.filter({ hasText: BUDGET_TITLE }).locator('.card-citation')).toHaveText(`《${BUDGET_TITLE}》 II ¶1`);

  // And back to the bundled report's annotation, deep in its text.
  await groups
    .filter({ hasText: BUNDLED_TITLE })
    .getByRole('button', { name: /Go to “top-end sci-tech/ })
    .click();
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toBeFocused();
  await expect(paragraph(page, 'II.1 ¶3')).toBeInViewport();
});

test('search covers every document, its notes too, with results grouped by document; a result in another document opens it there', async ({
  page,
  desk,
}) => {
  await threeAnnotatedDocuments(page, desk, { onlyChinese: true });
  const search = page.getByRole('search', { name: 'Search' });
  const box = search.getByRole('searchbox', { name: 'Search the reports, notes, tags and drafts' });
  await page.locator('#report').focus();
  await page.keyboard.press('Control+f');
  await expect(box).toBeFocused();

  // A word in all three: the open document's matches first, then the others', each group named.
  await box.fill('2024');
  const groups = search.locator('.search-group');
  await expect(groups.locator('.annotation-group-title')).toHaveText([BUNDLED_TITLE, PLAN_TITLE]);
  await expect(search.locator('.search-results').first().locator('.search-result')).toHaveCount(1);
  await expect(search.getByRole('status')).toContainText(/^Match 1 of 1 · \d+ more in other documents$/);

  // A Chinese word only in the plan report: its paragraph and the note on it, cited in that document.
  await box.fill('粮食');
  await expect(search.getByRole('status')).toHaveText('No matches. · 2 more in other documents');
  await expect(groups).toHaveCount(1);
  const planResults = groups.filter({ hasText: PLAN_TITLE }).locator('.search-result');
  await expect(planResults).toHaveCount(2);
  await expect(planResults.locator('.card-citation')).toHaveText([`《${PLAN_TITLE}》 二 ¶1`, `《${PLAN_TITLE}》 二 ¶1`]);
  await page.screenshot({ path: 'e2e/artifacts/multi-document-search.png' });

  // The note's result opens the plan report at its annotation.
  await groups.filter({ hasText: PLAN_TITLE }).locator('.search-result[data-kind="note"]').click();
  await expect(title(page)).toHaveText(PLAN_TITLE);
  await expect(paragraph(page, '二 ¶1').locator('mark.hl')).toBeFocused();

  // A passage of the bundled report opens it at that paragraph.
  await page.locator('#report').focus();
  await page.keyboard.press('Control+f');
  await box.fill('top-end sci-tech innovation platforms');
  const passage = groups
    .filter({ hasText: BUNDLED_TITLE })
    .locator('.search-result[data-kind="report"]')
    .filter({ has: page.getByText(`《${BUNDLED_TITLE}》 II.1 ¶3`, { exact: true }) });
  await expect(passage).toHaveCount(1);
  await passage.click();
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
  await expect(paragraph(page, 'II.1 ¶3')).toBeInViewport();
});

test('search covers the drafts too, grouped by draft; a draft’s result opens the draft', async ({ page, desk }) => {
  await threeAnnotatedDocuments(page, desk, { onlyChinese: true });
  // A Chinese suggestion whose reasons and plan speak of grain, like the plan report.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Drafts' }).click();
  await page.getByRole('button', { name: 'New suggestion' }).click();
  const editor = page.getByTestId('draft-editor');
  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill('关于稳定粮食生产的建议');
  await editor.getByRole('textbox', { name: 'Reasons' }).fill('我市粮食产量连续三年持平。');
  await editor.getByRole('textbox', { name: 'Item 1' }).fill('提高种粮补贴。');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reader' }).click();

  const search = page.getByRole('search', { name: 'Search' });
  const box = search.getByRole('searchbox', { name: 'Search the reports, notes, tags and drafts' });
  await page.locator('#report').focus();
  await page.keyboard.press('Control+f');
  await box.fill('粮食');
  // The plan report's paragraph and note, then the draft's title and reasons, each group named.
  await expect(search.getByRole('status')).toHaveText('No matches. · 2 more in other documents · 2 in drafts');
  const groups = search.locator('.search-group');
  await expect(groups.locator('.annotation-group-title')).toHaveText([PLAN_TITLE, 'Suggestion: 关于稳定粮食生产的建议']);
  const draftResults = groups.filter({ hasText: 'Suggestion: 关于稳定粮食生产的建议' }).locator('.search-result');
  await expect(draftResults.locator('.card-citation')).toHaveText(['Title', 'Reasons']);
  await expect(draftResults.nth(1).locator('.search-context')).toHaveText('我市粮食产量连续三年持平。');
  // A word only in the plan: the draft's measure, named by its number.
  await box.fill('补贴');
  await expect(search.getByRole('status')).toHaveText('No matches. · 1 in drafts');
  await expect(groups.locator('.card-citation')).toHaveText('Plan, item 1');
  await page.screenshot({ path: 'e2e/artifacts/multi-document-search-drafts.png' });

  await groups.locator('.search-result[data-kind="draft"]').click();
  await expect(editor.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('关于稳定粮食生产的建议');
  await expect(editor.getByRole('textbox', { name: 'Item 1' })).toHaveValue('提高种粮补贴。');
});

test('the deliberation notes of all documents export as one DOCX that reads back grouped by document, each entry citing its document', async ({
  page,
  desk,
}, testInfo) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await threeAnnotatedDocuments(page, desk);
  await page.keyboard.press('Control+Shift+L');
  // The open document's notes by default; with All, every document's.
  await expect(panel(page).getByTestId('export-notes')).toHaveText('Export deliberation notes');
  await panel(page).getByRole('button', { name: 'All', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Export all documents’ notes' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Deliberation notes, all documents.docx');
  const path = testInfo.outputPath('all-notes.docx');
  await download.saveAs(path);
  const text = (await mammoth.extractRawText({ path })).value;

  // In library order: each document's heading, the version its citations refer to, its sections, its notes.
  const order = [
    'Deliberation notes: all session documents',
    BUNDLED_TITLE,
    'Text version 1 of',
    'Concern (《Report on the Work of the Jiaxing Municipal Government (2024)》 II.1 ¶3)',
    '“top-end sci-tech innovation platforms”',
    'Which platforms?',
    PLAN_TITLE,
    '2024年主要任务',
    `Concern (《${PLAN_TITLE}》 二 ¶1)`,
    '粮食产量如何保障？',
    BUDGET_TITLE,
    'II. Tasks for 2024',
    `Concern (《${BUDGET_TITLE}》 II ¶1)`,
    'For whom?',
  ];
  let from = 0;
  for (const piece of order) {
    const at = text.indexOf(piece, from);
    expect(at, `"${piece}" after what comes before it`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
  // Between the bundled report's heading and its note: its version, then the part (II.) and item (1.) the note is in.
  const bundled = text.indexOf(BUNDLED_TITLE, text.indexOf('Deliberation notes'));
  const lines = text
    .slice(bundled, text.indexOf('1. Concern'))
    .split('\n')
    .filter((line) => line.trim() !== '');
  expect(lines.slice(1).map((line) => line.replace(/^(II\. |1\. |Text version 1 of ).*$/, '$1'))).toEqual([
    'Text version 1 of ',
    'II. ',
    '1. ',
  ]);
});
