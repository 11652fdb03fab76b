import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const MD_FIXTURE = join(import.meta.dirname, 'fixtures/library/plan-report.md');
const PLAN_TITLE = 'Report on the Plan for National Economic and Social Development 2024';
const BUDGET_TITLE = 'Report on the Budget 2024';

/** A Word report with heading styles and a Word numbered list; "Spending on schools" is a heading Word did not mark. */
async function writeWordReport(folder: string): Promise<string> {
  const item = (text: string) => new Paragraph({ text, numbering: { reference: 'tasks', level: 0 } });
  const doc = new Document({
    numbering: {
      config: [{ reference: 'tasks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: BUDGET_TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Review of 2023', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Revenue reached 88.1 billion yuan, up 5.2% on the year before.'),
          new Paragraph('Spending on schools'),
          new Paragraph('Education spending rose by 8% and 12 new schools opened.'),
          new Paragraph({ text: 'Tasks for 2024', heading: HeadingLevel.HEADING_1 }),
          item('We will keep spending on education steady.'),
          new Paragraph('Education spending will rise by around 5%.'),
          item('We will support small businesses.'),
          new Paragraph('Tax relief will total 2 billion yuan.'),
        ],
      },
    ],
  });
  const path = join(folder, 'budget-2024.docx');
  await writeFile(path, await Packer.toBuffer(doc));
  return path;
}

const libraryRows = (page: Page) => page.getByTestId('library-table').locator('tbody tr');
const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' });

async function showLibrary(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeVisible();
}

