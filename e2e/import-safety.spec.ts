import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importAnswered } from './fixtures/import-answer';
import { madeFile } from './made-files';

async function showLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByTestId('library-view')).toBeVisible();
}

/** The library as stored: each document's title and current text (kept in `texts/<sha256>.txt`). */
async function storedDocuments(dataFolder: string): Promise<{ title: string; text: string }[]> {
  const { documents } = JSON.parse(await readFile(join(dataFolder, 'deputy-desk.json'), 'utf8')) as {
    documents: { title: string; textHash: string }[];
  };
  return Promise.all(
    documents.map(async (d) => ({ title: d.title, text: await readFile(join(dataFolder, 'texts', `${d.textHash}.txt`), 'utf8') })),
  );
}

test('a slow import shows its progress and can be cancelled; nothing is added', async ({ page, desk }) => {
  await desk.open(page);
  await showLibrary(page);
  // 90,000 paragraphs (made in the global setup): under the paragraph limit, and many seconds of parsing.
  const slow = await madeFile('slow.docx');
  await page.getByTestId('library-file').setInputFiles({ name: 'slow.docx', mimeType: 'application/octet-stream', buffer: slow });

  const progress = page.getByTestId('import-progress');
  await expect(progress).toContainText('“slow.docx”');
  await expect(progress.locator('progress')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel import' }).click();

  await expect(page.getByTestId('workspace-notice')).toContainText('The import of “slow.docx” was cancelled; nothing was added.');
  await expect(progress).toBeHidden();
  await expect(page.getByTestId('import-preview')).toBeHidden();
  await expect(page.locator('[data-document-id]')).toHaveCount(1);
  expect((await storedDocuments(desk.dataFolder)).map((d) => d.title)).toEqual([
    'Report on the Work of the Jiaxing Municipal Government (2024)',
  ]);
});

test('a .docx of millions of tiny paragraphs is refused with the limit named, in English and Chinese', async ({ page, desk }) => {
  await desk.open(page);
  await showLibrary(page);
  // 1.5 million tiny paragraphs, made in the global setup.
  const hostile = await madeFile('tiny.docx');
  const refused = async () => {
    const answer = importAnswered(page, 'library.previewImport');
    await page.getByTestId('library-file').setInputFiles({ name: 'tiny.docx', mimeType: 'application/octet-stream', buffer: hostile });
    await answer;
  };
  await refused();
  await expect(page.getByTestId('workspace-error')).toContainText('“tiny.docx” was not imported: it has more than 100,000 paragraphs');

  await page.getByRole('button', { name: '中文' }).click();
  await refused();
  await expect(page.getByTestId('workspace-error')).toContainText('文件超过 100,000 个段落');
  expect(await storedDocuments(desk.dataFolder)).toHaveLength(1);
});

test('a revised version saved as GBK .txt is read as the library reads it', async ({ page, desk }) => {
  await desk.open(page);
  const paragraphs = await page.evaluate(() => [...document.querySelectorAll('#report .para-text')].map((p) => p.textContent ?? ''));
  const inserted = '新增：全市地区生产总值增长6%左右，居民收入增长与经济增长同步。';
  const revised = ['Report on the Work of the Government (revised)', paragraphs[0], inserted, ...paragraphs.slice(1, 60)].join('\n\n');
  const answer = importAnswered(page, 'document.importRevisionFile');
  await page
    .getByTestId('revision-file')
    .setInputFiles({ name: '修订稿.txt', mimeType: 'text/plain', buffer: iconv.encode(revised, 'gbk') });
  await answer;

  await expect(page.getByTestId('workspace-notice')).toContainText('Revised version 2 imported.');
  await expect(page.getByRole('main')).toContainText(inserted);
  expect((await storedDocuments(desk.dataFolder))[0]!.text).toContain(inserted);
});
