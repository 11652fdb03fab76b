import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startHostProcess } from './web-host-process';

const DAY = 24 * 60 * 60 * 1000;

test('removed documents: purged with a notice after 30 days, and "Empty removed items…" deletes the rest for good', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await page.goto('about:blank');
  await desk.host.stop();
  // Two documents in the bin, as removing them months apart would leave them.
  const file = join(desk.dataFolder, 'deputy-desk.json');
  const data = JSON.parse(await readFile(file, 'utf8'));
  const report = data.documents[0];
  const removed = (id: string, title: string, daysAgo: number) => ({
    ...report,
    id,
    title,
    origin: 'imported',
    removedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
  });
  data.documents.push(removed('old-draft-report', '去年的预算草案', 40), removed('last-week-report', 'Removed last week', 7));
  await writeFile(file, JSON.stringify(data));
  desk.host = await startHostProcess(desk.dataFolder);
  await desk.open(page);

  const notice = page.locator('[data-notice-kind="bin-purged"]');
  await expect(notice).toContainText(
    'Removed documents are kept 30 days, so that the removal can be undone. These were removed longer ago and were deleted for good, with their annotations: 去年的预算草案.',
  );
  await expect
    .poll(async () => JSON.parse(await readFile(file, 'utf8')).documents.map((d: { id: string }) => d.id))
    .not.toContain('old-draft-report');

  await page.getByRole('button', { name: 'Your data' }).click();
  const section = page.getByRole('dialog', { name: 'Your data' }).getByTestId('removed-items');
  await expect(section).toContainText('1 removed document is waiting.');
  await section.getByRole('button', { name: 'Empty removed items…' }).click();
  await expect(section).toContainText('Delete the removed documents (1) and their annotations for good? This cannot be undone.');
  await page.screenshot({ path: 'e2e/artifacts/empty-removed.png' });
  await section.getByRole('button', { name: 'Delete for good' }).click();
  await expect(section).toContainText('1 removed document was deleted for good.');
  await expect(section).toContainText('0 removed documents are waiting.');
  await expect
    .poll(async () => JSON.parse(await readFile(file, 'utf8')).documents.map((d: { id: string }) => d.id))
    .not.toContain('last-week-report');
  expect(JSON.parse(await readFile(file, 'utf8')).documents.map((d: { id: string }) => d.id)).toContain(report.id);

  // Closing the dialog starts the page again (it may still list the removed documents); the purge notice stays until dismissed.
  await page.getByRole('dialog', { name: 'Your data' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(notice).toContainText('已连同其批注永久删除：去年的预算草案');
});