test('import a .docx and a .md with a corrected outline, open them, import twice, refuse a corrupt file, remove with undo, reload', async ({
  page,
  desk,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-library-'));
  const docxPath = await writeWordReport(folder);
  await desk.open(page);
  await showLibrary(page);
  await expect(page).toHaveURL(/#\/library$/);
  await expect(libraryRows(page)).toHaveCount(1);
  await expect(libraryRows(page).first()).toContainText('Report on the Work of the Jiaxing Municipal Government');
  await expect(libraryRows(page).first()).toContainText('Open in the reader');
  await expect(libraryRows(page).first().getByRole('combobox')).toHaveValue('work-report');
  await expectNoSeriousA11yViolations(page);

  // The .docx: preview, make "Spending on schools" an item heading, save.
  await page.getByTestId('library-file').setInputFiles(docxPath);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByLabel('Title')).toHaveValue(BUDGET_TITLE);
  await expect(preview.getByLabel('Kind')).toHaveValue('budget-report');
  await expect(preview.locator('[data-heading-text="Review of 2023"]')).toBeVisible();
  await expect(preview.locator('[data-heading-text="We will keep spending on education steady."]')).toBeVisible();
  const schools = preview.locator('.preview-para', { hasText: 'Spending on schools' });
  await expect(schools).toContainText('§1 ¶2');
  await expect(preview.locator('.preview-para', { hasText: 'Education spending rose by 8%' })).toContainText('§1 ¶3');
  await schools.getByRole('button', { name: /an item heading$/ }).click();
  await expect(preview.locator('[data-heading-text="Spending on schools"]')).toBeVisible();
  await expect(preview.getByText('Made an item heading: “Spending on schools”')).toBeVisible();
  await expect(preview.locator('.preview-para', { hasText: 'Education spending rose by 8%' }).locator('.preview-citation')).not.toHaveText(
    '§1 ¶3',
  );
  await expect(preview.locator('[data-heading-text="Spending on schools"] button')).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'e2e/artifacts/import-preview.png' });
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByTestId('workspace-notice')).toContainText(`“${BUDGET_TITLE}” was added to the library.`);
  await expect(libraryRows(page)).toHaveCount(2);

  // The .md: make the detected item heading "Expand consumption" a paragraph, save.
  await page.getByTestId('library-file').setInputFiles(MD_FIXTURE);
  await expect(preview.getByLabel('Title')).toHaveValue(PLAN_TITLE);
  await expect(preview.getByLabel('Kind')).toHaveValue('plan-report');
  await expect(preview.getByRole('status')).toContainText('Detected — parts: 3, items: 2');
  await preview.getByRole('button', { name: 'Make the heading “Expand consumption” a paragraph' }).click();
  await expect(preview.locator('[data-heading-text="Expand consumption"]')).toHaveCount(0);
  await expect(preview.getByRole('status')).toContainText('Detected — parts: 3, items: 1');
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(preview).toBeHidden();
  await expect(libraryRows(page)).toHaveCount(3);
  await page.screenshot({ path: 'e2e/artifacts/library.png' });

  // Open the Word report: the reader shows its outline, with the corrected heading.
  await page.getByRole('button', { name: `Open “${BUDGET_TITLE}” in the reader` }).click();
  await expect(page).toHaveURL(/#\/reader$/);
  await expect(page.locator('.document-title')).toHaveText(BUDGET_TITLE);
  await expect(outline(page).getByRole('link', { name: /Spending on schools/ })).toBeVisible();
  await expect(outline(page).getByRole('link', { name: /Tasks for 2024/ })).toBeVisible();

  // Open the Markdown report: "Expand consumption" is no item of part II any more.
  await showLibrary(page);
  await expect(page.getByRole('row', { name: new RegExp(BUDGET_TITLE) })).toContainText('Open in the reader');
  await page.getByRole('button', { name: `Open “${PLAN_TITLE}” in the reader` }).click();
  await expect(page.locator('.document-title')).toHaveText(PLAN_TITLE);
  await expect(outline(page).getByRole('link', { name: /Stabilise investment/ })).toBeVisible();
  await expect(outline(page).getByRole('link', { name: /Expand consumption/ })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('2. Expand consumption');

  // The same report twice: two entries.
  await showLibrary(page);
  await page.getByTestId('library-file').setInputFiles(MD_FIXTURE);
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(libraryRows(page)).toHaveCount(4);
  await expect(libraryRows(page).filter({ hasText: PLAN_TITLE })).toHaveCount(2);

  // A corrupt .docx is refused with the API's message; the library is unchanged.
  const brokenPath = join(folder, 'broken.docx');
  await writeFile(brokenPath, Buffer.from('PK\u0003\u0004 this is not really a zip file at all'));
  await page.getByTestId('library-file').setInputFiles(brokenPath);
  await expect(page.getByTestId('workspace-error')).toContainText('“broken.docx” was not imported');
  await expect(page.getByTestId('workspace-error')).toContainText(/damaged or not a Word/);
  await expect(preview).toBeHidden();
  await expect(libraryRows(page)).toHaveCount(4);

  // Remove the duplicate (confirm), then Undo; remove again, then Ctrl+Z.
  const duplicate = libraryRows(page).filter({ hasText: PLAN_TITLE }).last();
  const duplicateId = await duplicate.getAttribute('data-document-id');
  await duplicate.getByRole('button', { name: /^Remove/ }).click();
  const confirm = page.getByTestId('remove-document');
  await expect(confirm).toContainText('annotations are kept');
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(libraryRows(page)).toHaveCount(3);
  const notice = page.getByTestId('workspace-notice');
  await expect(notice).toContainText('was removed from the library. Its annotations are kept.');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(libraryRows(page)).toHaveCount(4);
  await expect(page.locator(`tr[data-document-id="${duplicateId}"]`)).toBeVisible();
  await page
    .locator(`tr[data-document-id="${duplicateId}"]`)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(libraryRows(page)).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(libraryRows(page)).toHaveCount(4);

  // Rename and set the kind.
  await page.getByRole('button', { name: `Rename “${BUDGET_TITLE}”` }).click();
  const rename = page.getByTestId('rename-document');
  await rename.getByLabel('Title').fill('Budget report 2024');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(libraryRows(page).filter({ hasText: 'Budget report 2024' })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Kind of “Budget report 2024”' }).selectOption('other');

  // A reload keeps everything, and the reader opens the document read last.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeVisible();
  await expect(libraryRows(page)).toHaveCount(4);
  await expect(page.getByRole('combobox', { name: 'Kind of “Budget report 2024”' })).toHaveValue('other');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reader' }).click();
  await expect(page.locator('.document-title')).toHaveText(PLAN_TITLE);
  await expect(outline(page).getByRole('link', { name: /Stabilise investment/ })).toBeVisible();
});

test('pasted text is previewed and saved; an empty paste is refused in the dialog', async ({ page, desk }) => {
  await desk.open(page);
  await showLibrary(page);
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByTestId('paste-text');
  await paste.getByRole('button', { name: 'Check the structure' }).click();
  await expect(paste.getByRole('alert')).toHaveText('Paste some text first.');
  await paste.getByLabel('Text').fill('Notes on the court report\n\n一、工作回顾\n\n审结案件12万件。\n\n二、明年安排\n\n继续推进改革。');
  await paste.getByRole('button', { name: 'Check the structure' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Check the structure of “pasted text”' })).toBeVisible();
  await expect(preview.locator('[data-heading-text="工作回顾"]')).toBeVisible();
  await preview.getByLabel('Kind').selectOption('other');
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(libraryRows(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Paste text…' })).toBeFocused();

  // Removing the document open in the reader puts another one in the reader.
  await page.getByRole('button', { name: 'Open “Notes on the court report” in the reader' }).click();
  await expect(page.locator('.document-title')).toHaveText('Notes on the court report');
  await showLibrary(page);
  await page.getByRole('button', { name: 'Remove “Notes on the court report”' }).click();
  await page.getByTestId('remove-document').getByRole('button', { name: 'Remove' }).click();
  await expect(libraryRows(page)).toHaveCount(1);
  await expect(libraryRows(page).first()).toContainText('Open in the reader');
  await expect(page.getByRole('button', { name: /^Remove/ })).toBeDisabled();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reader' }).click();
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
});

test('a correction in the import preview changes only the clicked line, and promoting it back undoes it', async ({ page, desk }) => {
  const lines = [
    '关于2024年计划的报告',
    '一、2023年工作回顾',
    '过去一年，全市经济稳中向好。',
    '（一）经济运行稳中有进',
    '地区生产总值增长6.3%。',
    '（二）改革开放不断深化',
    '外贸进出口总额增长5%。',
    '二、2024年主要目标',
    '今年经济社会发展的主要预期目标是：',
    '（一）扩大有效投资',
    '固定资产投资增长5%左右。',
    '（二）促进消费',
    '社会消费品零售总额增长6%。',
    '三、保障措施',
    '我们要团结奋斗。',
    '（一）加强组织领导',
    '落实各项工作任务。',
    '（二）强化督查考核',
    '确保各项任务完成。',
  ];
  await desk.open(page);
  await showLibrary(page);
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByTestId('paste-text');
  await paste.getByLabel('Text').fill(lines.join('\n\n'));
  await paste.getByRole('button', { name: 'Check the structure' }).click();
  const preview = page.getByTestId('import-preview');
  const summary = preview.getByRole('status');
  await expect(summary).toContainText('parts: 3, items: 6, paragraphs: 10');

  // Demoting part 二 leaves part 三 and every item as they were.
  await preview.getByRole('button', { name: 'Make the heading “2024年主要目标” a paragraph' }).click();
  await expect(summary).toContainText('parts: 2, items: 6, paragraphs: 11');
  for (const heading of ['保障措施', '扩大有效投资', '促进消费', '加强组织领导', '强化督查考核']) {
    await expect(preview.locator(`[data-heading-text="${heading}"]`)).toBeVisible();
  }
  const demotedLine = preview.locator('.preview-para', { hasText: '二、2024年主要目标' });
  await expect(demotedLine.locator('.preview-citation')).toHaveText('一 ¶2');
  await page.screenshot({ path: 'e2e/artifacts/import-preview-demoted.png' });

  // Promoting it back is the inverse: the detected outline again, no correction left.
  await demotedLine.getByRole('button', { name: 'Make paragraph 一 ¶2 a part heading' }).click();
  await expect(summary).toContainText('parts: 3, items: 6, paragraphs: 10');
  await expect(preview.getByRole('heading', { name: 'Your corrections' })).toHaveCount(0);

  // Demoting one item keeps the next one.
  await preview.getByRole('button', { name: 'Make the heading “扩大有效投资” a paragraph' }).click();
  await expect(summary).toContainText('parts: 3, items: 5, paragraphs: 11');
  await expect(preview.locator('[data-heading-text="促进消费"]')).toBeVisible();
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(preview).toBeHidden();
  await page.getByRole('button', { name: 'Open “关于2024年计划的报告” in the reader' }).click();
  await expect(outline(page).getByRole('link', { name: /促进消费/ })).toBeVisible();
  await expect(outline(page).getByRole('link', { name: /扩大有效投资/ })).toHaveCount(0);
});

test('a revised version can be imported from a .md file through the Document menu', async ({ page, desk }) => {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-revision-'));
  await desk.open(page);
  const text = await page.evaluate(async () => {
    const paragraphs = [...document.querySelectorAll('#report .para-text')].map((p) => p.textContent ?? '');
    return paragraphs.slice(0, 40).join('\n\n');
  });
  const path = join(folder, 'revised.md');
  await writeFile(path, `Report on the Work of the Government (revised)\n\n${text}`);
  await page.getByTestId('revision-file').setInputFiles(path);
  await expect(page.getByTestId('workspace-notice')).toContainText('Revised version 2 imported.');
});

test('a file dropped on the Library view is previewed; Cancel leaves the library unchanged', async ({ page, desk }) => {
  await desk.open(page);
  await showLibrary(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['Session notes\n\nI. First part\n\nSome text about 12 projects.\n\nII. Second part\n\nMore text.'], 'notes.txt', {
        type: 'text/plain',
      }),
    );
    return transfer;
  });
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByTestId('drop-zone')).toContainText('Drop the file to read it.');
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Check the structure of “notes.txt”' })).toBeVisible();
  await expect(preview.locator('[data-heading-text="First part"]')).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(libraryRows(page)).toHaveCount(1);
});
