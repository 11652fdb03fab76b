import mammoth from 'mammoth';
import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';
import { viewTab } from './fixtures/views';

const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);
const editor = (page: Page) => page.getByTestId('draft-editor');
const draftList = (page: Page) => page.getByTestId('draft-list');
const QUOTE = 'top-end sci-tech innovation platforms';
const NOTE = 'Which platforms, and what budget?';
const CO_SIGNERS = [
  '张三\t南湖区代表团\t0101',
  '李四，秀洲区代表团，0102',
  '王五、嘉善县代表团、0103',
  'Zhao Liu, Haining Delegation, 0104',
  '钱七 平湖市代表团 0105',
  '孙八\t桐乡市代表团\t0106',
  '周九，海盐县代表团，0107',
  '吴十、经开区代表团、0108',
  '郑十一 南湖区代表团 0109',
  '冯十二\t秀洲区代表团\t0110',
];
const CO_SIGNER_NAMES = ['张三', '李四', '王五', 'Zhao Liu', '钱七', '孙八', '周九', '吴十', '郑十一', '冯十二'];

async function openDrafts(page: Page): Promise<void> {
  await viewTab(page, 'Drafts').click();
  await expect(viewTab(page, 'Drafts')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('drafts-view')).toBeVisible();
}

async function fillProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile and settings…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Li Ming');
  await dialog.getByRole('textbox', { name: 'Delegation' }).fill('Nanhu District Delegation');
  await dialog.getByRole('textbox', { name: 'Deputy number' }).fill('0421');
  await dialog.getByRole('textbox', { name: /^Contact/ }).fill('0573-1234567');
  await expect(dialog.getByRole('spinbutton', { name: 'Co-signatures a proposal needs' })).toHaveValue('10');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('workspace-notice')).toContainText('Profile saved');
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

async function downloadText(page: Page, testInfo: TestInfo, name: string, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = testInfo.outputPath(name);
  await download.saveAs(path);
  return (await mammoth.extractRawText({ path })).value;
}

