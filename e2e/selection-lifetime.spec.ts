import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';
import { PROJECT_ROOT } from './web-host-process';

const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);
const panel = (page: Page) => page.getByTestId('annotations-panel');
const notice = (page: Page) => page.getByTestId('workspace-notice');
const REVISED = join(PROJECT_ROOT, 'e2e/fixtures/jiaxing-2024-revised.txt');
const GONE = 'stimulate the vitality of innovation entities';

async function annotate(page: Page, citation: string, phrase: string): Promise<void> {
  await dragSelect(page, paragraph(page, citation), phrase);
  await page.locator('.selection-button').click();
  await page.getByRole('dialog').getByRole('radio', { name: 'Verify figure' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function importRevision(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Document' }).click();
  await page.getByTestId('revision-file').setInputFiles(REVISED);
  await expect(notice(page)).toContainText('1 orphaned');
}

test('Re-attach after a revision uses only a selection made in the current version, says which words, and Ctrl+Z undoes it', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  // The last selection made in version 1: the passage the revision deletes.
  await annotate(page, 'II.1 ¶4', GONE);
  await importRevision(page);
  const orphan = panel(page).locator('.annotation-card[data-status="orphaned"]');
  await expect(orphan).toContainText(GONE);

  // Nothing selected in version 2: the old selection's offsets must not be used.
  await orphan.getByRole('button', { name: 'Re-attach' }).click();
  await expect(page.getByTestId('workspace-error')).toContainText('Select the new passage in the report first');
  await expect(orphan).toContainText(GONE);
  await expect(orphan).toContainText('Orphaned');

  // A passage selected in version 2: attached there, the notice quotes it and offers undo.
  const target = page.locator('p', { hasText: 'two provincial laboratories' });
  await dragSelect(page, target, 'two provincial laboratories');
  await orphan.getByRole('button', { name: 'Re-attach' }).click();
  await expect(notice(page)).toContainText('“two provincial laboratories”');
  await expect(panel(page).locator('.annotation-card[data-status="orphaned"]')).toHaveCount(0);
  await expect(target.locator('mark.hl[data-kind="verify"]')).toHaveText('two provincial laboratories');

  await page.keyboard.press('Control+z');
  await expect(panel(page).locator('.annotation-card[data-status="orphaned"]')).toContainText(GONE);
  await expect(target.locator('mark.hl')).toHaveCount(0);
  await expect(notice(page)).toContainText('is an orphan again');

  // After a reload the undo is kept: the orphan is still an orphan with its quote.
  await page.reload();
  await expect(page.getByRole('main')).toContainText('two provincial laboratories');
  await page.getByRole('button', { name: /^Annotations/ }).click();
  await expect(panel(page).locator('.annotation-card[data-status="orphaned"]')).toContainText(GONE);
});
