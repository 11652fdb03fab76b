import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoSeriousA11yViolations, test, type DeskApp } from './fixtures';
import { annotate, paragraph } from './fixtures/annotate';
import { startHostProcess } from './web-host-process';

const yourData = (page: Page) => page.getByRole('dialog', { name: 'Your data' });
const confirmRestore = (page: Page) => page.getByRole('dialog', { name: 'Restore from this backup?' });
const QUOTE = 'top-end sci-tech innovation platforms';
const SECOND_QUOTE = 'innovation system for the whole city';

/** Leaves the page first, so nothing it still sends (a reading position, a health check) meets the stopped host. */
async function restartClosed(page: Page, desk: DeskApp): Promise<void> {
  await page.goto('about:blank');
  await desk.restart();
}

async function chooseRestoreFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await yourData(page).getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await choosing).setFiles(path);
  await expect(confirmRestore(page)).toBeVisible();
}

test('back up everything to a file, delete an annotation, restore the file: the annotation is back; a broken file is refused and changes nothing', async ({
  page,
  desk,
}) => {
  // The deputy's own folder for the backup file (not test-results/, which a concurrent run may clear).
  const keep = await mkdtemp(join(tmpdir(), 'deputy-desk-e2e-keep-'));
  await desk.open(page);
  await annotate(page, 'II.1 ¶3', QUOTE, 'Which platforms, and what budget?');

  // The dialog says where the data is, when it was saved, and what the rolling backups are.
  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = yourData(page);
  await expect(dialog.getByTestId('data-folder')).toHaveText(desk.dataFolder);
  await expect(dialog.getByTestId('last-saved')).not.toHaveText('No changes since Deputy Desk started');
  await expect(dialog.getByTestId('last-saved')).toHaveText(/\d{4}/);
  await expect(dialog).toContainText('keeps the last 10 good copies of the file: one at every start and at most one a minute');
  await expect(dialog.getByTestId('backups-folder')).toHaveText(join(desk.dataFolder, 'backups'));
  await page.screenshot({ path: 'e2e/artifacts/your-data.png' });
  await expectNoSeriousA11yViolations(page);

  // Back up everything: a download of the whole store and every document text, in one archive.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up everything to a file…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^deputy-desk-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const backupPath = join(keep, 'backup.zip');
  await download.saveAs(backupPath);
  const archive = unzipSync(await readFile(backupPath));
  expect(strFromU8(archive['deputy-desk.json']!)).toContain(QUOTE);
  expect(Object.keys(archive).filter((name) => /^texts\/[0-9a-f]{64}\.txt$/.test(name))).toHaveLength(1);
  await expect(dialog.getByRole('status').filter({ hasText: 'Backup downloaded as' })).toContainText(download.suggestedFilename());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // Change something: delete the annotation.
  await page.keyboard.press('Control+Shift+L');
  await page
    .getByTestId('annotations-panel')
    .getByRole('button', { name: /^Delete annotation/ })
    .click();
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveCount(0);

  // A broken file is refused with the main side's words, and nothing changes.
  const brokenPath = join(keep, 'broken.json');
  await writeFile(brokenPath, '{"schemaVersion":3,"documents":[{"id":');
  await page.getByRole('button', { name: 'Your data' }).click();
  await chooseRestoreFile(page, brokenPath);
  await expect(confirmRestore(page)).toContainText('broken.json');
  await expect(confirmRestore(page)).toContainText('Your current data is kept first, unchanged, as a backup');
  await expectNoSeriousA11yViolations(page);
  await confirmRestore(page).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(confirmRestore(page)).toHaveCount(0);
  const refusal = yourData(page).getByTestId('data-error');
  await expect(refusal).toContainText('This file cannot be restored');
  await expect(refusal).toContainText('Your current data is unchanged.');
  await page.keyboard.press('Escape');
  await expect(yourData(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveCount(0);

  // Cancel keeps everything as it is.
  await page.getByRole('button', { name: 'Your data' }).click();
  await chooseRestoreFile(page, backupPath);
  await confirmRestore(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmRestore(page)).toHaveCount(0);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveCount(0);

  // Restore the good backup: the annotation is back, and the data it replaced was kept.
  const backupsBefore = await readdir(join(desk.dataFolder, 'backups'));
  await chooseRestoreFile(page, backupPath);
  await confirmRestore(page).getByRole('button', { name: 'Restore', exact: true }).click();
  const done = yourData(page).getByTestId('restore-done');
  await expect(done).toContainText('Restored from the backup file: 1 document, 1 annotation, 0 drafts.');
  await expect(done).toContainText('The window still shows your data as it was: press “Reload Deputy Desk” to see the restored data.');
  await expect(done).toContainText(`Your previous data was kept at ${join(desk.dataFolder, 'backups', 'before-restore-')}`);
  expect((await readdir(join(desk.dataFolder, 'backups'))).length).toBeGreaterThanOrEqual(Math.min(10, backupsBefore.length + 1));
  const reload = yourData(page).getByRole('button', { name: 'Reload Deputy Desk' });
  await expect(reload).toBeFocused();
  await reload.click();
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);
  await restartClosed(page, desk);
  await desk.open(page);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);
  await rm(keep, { recursive: true, force: true });
});

