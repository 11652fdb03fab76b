import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test, type DeskApp } from './fixtures';
import { makeFolderUnwritable } from '../src/main/test-support/unwritable-folder';
import { annotate, paragraph } from './fixtures/annotate';
import { dragSelect } from './fixtures/select-text';
import { startHostProcess } from './web-host-process';
import { CURRENT_SCHEMA_VERSION } from '../src/main/storage/store-schema';

const FIRST = 'top-end sci-tech innovation platforms';
const SECOND = 'innovation system for the whole city';

/** Stops the host, lets the test change the store file as a damaged disk or another app would, and starts it again. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the raw JSON of the file, any shape
async function editStoreFileOffline(page: Page, desk: DeskApp, edit: (data: any) => void): Promise<string> {
  await page.goto('about:blank');
  await desk.host.stop();
  const file = join(desk.dataFolder, 'deputy-desk.json');
  const data = JSON.parse(await readFile(file, 'utf8'));
  edit(data);
  const text = JSON.stringify(data);
  await writeFile(file, text);
  desk.host = await startHostProcess(desk.dataFolder);
  await desk.open(page);
  return text;
}

test('a data file with one invalid annotation: the rest is loaded, the notice lists what was set aside and where', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await annotate(page, 'II.1 ¶3', FIRST, 'Which platforms?');
  await annotate(page, 'II.1 ¶2', SECOND, 'What does it cost?');
  let badId = '';
  await editStoreFileOffline(page, desk, (data) => {
    const bad = data.annotations.find((a: { target: { quote: { exact: string } } }) => a.target.quote.exact === SECOND);
    badId = bad.id;
    bad.tags = ['议'.repeat(41)]; // one character over the limit of a tag
  });

  const notice = page.locator('[data-notice-kind="store-salvaged"]');
  await expect(notice).toContainText(
    'Part of your data file could not be read: 1 record(s) did not pass the checks. Everything else was loaded.',
  );
  const setAside = (await readdir(desk.dataFolder)).filter((name) => name.startsWith('deputy-desk.set-aside-'));
  expect(setAside).toHaveLength(1);
  await expect(notice).toContainText(`The records set aside are kept, never deleted, in ${join(desk.dataFolder, setAside[0]!)}`);
  await expect(notice.getByTestId('set-aside-list').getByRole('listitem')).toHaveText([
    `Annotation ${badId}: tags.0: Too big: expected string to have <=40 characters`,
  ]);
  // The good annotation is there; the one set aside is not (it is in the file, whole).
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText([FIRST]);
  await expect(paragraph(page, 'II.1 ¶2').locator('mark.hl')).toHaveCount(0);
  expect(JSON.parse(await readFile(join(desk.dataFolder, setAside[0]!), 'utf8')).records[0].record.id).toBe(badId);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'e2e/artifacts/store-salvaged.png' });

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(notice).toContainText('数据文件有一部分无法读取：1 条记录未通过检查');
  await expect(notice.getByRole('listitem')).toContainText(`批注 ${badId}`);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
});

test('a data file written by a newer version opens read-only: shown, every change refused, the file untouched', async ({ page, desk }) => {
  await desk.open(page);
  await annotate(page, 'II.1 ¶3', FIRST, 'Which platforms?');
  const written = await editStoreFileOffline(page, desk, (data) => {
    data.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
  });

  const banner = page.getByTestId('storage-read-only');
  await expect(banner).toContainText(
    `Read-only: your data was written by a newer version of Deputy Desk (data format ${CURRENT_SCHEMA_VERSION + 1}; this version reads up to ${CURRENT_SCHEMA_VERSION}).`,
  );
  await expect(banner).toContainText('install the newer Deputy Desk again');
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(FIRST);

  await expect(await tryToAnnotate(page)).toContainText('This change was not made: your data was written by a newer Deputy Desk');
  await page.screenshot({ path: 'e2e/artifacts/store-read-only.png' });

  // How the data is shown still changes, in memory only: larger text, and the other language.
  await expectLargerText(page);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(banner).toContainText(
    `只读：您的数据是由更新版本的代表履职助手写入的（数据格式 ${CURRENT_SCHEMA_VERSION + 1}；本版本最高只能读取 ${CURRENT_SCHEMA_VERSION}）`,
  );
  await page.screenshot({ path: 'e2e/artifacts/store-read-only-zh.png' });
  expect(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')).toBe(written);
});

/** Tries to annotate a passage; answers the message that says why it was not saved. */
async function tryToAnnotate(page: Page) {
  await dragSelect(page, paragraph(page, 'II.1 ¶2'), 'an innovation system for the whole city');
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  const box = page.getByRole('dialog');
  await box.getByRole('textbox', { name: 'Note' }).fill('Refused');
  await box.getByRole('button', { name: 'Save' }).click();
  return page.getByTestId('annotation-editor').getByRole('alert');
}

async function expectLargerText(page: Page) {
  // The refused annotation's editor stays open with the deputy's text; closed here to reach the toolbar.
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  const size = page.getByTestId('text-size-value');
  const before = (await size.textContent()) ?? '';
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(size).not.toHaveText(before);
}

test('a data folder the disk will not write to: the app starts read-only, says why, refuses changes and loses nothing', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await annotate(page, 'II.1 ¶3', FIRST, 'Which platforms?');
  await page.goto('about:blank');
  await desk.host.stop();
  const file = join(desk.dataFolder, 'deputy-desk.json');
  const before = await readFile(file, 'utf8');
  const undo = await makeFolderUnwritable(desk.dataFolder);
  try {
    desk.host = await startHostProcess(desk.dataFolder);
    await desk.open(page);
    const banner = page.getByTestId('storage-read-only');
    await expect(banner).toContainText('Read-only: Deputy Desk cannot save your changes: ');
    await expect(banner).toContainText('changes are refused so that nothing is lost. Fix that, then start Deputy Desk again.');
    await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(FIRST);
    await expect(await tryToAnnotate(page)).toContainText('This change was not made: Deputy Desk opened your data read-only because');
    await expectLargerText(page);
    await page.screenshot({ path: 'e2e/artifacts/store-read-only-disk.png' });
    await page.goto('about:blank');
    await desk.host.stop();
  } finally {
    await undo();
  }
  expect(await readFile(file, 'utf8')).toBe(before);
  desk.host = await startHostProcess(desk.dataFolder);
  await desk.open(page);
  await expect(page.getByTestId('storage-read-only')).toHaveCount(0);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(FIRST);
});
