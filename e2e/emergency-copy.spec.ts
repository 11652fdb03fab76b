import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// An emergency copy is what quitting leaves when the last changes could not be saved
// (src/main/web/quit.ts; unit-tested in quit.test.ts): the whole data in the store file's format.
test('an emergency copy left by the last quit is shown at start, and "Restore from a backup file…" brings its changes back', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await page.goto('about:blank');
  const stored = JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8'));
  stored.profile = { ...stored.profile, name: '李明 (unsaved at quit)' };
  const copy = join(desk.dataFolder, 'deputy-desk.emergency-2026-12-01T22-00-00-000Z.json');
  await writeFile(copy, JSON.stringify(stored));
  await desk.restart();
  await desk.open(page);

  const notice = page.locator('[data-notice-kind="emergency-copy"]');
  await expect(notice).toContainText(`They were kept in an emergency copy at ${copy}`);
  await expect(notice).toContainText('Restore from a backup file…');
  await page.screenshot({ path: 'e2e/artifacts/emergency-copy.png' });

  await page.getByRole('button', { name: 'Your data' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Your data' }).getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await choosing).setFiles(copy);
  const confirm = page.getByRole('dialog', { name: 'Restore from this backup?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect
    .poll(async () => JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')).profile.name)
    .toBe('李明 (unsaved at quit)');
});

test('"Restore these changes…" in the emergency-copy notice brings the changes back after a confirmation', async ({ page, desk }) => {
  await desk.open(page);
  await page.goto('about:blank');
  const stored = JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8'));
  stored.profile = { ...stored.profile, name: '王芳 (unsaved at quit)' };
  const copy = join(desk.dataFolder, 'deputy-desk.emergency-2026-12-01T23-00-00-000Z.json');
  await writeFile(copy, JSON.stringify(stored));
  await desk.restart();
  await desk.open(page);

  const notice = page.locator('[data-notice-kind="emergency-copy"]');
  await notice.getByRole('button', { name: 'Restore these changes…' }).click();
  await expect(notice).toContainText(
    'Replace your current data with this emergency copy? Your current data is kept first, unchanged, as a backup.',
  );
  await page.screenshot({ path: 'e2e/artifacts/emergency-copy-restore.png' });
  await notice.getByRole('button', { name: 'Cancel' }).click();
  await expect(notice).not.toContainText('Replace your current data');
  await notice.getByRole('button', { name: 'Restore these changes…' }).click();
  await notice.getByRole('button', { name: 'Restore', exact: true }).click();

  // The page starts again from the restored data; the copy is kept (renamed) and no longer offered.
  await expect
    .poll(async () => JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')).profile.name)
    .toBe('王芳 (unsaved at quit)');
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
  await expect(notice).toHaveCount(0);
  expect(await readFile(`${copy}.restored`, 'utf8')).toBe(JSON.stringify(stored));
  await page.goto('about:blank');
  await desk.restart();
  await desk.open(page);
  await expect(page.locator('[data-notice-kind="emergency-copy"]')).toHaveCount(0);
});
