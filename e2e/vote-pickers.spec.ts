import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { annotate } from './fixtures/annotate';
import { pasteDocument } from './fixtures/paste-document';
import { dragSelect } from './fixtures/select-text';
import { viewTab } from './fixtures/views';

const editor = (page: Page) => page.getByTestId('vote-item-editor');
const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);

const PLAN_ITEM = 'Resolution on the report on the economic and social development plan';
const PLAN_TITLE = '关于2024年国民经济和社会发展计划的报告';
const PLAN_TEXT = [
  PLAN_TITLE,
  '一、2023年计划执行情况',
  '全市地区生产总值增长6.3%。',
  '二、2024年主要目标',
  '城镇新增就业3万人以上。',
].join('\n\n');
const QUOTE = 'an innovation system for the whole city';
const NOTE = 'Ask for the research spending figures.';

test("a vote item's pickers see every document: the passage picker defaults to the item's report, the annotation picker lists all annotations by document", async ({
  page,
  desk,
}) => {
  await desk.open(page);
  const workTitle = (await page.locator('.document-title').textContent())?.trim() ?? '';
  expect(workTitle).toMatch(/^Report on the Work of the/);

  // An annotation on the work report (the document open in the reader).
  await dragSelect(page, paragraph(page, 'II.1 ¶2'), QUOTE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  const box = page.getByRole('dialog');
  await box.getByRole('radio', { name: 'Concern' }).check();
  await box.getByRole('textbox', { name: 'Note' }).fill(NOTE);
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toHaveCount(0);

  // A plan report pasted into the library (the reader stays on the work report).
  await viewTab(page, 'Library').click();
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await page.getByTestId('paste-text').getByLabel('Text').fill(PLAN_TEXT);
  await page.getByTestId('paste-text').getByRole('button', { name: 'Check the structure' }).click();
  const preview = page.getByTestId('import-preview');
  await preview.getByLabel('Kind').selectOption('plan-report');
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(page.getByTestId('library-table').locator('tbody tr')).toHaveCount(2);

  await viewTab(page, 'Votes').click();
  await page
    .getByTestId('vote-agenda')
    .getByRole('button', { name: new RegExp(`^\\d+\\. ${PLAN_ITEM}`) })
    .click();
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(PLAN_ITEM);

  // The passage picker opens on the plan report, not on the work report open in the reader.
  await editor(page).getByRole('button', { name: 'Link a passage…' }).click();
  const picker = page.getByTestId('paragraph-picker');
  const chooser = picker.getByRole('combobox', { name: 'Document' });
  await expect(chooser.locator('option:checked')).toHaveText(PLAN_TITLE);
  const planParagraph = picker.getByRole('button', { name: /全市地区生产总值增长6\.3%/ });
  await expect(planParagraph).toBeVisible();
  await expect(picker.locator('button[data-citation="II.1 ¶2"]')).toHaveCount(0);
  await planParagraph.click();
  await expect(planParagraph).toHaveAttribute('aria-pressed', 'true');

  // Switching the chooser to the work report lists its paragraphs.
  await chooser.selectOption({ label: workTitle });
  await expect(picker.locator('button[data-citation="II.1 ¶2"]')).toContainText('innovation system');
  await expect(picker.getByRole('button', { name: /全市地区生产总值/ })).toHaveCount(0);
  await picker.getByRole('button', { name: 'Done' }).click();
  await expect(picker).toHaveCount(0);
  const links = editor(page).getByTestId('paragraph-links');
  await expect(links).toContainText('全市地区生产总值增长6.3%');
  await expect(links).toContainText(PLAN_TITLE);

  // The annotation picker lists the work report's annotation under that report's title.
  await editor(page).getByRole('button', { name: 'Link an annotation…' }).click();
  const annotations = page.getByTestId('annotation-picker');
  await expect(annotations).not.toContainText('You have no annotations yet');
  const group = annotations.getByRole('region', { name: workTitle });
  const option = group.getByRole('button', { name: new RegExp(NOTE.replace(/[.]/g, '\\.')) });
  await expect(option).toContainText(QUOTE);
  await expect(option).toContainText('II.1 ¶2');
  await option.click();
  await expect(option).toHaveAttribute('aria-pressed', 'true');
  await annotations.getByRole('button', { name: 'Done' }).click();
  await expect(editor(page).getByTestId('annotation-links')).toContainText(QUOTE);
});

const COURT_TITLE = '关于市中级人民法院工作的报告';
const COURT_TEXT = [COURT_TITLE, '一、工作回顾', '全年审结各类案件12万件。', '二、明年安排', '继续深化司法体制改革。'].join('\n\n');
const STANDING_ITEM = "Resolution on the standing committee's work report";
const COURT_NOTE = '结案率是多少？';

test('an item without a report of its own opens the passage picker on the document open in the reader, among all of them; its annotation picker lists both documents’ annotations', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  const workTitle = (await page.locator('.document-title').textContent())?.trim() ?? '';
  await annotate(page, 'II.1 ¶2', QUOTE, NOTE);
  // A second document, open in the reader (the library lists the work report first), annotated in Chinese.
  await pasteDocument(page, COURT_TEXT, 'other');
  await annotate(page, '一 ¶1', '审结各类案件', COURT_NOTE);

  await viewTab(page, 'Votes').click();
  await page
    .getByTestId('vote-agenda')
    .getByRole('button', { name: new RegExp(`^\\d+\\. ${STANDING_ITEM}`) })
    .click();
  await editor(page).getByRole('button', { name: 'Link a passage…' }).click();
  const picker = page.getByTestId('paragraph-picker');
  const chooser = picker.getByRole('combobox', { name: 'Document' });
  await expect(chooser.locator('option')).toHaveText([workTitle, COURT_TITLE]);
  await expect(chooser.locator('option:checked')).toHaveText(COURT_TITLE);
  await page.screenshot({ path: testInfo.outputPath('paragraph-picker-open-document.png') });
  const courtParagraph = picker.getByRole('button', { name: /全年审结各类案件12万件/ });
  await courtParagraph.click();
  await expect(courtParagraph).toHaveAttribute('aria-pressed', 'true');
  await picker.getByRole('button', { name: 'Done' }).click();
  await expect(editor(page).getByTestId('paragraph-links')).toContainText('全年审结各类案件12万件');

  const annotations = page.getByTestId('annotation-picker');
  await editor(page).getByRole('button', { name: 'Link an annotation…' }).click();
  await expect(annotations.getByRole('region', { name: workTitle })).toContainText(QUOTE);
  const courtOption = annotations.getByRole('region', { name: COURT_TITLE }).getByRole('button', { name: COURT_NOTE });
  await expect(courtOption).toContainText('审结各类案件');
  await courtOption.click();
  await expect(courtOption).toHaveAttribute('aria-pressed', 'true');
  await annotations.getByRole('button', { name: 'Done' }).click();
  await expect(editor(page).getByTestId('annotation-links')).toContainText('审结各类案件');
});
