import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '../src/shared/targets/fixtures');
const LAST_YEAR = 'Report on the Work of the Government (2023)';
const THIS_YEAR = 'Report on the Work of the Government (2024)';
const LAST_YEAR_PICKER = "Last year's report (targets)";
const THIS_YEAR_PICKER = "This year's report (results)";

async function importReport(page: Page, file: string, title: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await page.getByTestId('library-file').setInputFiles(join(FIXTURES, file));
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByLabel('Title')).toHaveValue(title);
  await preview.getByLabel('Kind').selectOption('work-report');
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(page.getByRole('button', { name: `Open “${title}” in the reader` })).toBeVisible();
}

test('last year’s targets against this year’s results: met, missed and not reported rows; a citation opens the reader there', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await importReport(page, 'work-report-2023.en.txt', LAST_YEAR);
  await importReport(page, 'work-report-2024.en.txt', THIS_YEAR);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Targets and results' }).click();
  const view = page.getByTestId('targets-view');
  await expect(view.getByRole('heading', { name: 'Targets and results', level: 2 })).toBeVisible();
  // The app proposes the pair: the same kind, one year apart, the same issuer (not the bundled Jiaxing report).
  await expect(view.getByLabel(LAST_YEAR_PICKER).locator('option:checked')).toHaveText(LAST_YEAR);
  await expect(view.getByLabel(THIS_YEAR_PICKER).locator('option:checked')).toHaveText(THIS_YEAR);

  const rows = view.getByTestId('targets-table').locator('tbody tr');
  await expect(rows).toHaveCount(15);
  await expect(view.getByRole('status')).toContainText('15 targets:');
  // Beside each figure, the clause that states it (not the whole list of targets).
  await expect(
    view.getByText('the added value of the industrial enterprises above the designated size grows by more than 6.5%', { exact: true }),
  ).toBeVisible();
  const industry = rows.filter({ has: page.getByRole('rowheader', { name: 'Added value of industry above designated size' }) });
  await expect(industry).toContainText('more than 6.5%');
  await expect(industry).toContainText('5.1%');
  await expect(industry.getByRole('cell').nth(2)).toHaveText('Missed by 1.4 percentage points');
  await expect(rows.filter({ hasText: 'Met' }).first()).toBeVisible();
  const rd = rows.filter({ has: page.getByRole('rowheader', { name: 'R&D intensity' }) });
  await expect(rd.getByRole('cell').nth(2)).toHaveText('Exceeded');
  await expect(rows.filter({ has: page.getByRole('cell', { name: 'Not reported', exact: true }) })).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath('targets-view.png'), fullPage: false });

  // Last year's target cited: the reader opens the 2023 report at that paragraph.
  await industry.getByRole('button', { name: `Open II ¶1 of “${LAST_YEAR}” in the reader` }).click();
  await expect(page.getByTestId('reader-view')).not.toHaveAttribute('inert');
  await expect(page.getByRole('banner')).toContainText(LAST_YEAR);
  const cited = page.locator('#report [id^="para-"]', { hasText: 'more than 6.5%' }).first();
  await expect(cited).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Outline' }).locator('[aria-current="location"]')).toContainText(
    'II. Overall Requirements and Targets for 2023',
  );
  await page.screenshot({ path: test.info().outputPath('targets-reader.png'), fullPage: false });

  // This year's result cited: the 2024 report, at its paragraph.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Targets and results' }).click();
  await rows
    .filter({ has: page.getByRole('rowheader', { name: 'Added value of industry above designated size' }) })
    .getByRole('button', { name: `Open I ¶1 of “${THIS_YEAR}” in the reader` })
    .click();
  await expect(page.getByRole('banner')).toContainText(THIS_YEAR);
  await expect(page.locator('#report [id^="para-"]', { hasText: '5.1%' }).first()).toBeInViewport();

  // In Chinese: the indicator's name and the verdict in words.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '目标与结果' }).click();
  const industryZh = rows.filter({ has: page.getByRole('rowheader', { name: '规上工业增加值' }) });
  await expect(industryZh.getByRole('cell').nth(2)).toHaveText('未完成，差1.4个百分点');
  await expect(rows.filter({ has: page.getByRole('cell', { name: '未报告', exact: true }) })).toHaveCount(3);
  await page.screenshot({ path: test.info().outputPath('targets-view-zh.png'), fullPage: false });
});

