import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { submitDraft, TITLE } from './fixtures/submit-draft';
import { viewTab } from './fixtures/views';

/*
 * Speech cards and submissions are removed the way everything else is: into the app's bin. The
 * notice's Undo and Ctrl+Z (also after a reload) bring them back, and Your data lists what waits there.
 */

const notice = (page: Page) => page.getByTestId('workspace-notice');
const cardList = (page: Page) => page.getByRole('list', { name: 'Speech cards' });
const storeFile = (folder: string) => join(folder, 'deputy-desk.json');
const stored = async (folder: string) => JSON.parse(await readFile(storeFile(folder), 'utf8'));
const CARD = '关于政府工作报告的审议发言';

test('a deleted speech card comes back with Undo, and with Ctrl+Z after a reload, as it was', async ({ page, desk }) => {
  await desk.open(page);
  await viewTab(page, 'Speech cards').click();
  await page.getByTestId('speech-new').click();
  const editor = page.getByTestId('speech-editor');
  await editor.getByLabel('Title').fill(CARD);
  await editor.getByTestId('speech-point').first().getByRole('textbox').fill('农村公交要通到每个村。');
  await expect(editor.getByTestId('speech-save-status')).toHaveText('Saved');
  await expect(cardList(page)).toContainText(CARD);

  await editor.getByRole('button', { name: 'Delete card' }).click();
  await expect(cardList(page)).not.toContainText(CARD);
  await expect(notice(page)).toContainText(`“${CARD}” deleted.`);
  await expect.poll(async () => (await stored(desk.dataFolder)).speechCards[0].deletedAt).not.toBeNull();
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(notice(page)).toContainText(`“${CARD}” is back.`);
  await expect(cardList(page)).toContainText(CARD);
  await expect(page.getByTestId('speech-editor').getByTestId('speech-point').first().getByRole('textbox')).toHaveValue(
    '农村公交要通到每个村。',
  );
  await expect.poll(async () => (await stored(desk.dataFolder)).speechCards[0].deletedAt).toBeNull();

  // Deleted again, then the page reloads: the notice is gone, Ctrl+Z still takes the deletion back.
  await page.getByTestId('speech-editor').getByRole('button', { name: 'Delete card' }).click();
  await expect(cardList(page)).not.toContainText(CARD);
  await page.reload();
  await viewTab(page, 'Speech cards').click();
  await expect(page.getByText('No speech cards yet.')).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  await page.getByTestId('speech-view').focus();
  await page.keyboard.press('Control+z');
  await expect(cardList(page)).toContainText(CARD);
  await expect(notice(page)).toContainText(`“${CARD}” is back.`);
  await page.screenshot({ path: 'e2e/artifacts/speech-card-undo.png' });
});

test('a withdrawn submission leaves Submitted, is listed in Your data, and Restore brings it back with its record', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await submitDraft(page);
  const record = page.getByTestId('submission-editor');
  await record.getByLabel('Submission number', { exact: true }).fill('第0057号');
  await record.getByLabel('Submission number', { exact: true }).blur();
  await expect(page.getByTestId('submission-save-status')).toHaveText('Saved');

  await record.getByRole('button', { name: 'Withdraw' }).click();
  await expect(notice(page)).toContainText(`“${TITLE}” was withdrawn. It waits in Your data → Removed items.`);
  await expect(page.getByTestId('submission-list')).toHaveCount(0);
  await expect(page.getByTestId('submissions-view')).toContainText('Nothing submitted yet.');
  await expect(page.getByTestId('submission-editor')).toHaveCount(0);
  await expect.poll(async () => (await stored(desk.dataFolder)).submissions[0].deletedAt).not.toBeNull();

  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your data' });
  const removed = dialog.getByTestId('removed-list');
  await expect(removed.getByRole('listitem')).toHaveCount(1);
  await expect(removed).toContainText('Submission');
  await expect(removed).toContainText(TITLE);
  await page.screenshot({ path: 'e2e/artifacts/removed-items-list.png' });
  await removed.getByRole('button', { name: `Restore Submission “${TITLE}”` }).click();
  await expect(dialog).toContainText(`Submission “${TITLE}” was restored.`);
  await expect(dialog.getByText('Nothing removed is waiting.')).toBeVisible();
  await expect.poll(async () => (await stored(desk.dataFolder)).submissions[0].deletedAt).toBeNull();

  // Closing starts the page again: Submitted shows the record as it was.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await viewTab(page, 'Submitted').click();
  await expect(page.getByTestId('submission-list')).toContainText(TITLE);
  await expect(page.getByTestId('submission-editor').getByLabel('Submission number', { exact: true })).toHaveValue('第0057号');
});