test('a damaged data file at start is set aside and the newest good backup is loaded: the notice says so and the annotation is there', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await annotate(page, 'II.1 ¶3', QUOTE, 'Which platforms, and what budget?');
  // A backup is made at every start: this one holds the annotation.
  await page.goto('about:blank');
  await desk.restart();
  await desk.host.stop();
  await writeFile(join(desk.dataFolder, 'deputy-desk.json'), '{"schemaVersion":3,"settings":{"langu');
  // (desk.restart() would wait for the stopped host to exit a second time.)
  desk.host = await startHostProcess(desk.dataFolder);
  await desk.open(page);

  const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('Your data file could not be used (');
  await expect(notice).toContainText('not valid JSON');
  await expect(notice).toContainText(`It was kept, unchanged, at ${join(desk.dataFolder, 'deputy-desk.damaged-')}`);
  await expect(notice).toContainText(/your data was restored from the backup of [A-Z][a-z]+ \d{1,2}, \d{4}/);
  await expect(notice).not.toContainText('fresh library');
  const kept = (await readdir(desk.dataFolder)).filter((name) => name.startsWith('deputy-desk.damaged-'));
  expect(kept).toHaveLength(1);
  expect(await readFile(join(desk.dataFolder, kept[0]!), 'utf8')).toBe('{"schemaVersion":3,"settings":{"langu');
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);
  await expectNoSeriousA11yViolations(page);

  // The same notice in Chinese.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(notice.or(page.getByRole('alert').filter({ hasText: '无法使用' }))).toContainText('您的数据已从');
  await page.getByRole('button', { name: 'EN', exact: true }).click();

  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toHaveCount(0);
  await restartClosed(page, desk);
  await desk.open(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toHaveCount(0);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);
});

test('while the data folder cannot be written, a persistent warning says so; once it can again, the changes kept in memory are saved', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await annotate(page, 'II.1 ¶3', QUOTE, 'Saved normally');
  await expect(page.getByTestId('storage-warning')).toHaveCount(0);

  // The drive holding the folder disappears (removed): writes fail with ENOENT. (A data folder merely
  // deleted, on a drive still there, is recreated by the next save: folder-lock-identity.test.ts.)
  await rm(desk.drive, { recursive: true, force: true });
  await annotate(page, 'II.1 ¶2', SECOND_QUOTE, 'Made while the disk was gone');
  const warning = page.getByRole('alert').filter({ hasText: 'Your changes are not being saved to disk' });
  await expect(warning).toBeVisible();
  await expect(warning.locator('.banner-text')).toHaveText(
    "Your changes are not being saved to disk: the data folder has disappeared (a removed drive?). Deputy Desk keeps them in memory and keeps retrying — don't close the app until this message goes away.",
  );
  // It cannot be dismissed.
  await expect(warning.getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/storage-warning.png' });
  await expectNoSeriousA11yViolations(page);
  // The data dialog says it too.
  await page.getByRole('button', { name: 'Your data' }).click();
  await expect(yourData(page).getByTestId('last-saved')).toContainText(
    'Changes are not being saved to disk right now: the data folder has disappeared',
  );
  await page.keyboard.press('Escape');

  // The folder comes back: the next retry (every 200 ms in the tests' host) saves everything, and the warning goes.
  await mkdir(desk.dataFolder, { recursive: true });
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  expect(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')).toContain('Made while the disk was gone');

  await restartClosed(page, desk);
  await desk.open(page);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);
  await expect(paragraph(page, 'II.1 ¶2').locator('mark.hl')).toHaveText(SECOND_QUOTE);
});