test('the deputy corrects a pairing: stored, there after a reload, marked in the exported DOCX; a row starts a question and a draft', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  await importReport(page, 'work-report-2023.en.txt', LAST_YEAR);
  await importReport(page, 'work-report-2024.en.txt', THIS_YEAR);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Targets and results' }).click();
  const view = page.getByTestId('targets-view');
  const rows = view.getByTestId('targets-table').locator('tbody tr');
  await expect(rows).toHaveCount(15);
  await expect(rows.filter({ has: page.getByRole('cell', { name: 'Not reported', exact: true }) })).toHaveCount(3);
  const industryRow = () => rows.filter({ has: page.getByRole('rowheader', { name: 'Added value of industry above designated size' }) });
  await expect(industryRow().getByRole('cell').nth(2)).toHaveText('Missed by 1.4 percentage points');

  // Pair the industry target with the service sector's 6.2% instead of industry's 5.1%.
  await industryRow()
    .getByRole('button', { name: 'Correct the pairing or verdict of Added value of industry above designated size' })
    .click();
  const dialog = page.getByRole('dialog', { name: /Correct: Added value of industry/ });
  const result = dialog.getByLabel('Result', { exact: true });
  const serviceOption = result.locator('option', { hasText: /^6\.2% — I ¶1: The added value of the industrial/ });
  await expect(serviceOption).toHaveCount(1);
  await result.selectOption((await serviceOption.getAttribute('value')) ?? '');
  await dialog.getByRole('button', { name: 'Save the correction' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(industryRow().getByRole('cell').nth(1)).toContainText('6.2%');
  await expect(industryRow().getByRole('cell').nth(2)).toContainText('Missed by 0.3 percentage points');
  await expect(industryRow().getByRole('cell').nth(2)).toContainText('Corrected');
  await expect(industryRow().getByRole('cell').nth(2)).toContainText('The app said: 5.1%, Missed');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('targets-corrected.png'), fullPage: true });

  // In the store file: the correction, keyed by the figures' words.
  const storeFile = join(desk.dataFolder, 'deputy-desk.json');
  await expect
    .poll(async () => JSON.parse(await readFile(storeFile, 'utf8')).targetCorrections)
    .toEqual([
      expect.objectContaining({
        target: expect.objectContaining({ text: 'more than 6.5%', indicator: 'industrialAddedValue' }),
        result: { kind: 'figure', figure: expect.objectContaining({ text: '6.2%', citation: 'I ¶1' }) },
        verdict: null,
      }),
    ]);

  // After a reload the row is still corrected.
  await page.reload();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Targets and results' }).click();
  await expect(industryRow().getByRole('cell').nth(2)).toContainText('Missed by 0.3 percentage points');
  await expect(industryRow().getByRole('cell').nth(2)).toContainText('Corrected');

  // The DOCX reads back with the table: every row, the correction marked.
  const downloading = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export the table (DOCX)' }).click();
  const path = testInfo.outputPath('targets.docx');
  await (await downloading).saveAs(path);
  await expect(page.getByTestId('workspace-notice')).toContainText('Table downloaded');
  const text = (await mammoth.extractRawText({ path })).value;
  for (const needle of [
    "Last Year's Targets and This Year's Results",
    'Indicator',
    'Verdict',
    'Citations',
    '15 targets: 10 met, 1 exceeded, 1 missed, 3 not reported, 0 unclear.',
    'Added value of industry above designated size',
    'Missed by 0.3 percentage points (corrected)',
    'R&D intensity',
    'Exceeded',
    'Target: II ¶1',
    'Result: I ¶1',
    '600 elevators',
  ])
    expect(text, needle).toContain(needle);
  expect(text.match(/Not reported/g)?.length).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: testInfo.outputPath('targets-exported.png'), fullPage: false });

  // A row starts a question: annotated on this year's result, with the question as its note.
  await industryRow().getByRole('button', { name: 'Annotate Added value of industry above designated size with a question' }).click();
  await expect(page.getByTestId('workspace-notice')).toContainText(`Question annotated at I ¶1 of “${THIS_YEAR}”`);
  await expect
    .poll(async () =>
      JSON.parse(await readFile(storeFile, 'utf8')).annotations.map((a: { kind: string; note: string }) => [a.kind, a.note]),
    )
    .toContainEqual([
      'question',
      'Added value of industry above designated size: the target was more than 6.5%, the result 6.2% (Missed by 0.3 percentage points). Why was the target missed?',
    ]);

  // …and a suggestion: the drafts view opens it, the passage cited and the question in its reasons.
  const notReported = rows.filter({ has: page.getByRole('rowheader', { name: 'Fixed-asset investment' }) });
  await notReported.getByRole('button', { name: 'Start a suggestion on Fixed-asset investment' }).click();
  const editor = page.getByTestId('draft-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('textbox', { name: /Reasons/ })).toHaveValue(
    /^Fixed-asset investment: the target was more than 7%, and this year’s report gives no result\. What was achieved\?/,
  );
  await expect(editor).toContainText('II ¶1');
});
