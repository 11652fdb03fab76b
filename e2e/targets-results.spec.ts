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

async function importReport(page: Page, file: string, title: string, kind = 'work-report') {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await page.getByTestId('library-file').setInputFiles(join(FIXTURES, file));
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByLabel('Title')).toHaveValue(title);
  await preview.getByLabel('Kind').selectOption(kind);
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

const INDUSTRY = 'Added value of industry above designated size';
const STORE_FILE = 'deputy-desk.json';

/** Last year's and this year's reports imported, the Targets and results view open on them: its 15 rows. */
async function openTargets(page: Page) {
  await importReport(page, 'work-report-2023.en.txt', LAST_YEAR);
  await importReport(page, 'work-report-2024.en.txt', THIS_YEAR);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Targets and results' }).click();
  const view = page.getByTestId('targets-view');
  const rows = view.getByTestId('targets-table').locator('tbody tr');
  await expect(rows).toHaveCount(15);
  const row = (indicator: string) => rows.filter({ has: page.getByRole('rowheader', { name: indicator }) });
  return { view, rows, row };
}

test('the deputy corrects a pairing: another result, re-judged, stored in the file and there after a reload', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  const { rows, row } = await openTargets(page);
  await expect(rows.filter({ has: page.getByRole('cell', { name: 'Not reported', exact: true }) })).toHaveCount(3);
  await expect(row(INDUSTRY).getByRole('cell').nth(2)).toHaveText('Missed by 1.4 percentage points');

  // Pair the industry target with the service sector's 6.2% instead of industry's 5.1%.
  await row(INDUSTRY)
    .getByRole('button', { name: `Correct the pairing or verdict of ${INDUSTRY}` })
    .click();
  const dialog = page.getByRole('dialog', { name: /Correct: Added value of industry/ });
  const result = dialog.getByLabel('Result', { exact: true });
  const serviceOption = result.locator('option', { hasText: /^6\.2% — I ¶1: The added value of the industrial/ });
  await expect(serviceOption).toHaveCount(1);
  await result.selectOption((await serviceOption.getAttribute('value')) ?? '');
  await dialog.getByRole('button', { name: 'Save the correction' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row(INDUSTRY).getByRole('cell').nth(1)).toContainText('6.2%');
  await expect(row(INDUSTRY).getByRole('cell').nth(2)).toContainText('Missed by 0.3 percentage points');
  await expect(row(INDUSTRY).getByRole('cell').nth(2)).toContainText('Corrected');
  await expect(row(INDUSTRY).getByRole('cell').nth(2)).toContainText('The app said: 5.1%, Missed');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('targets-corrected.png') });

  // In the store file: the correction, keyed by the figures' words.
  const storeFile = join(desk.dataFolder, STORE_FILE);
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
  await expect(row(INDUSTRY).getByRole('cell').nth(2)).toContainText('Missed by 0.3 percentage points');
  await expect(row(INDUSTRY).getByRole('cell').nth(2)).toContainText('Corrected');
});

test('the table exported as DOCX reads back with every row and the corrected verdict; the notes can include it', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  const { view, row } = await openTargets(page);
  // The deputy judges the GDP row unclear.
  await row('GDP growth').getByRole('button', { name: 'Correct the pairing or verdict of GDP growth' }).click();
  const dialog = page.getByRole('dialog', { name: /Correct: GDP growth/ });
  await dialog.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Unclear' });
  await dialog.getByRole('button', { name: 'Save the correction' }).click();
  await expect(row('GDP growth').getByRole('cell').nth(2)).toContainText('Corrected');

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
    '15 targets: 9 met, 1 exceeded, 1 missed, 3 not reported, 1 unclear.',
    INDUSTRY,
    'Missed by 1.4 percentage points',
    'Unclear (corrected)',
    'R&D intensity',
    'Exceeded',
    'Target: II ¶1',
    'Result: I ¶1',
    '600 elevators',
  ])
    expect(text, needle).toContain(needle);
  expect(text.match(/Not reported/g)?.length).toBeGreaterThanOrEqual(3);

  // The option of the deliberation notes: this year's notes with the table after the annotations.
  const notesDownload = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export this year’s deliberation notes with the table' }).click();
  const notesPath = testInfo.outputPath('notes-with-targets.docx');
  await (await notesDownload).saveAs(notesPath);
  const notes = (await mammoth.extractRawText({ path: notesPath })).value;
  expect(notes).toContain('Deliberation notes');
  expect(notes.indexOf("Last Year's Targets and This Year's Results")).toBeGreaterThan(notes.indexOf('Deliberation notes'));
  expect(notes).toContain('Unclear (corrected)');
});

test('a row starts a question on its passage and a suggestion quoting it', async ({ page, desk }) => {
  await desk.open(page);
  const { row } = await openTargets(page);
  // A question annotated on this year's result, with the question as its note.
  await row(INDUSTRY)
    .getByRole('button', { name: `Annotate ${INDUSTRY} with a question` })
    .click();
  await expect(page.getByTestId('workspace-notice')).toContainText(`Question annotated at I ¶1 of “${THIS_YEAR}”`);
  const storeFile = join(desk.dataFolder, STORE_FILE);
  await expect
    .poll(async () =>
      JSON.parse(await readFile(storeFile, 'utf8')).annotations.map((a: { kind: string; note: string }) => [a.kind, a.note]),
    )
    .toContainEqual([
      'question',
      `${INDUSTRY}: the target was more than 6.5%, the result 5.1% (Missed by 1.4 percentage points). Why was the target missed?`,
    ]);

  // A suggestion on a target not reported: the drafts view opens it, last year's passage cited and the question in its reasons.
  await row('Fixed-asset investment').getByRole('button', { name: 'Start a suggestion on Fixed-asset investment' }).click();
  const editor = page.getByTestId('draft-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('textbox', { name: /Reasons/ })).toHaveValue(
    /^Fixed-asset investment: the target was more than 7%, and this year’s report gives no result\. What was achieved\?/,
  );
  await expect(editor).toContainText('II ¶1');
});

test('the same year’s targets in the work report and the plan report: the differing GDP target is flagged', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  const plan = 'Report on the Implementation of the 2023 Plan for Economic and Social Development and on the 2024 Draft Plan';
  await importReport(page, 'work-report-2024.en.txt', THIS_YEAR);
  await importReport(page, 'plan-report-2024.en.txt', plan, 'plan-report');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Targets and results' }).click();
  const view = page.getByTestId('targets-view');
  await view.getByLabel(THIS_YEAR_PICKER).selectOption({ label: THIS_YEAR });
  const section = view.getByTestId('targets-consistency');
  await expect(section.getByRole('heading', { name: 'The same year’s targets in the session’s documents' })).toBeVisible();
  const items = section.locator('.targets-comparisons > li');
  await expect(items).toHaveCount(3);
  const gdp = items.filter({ hasText: 'GDP growth' });
  await expect(gdp).toContainText('Inconsistent numbers');
  await expect(gdp).toContainText(`around 5.5% in “${THIS_YEAR}”`);
  await expect(gdp).toContainText(`5% in “${plan}”`);
  await expect(items.filter({ hasText: 'Consumer prices (CPI)' })).toContainText('Consistent');
  await expectNoSeriousA11yViolations(page);
  await section.screenshot({ path: testInfo.outputPath('targets-consistency.png') });
});