test('a proposal from an annotation: refused until it has 10 co-signers, then exported as DOCX; autosaved; deleted and restored', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  await openDrafts(page);
  await fillProfile(page);

  // Annotate a passage in the reader.
  await viewTab(page, 'Reader').click();
  await expect(viewTab(page, 'Reader')).toHaveAttribute('aria-current', 'page');
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  const box = page.getByRole('dialog');
  await box.getByRole('radio', { name: 'Concern' }).check();
  await box.getByRole('textbox', { name: 'Note' }).fill(NOTE);
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toHaveCount(0);

  // "Draft proposal" from that annotation, in the annotations panel.
  await page.keyboard.press('Control+Shift+L');
  await page
    .getByTestId('annotations-panel')
    .getByRole('button', { name: /^Draft a proposal from the annotation/ })
    .click();
  await expect(editor(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/drafts\/d-/);
  await expect(viewTab(page, 'Drafts')).toHaveAttribute('aria-current', 'page');
  await expect(editor(page).getByTestId('citations')).toContainText(QUOTE);
  await expect(editor(page).getByTestId('citations')).toContainText('II.1 ¶3');
  const reasons = editor(page).getByRole('textbox', { name: 'Reasons (案由)' });
  await expect(reasons).toHaveValue(NOTE);
  await expect(editor(page).getByRole('textbox', { name: 'Lead deputy' })).toHaveValue('Li Ming');
  await expect(editor(page).getByRole('textbox', { name: 'Delegation', exact: true })).toHaveValue('Nanhu District Delegation');

  await editor(page).getByRole('textbox', { name: 'Title', exact: true }).fill('Proposal on funding innovation platforms');
  await reasons.fill(`${NOTE}\nThe report names no budget for the platforms.`);
  await editor(page).getByRole('textbox', { name: 'Item 1' }).fill('Publish the budget of each platform every year.');
  // A proposal has all three parts: 案由, 案据 (the basis) and 方案.
  await editor(page).getByRole('textbox', { name: 'Basis (案据)' }).fill('The platforms received 2 billion yuan last year.');
  await waitSaved(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'e2e/artifacts/draft-editor.png' });

  // Export is refused, with exactly what is missing.
  await page.getByTestId('export-docx').click();
  const problems = page.getByTestId('export-problems');
  await expect(problems).toContainText('This draft cannot be exported yet');
  await expect(problems.getByRole('button')).toHaveText(['A proposal needs at least 10 co-signers (it has 0)']);
  await expect(problems).toContainText('one matter per proposal');
  await page.screenshot({ path: 'e2e/artifacts/export-problems.png' });
  await problems.getByRole('button', { name: /co-signers/ }).click();
  await expect(editor(page).getByRole('button', { name: 'Add a co-signer' })).toBeFocused();

  // Paste ten co-signers.
  await editor(page).getByRole('button', { name: 'Paste a list…' }).click();
  const paste = page.getByRole('dialog');
  await paste.getByRole('textbox', { name: 'Co-signers, one per line' }).fill(CO_SIGNERS.join('\n'));
  await expect(paste).toContainText('Co-signers found: 10');
  await paste.getByRole('button', { name: 'Add 10 co-signers' }).click();
  await expect(paste).toHaveCount(0);
  await expect(editor(page).getByRole('textbox', { name: 'Name of co-signer 10' })).toHaveValue('冯十二');
  await expect(editor(page).getByRole('textbox', { name: 'Delegation of co-signer 2' })).toHaveValue('秀洲区代表团');
  await waitSaved(page);
  await expect(page.getByTestId('readiness')).toHaveText(/Ready to export/);

  const text = await downloadText(page, testInfo, 'proposal.docx', () => page.getByTestId('export-docx').click());
  await expect(page.getByTestId('workspace-notice')).toContainText('downloaded');
  for (const expected of [
    'Proposal on funding innovation platforms',
    'The report names no budget for the platforms.',
    'Publish the budget of each platform every year.',
    QUOTE,
    'II.1 ¶3',
    'Li Ming',
    ...CO_SIGNER_NAMES,
  ]) {
    expect(text, expected).toContain(expected);
  }

  // Autosaved: a reload keeps the draft open with its fields.
  await page.reload();
  await expect(editor(page)).toBeVisible();
  await expect(editor(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Proposal on funding innovation platforms');
  await expect(editor(page).getByRole('textbox', { name: 'Reasons (案由)' })).toHaveValue(
    `${NOTE}\nThe report names no budget for the platforms.`,
  );
  await expect(editor(page).getByRole('textbox', { name: 'Name of co-signer 1', exact: true })).toHaveValue('张三');
  await expect(draftList(page).getByRole('listitem')).toHaveCount(1);
  await expect(draftList(page)).toContainText('Ready to export');
  await expect(draftList(page)).toContainText('Proposal');

  // Delete, Undo; delete again, Ctrl+Z.
  await editor(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('drafts-view')).toContainText('No drafts yet');
  await page.getByTestId('workspace-notice').getByRole('button', { name: 'Undo' }).click();
  await expect(draftList(page).getByRole('listitem')).toHaveCount(1);
  await draftList(page).getByRole('button', { name: 'Delete “Proposal on funding innovation platforms”' }).click();
  await expect(draftList(page)).toHaveCount(0);
  // Ctrl+Z outside a text field is the app's undo: put the focus on a button of the view, not in a field.
  await page.getByRole('button', { name: 'New suggestion' }).focus();
  await expect(page.getByRole('button', { name: 'New suggestion' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(draftList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('workspace-notice')).toContainText('restored');
});

test('an English suggestion is exported and reads back; the list shows it; a reload keeps the view', async ({ page, desk }, testInfo) => {
  await desk.open(page);
  await openDrafts(page);
  await expect(page.getByRole('combobox', { name: 'Language of new drafts' })).toHaveValue('en');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'New suggestion' }).click();
  await expect(editor(page)).toBeVisible();
  await expect(editor(page).getByRole('combobox', { name: 'Language of the document' })).toHaveValue('en');

  // Live readiness names what is missing.
  await expect(page.getByTestId('readiness')).toContainText('Missing before export');
  await page.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-problems').getByRole('button')).toHaveText(['The draft is empty']);

  await editor(page).getByRole('textbox', { name: 'Title', exact: true }).fill('Suggestion on rural bus services');
  await editor(page).getByRole('textbox', { name: 'Reasons' }).fill('Remote villages have one bus a day.\nPupils walk an hour to school.');
  await editor(page).getByRole('textbox', { name: 'Analysis' }).fill('Demand surveys show 4,000 daily trips.');
  await editor(page).getByRole('textbox', { name: 'Item 1' }).fill('Add ten rural lines.');
  await editor(page).getByRole('button', { name: 'Add an item' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Item 2' })).toBeFocused();
  await page.keyboard.type('Subsidise fares for pupils.');
  // Keyboard reordering: move item 2 up; focus follows the item.
  await editor(page).getByRole('button', { name: 'Move item 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('textbox', { name: 'Item 1' })).toHaveValue('Subsidise fares for pupils.');
  await expect(editor(page).getByRole('button', { name: 'Move item 1 down' })).toBeFocused();
  await page.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-problems').getByRole('button')).toHaveText(['Lead deputy is missing']);
  await page.getByTestId('export-problems').getByRole('button', { name: 'Lead deputy is missing' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Deputy', exact: true })).toBeFocused();
  await page.keyboard.type('Wang Fang');
  await waitSaved(page);
  await expect(page.getByTestId('readiness')).toHaveText(/Ready to export/);
  await expect(draftList(page)).toContainText('Suggestion on rural bus services');
  await expect(draftList(page)).toContainText('Ready to export');
  await page.screenshot({ path: 'e2e/artifacts/drafts-list.png' });

  const text = await downloadText(page, testInfo, 'suggestion.docx', () => page.getByTestId('export-docx').click());
  for (const expected of [
    'Suggestion on rural bus services',
    'Remote villages have one bus a day.',
    'Pupils walk an hour to school.',
    'Demand surveys show 4,000 daily trips.',
    'Add ten rural lines.',
    'Subsidise fares for pupils.',
    'Wang Fang',
  ]) {
    expect(text, expected).toContain(expected);
  }
  expect(text.indexOf('Subsidise fares')).toBeLessThan(text.indexOf('Add ten rural lines'));

  // Duplicate opens a copy; both are listed.
  await editor(page).getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(draftList(page).getByRole('listitem')).toHaveCount(2);

  // Reload: still in the drafts view.
  await page.reload();
  await expect(viewTab(page, 'Drafts')).toHaveAttribute('aria-current', 'page');
  await expect(draftList(page).getByRole('listitem')).toHaveCount(2);
});

test('an invalid draft file is refused with the field named, and nothing changes', async ({ page, desk }) => {
  await desk.open(page);
  await openDrafts(page);
  await expect(page.getByTestId('drafts-view')).toContainText('No drafts yet');
  const bad = { format: 'deputy-desk-draft', formatVersion: 1, draft: { kind: 'petition', language: 'en', title: 'x' } };
  await page
    .getByTestId('draft-import-file')
    .setInputFiles({ name: 'bad-draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const error = page.getByTestId('workspace-error');
  await expect(error).toContainText('“bad-draft.json” was not imported');
  await expect(error).toContainText('draft.kind');
  await expect(page.getByTestId('drafts-view')).toContainText('No drafts yet');
});

test('a suggestion from the selected text quotes it; the reader keeps its place across view switches', async ({ page, desk }) => {
  await desk.open(page);
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  const scrollTop = () => page.locator('main.reading-pane').evaluate((pane) => Math.round(pane.scrollTop));
  const before = await scrollTop();
  expect(before).toBeGreaterThan(1000);
  await page.getByRole('button', { name: 'Draft suggestion' }).click();
  await expect(editor(page)).toBeVisible();
  await expect(editor(page).getByTestId('citations')).toContainText(QUOTE);
  await expect(editor(page).getByTestId('citations')).toContainText('II.1 ¶3');
  await expect(editor(page).getByRole('textbox', { name: 'Reasons' })).toHaveValue('');

  // Back to the reader: the same place, then to the drafts: the same draft.
  await viewTab(page, 'Reader').click();
  await expect(paragraph(page, 'II.1 ¶3')).toBeInViewport();
  expect(await scrollTop()).toBe(before);
  await viewTab(page, 'Drafts').click();
  await expect(editor(page).getByTestId('citations')).toContainText(QUOTE);
});
