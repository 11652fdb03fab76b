import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';
import { viewTab } from './fixtures/views';

const PLAN_FILE = join(import.meta.dirname, 'fixtures/library/plan-report.md');
const PLAN_TITLE = 'Report on the Plan for National Economic and Social Development 2024';
const GWR = 'Resolution on the government work report';
const editor = (page: Page) => page.getByTestId('vote-item-editor');

async function addPlanReport(page: Page): Promise<void> {
  await viewTab(page, 'Library').click();
  await page.getByTestId('library-file').setInputFiles(PLAN_FILE);
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByLabel('Title')).toHaveValue(PLAN_TITLE);
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(preview).toBeHidden();
}

async function openItem(page: Page, title: string) {
  await viewTab(page, 'Votes').click();
  await page
    .getByTestId('vote-agenda')
    .getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`) })
    .click();
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(title);
  return editor(page);
}

test('a vote item offers to link only a selection or place in the report now in the reader, never one left from another document', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  // A selection in the work report …
  await dragSelect(page, page.locator('p[data-citation="II.1 ¶2"]'), 'an innovation system for the whole city');
  await expect(page.locator('.selection-button')).toBeVisible();
  // … then the plan report is put in the reader: that selection was not made in it.
  await addPlanReport(page);
  await page.getByRole('button', { name: `Open “${PLAN_TITLE}” in the reader` }).click();
  await expect(page.locator('.document-title')).toHaveText(PLAN_TITLE);

  let item = await openItem(page, GWR);
  await expect(item.getByRole('button', { name: /your selection in the reader/ })).toHaveCount(0);
  // The place offered is one of the plan report's paragraphs (where the reader is).
  await expect(item.getByRole('button', { name: 'Link ¶1 (where you are in the reader)' })).toBeVisible();

  // The plan report leaves the library while the votes view is shown: the work report is back in
  // the reader, and the place offered is the work report's, not the plan's.
  await viewTab(page, 'Library').click();
  await page.getByRole('button', { name: `Remove “${PLAN_TITLE}”` }).click();
  await page.getByTestId('remove-document').getByRole('button', { name: 'Remove' }).click();
  item = await openItem(page, GWR);
  const here = item.getByRole('button', { name: /where you are in the reader/ });
  await here.click();
  const link = item.getByTestId('paragraph-links').getByRole('listitem');
  await expect(link).toHaveCount(1);
  // The linked paragraph is the work report's own (its text is shown, not the plan's).
  await expect(link).not.toContainText('plan report');
  await expect(link.getByRole('button', { name: /^Open .* in the reader$/ })).toBeVisible();
  await link.getByRole('button', { name: /^Open .* in the reader$/ }).click();
  await expect(page.locator('.document-title')).toContainText('Report on the Work of the');
  await expect(page.getByTestId('workspace-error')).toHaveCount(0);
});
