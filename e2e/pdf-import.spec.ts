import type { Page } from '@playwright/test';
import { IMPORT_ACCEPT } from '../src/shared/domain/limits';
import {
  CHINESE_REPORT,
  ENGLISH_REPORT,
  pdfWithFontWithoutToUnicode,
  scannedPdf,
} from '../src/main/services/import/test-support/pdf-fixtures';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { importAnswered } from './fixtures/import-answer';
import { madeFile, REVISED_SENTENCE } from './made-files';

const pdfFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' });
const libraryRows = (page: Page) => page.getByTestId('library-table').locator('tbody tr');

async function showLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByTestId('library-view')).toBeVisible();
}

/** Sets a file on an import input and waits until the import call answers. */
async function importFile(page: Page, testId: 'library-file' | 'revision-file', name: string, bytes: Uint8Array): Promise<void> {
  const answer = importAnswered(page, testId === 'library-file' ? 'library.previewImport' : 'document.importRevisionFile');
  await page.getByTestId(testId).setInputFiles(pdfFile(name, bytes));
  await answer;
}

/** Drops a file on the library as a deputy drags it from the file manager. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const answer = importAnswered(page, 'library.previewImport');
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/pdf' }));
      return dt;
    },
    { name, data: [...bytes] },
  );
  await page.getByTestId('library-view').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByTestId('library-view').dispatchEvent('drop', { dataTransfer: transfer });
  await answer;
}

test('a Chinese PDF chosen with the file picker imports with its outline and paragraphs', async ({ page, desk }) => {
  await desk.open(page);
  await showLibrary(page);
  expect(IMPORT_ACCEPT).toContain('.pdf');
  await expect(page.getByTestId('library-file')).toHaveAttribute('accept', IMPORT_ACCEPT);

  // The Chinese PDF (made by LibreOffice in the global setup): chosen with the file picker.
  await importFile(page, 'library-file', '政府工作报告.pdf', await madeFile('zh.pdf'));
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByLabel('Title')).toHaveValue(CHINESE_REPORT.title);
  for (const heading of ['2025年工作回顾', '2026年主要目标', '全面加强政府自身建设'])
    await expect(preview.locator(`[data-heading-text="${heading}"]`)).toBeVisible();
  await expect(preview.getByRole('status')).toContainText('Detected — parts: 3');
  // Wrapped lines are one paragraph again; the running header and "— 1 —" are gone.
  await expect(preview.locator('.preview-para', { hasText: CHINESE_REPORT.parts[0]!.paragraphs[3]! })).toHaveCount(1);
  await expect(preview).not.toContainText(CHINESE_REPORT.header);
  await expect(preview).not.toContainText('— 1 —');
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(page.getByTestId('workspace-notice')).toContainText(`“${CHINESE_REPORT.title}” was added to the library.`);
  await expect(libraryRows(page)).toHaveCount(2);

  // The Chinese report in the reader: its outline and paragraphs.
  await page.getByRole('button', { name: `Open “${CHINESE_REPORT.title}” in the reader` }).click();
  await expect(page.locator('.document-title')).toHaveText(CHINESE_REPORT.title);
  await expect(outline(page).getByRole('link', { name: /2025年工作回顾/ })).toBeVisible();
  await expect(outline(page).getByRole('link', { name: /全面加强政府自身建设/ })).toBeVisible();
  for (const paragraph of [...CHINESE_REPORT.parts.flatMap((p) => p.paragraphs), ...CHINESE_REPORT.columns.paragraphs]) {
    await expect(page.locator('#report .para-text', { hasText: paragraph })).toHaveCount(1);
  }
  await expect(page.getByRole('main')).not.toContainText(CHINESE_REPORT.header);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'e2e/artifacts/pdf-reader.png' });
});

test('a revised version of a Chinese PDF report can be a PDF', async ({ page, desk }) => {
  await desk.open(page);
  await showLibrary(page);
  await importFile(page, 'library-file', '政府工作报告.pdf', await madeFile('zh.pdf'));
  await page.getByTestId('import-preview').getByRole('button', { name: 'Save to the library' }).click();
  await page.getByRole('button', { name: `Open “${CHINESE_REPORT.title}” in the reader` }).click();
  await expect(page.locator('.document-title')).toHaveText(CHINESE_REPORT.title);
  await expect(page.getByRole('main')).not.toContainText(REVISED_SENTENCE);

  // A revised version from a PDF.
  await expect(page.getByTestId('revision-file')).toHaveAttribute('accept', IMPORT_ACCEPT);
  await importFile(page, 'revision-file', '修订稿.pdf', await madeFile('zh-revised.pdf'));
  await expect(page.getByTestId('workspace-notice')).toContainText('Revised version 2 imported.');
  await expect(page.getByRole('main')).toContainText(REVISED_SENTENCE);
});

test('an English PDF dropped on the library imports with its outline; a paragraph across a page break is one paragraph', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await showLibrary(page);
  const preview = page.getByTestId('import-preview');

  // The English PDF: dropped on the library.
  await dropFile(page, 'report.pdf', await madeFile('en.pdf'));
  await expect(preview.getByLabel('Title')).toHaveValue(ENGLISH_REPORT.title);
  await expect(preview.getByRole('status')).toContainText('Detected — parts: 2');
  await expect(preview.locator('[data-heading-text="Major Targets for 2026"]')).toBeVisible();
  await expect(preview).not.toContainText(ENGLISH_REPORT.header);
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(libraryRows(page)).toHaveCount(2);

  // The English report in the reader: the paragraph that runs from page 1 onto page 2 is one
  // paragraph, with no page number or header inside.
  await page.getByRole('button', { name: `Open “${ENGLISH_REPORT.title}” in the reader` }).click();
  await expect(page.locator('.document-title')).toHaveText(ENGLISH_REPORT.title);
  await expect(outline(page).getByRole('link', { name: /Review of Our Work in 2025/ })).toBeVisible();
  for (const paragraph of ENGLISH_REPORT.parts.flatMap((p) => p.paragraphs))
    await expect(page.locator('#report .para-text', { hasText: paragraph })).toHaveCount(1);
  await expect(page.getByRole('main')).not.toContainText(ENGLISH_REPORT.header);
  await expect(page.getByRole('main')).not.toContainText(/- \d+ -/);
  await page.screenshot({ path: 'e2e/artifacts/pdf-reader-en.png' });
});

test('a PDF with a page in a font without ToUnicode is refused naming the page, and a scan is refused saying OCR is not supported', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await showLibrary(page);
  const error = page.getByTestId('workspace-error');
  await importFile(page, 'library-file', 'garbled.pdf', pdfWithFontWithoutToUnicode());
  await expect(error).toContainText('“garbled.pdf” was not imported: the text of these pages cannot be read: 2.');
  await expect(error).toContainText('paste it with “Paste text…”');
  await expect(page.getByRole('button', { name: 'Paste text…' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/pdf-unreadable-page.png' });

  await importFile(page, 'library-file', 'scan.pdf', scannedPdf());
  await expect(error).toContainText(
    '“scan.pdf” was not imported: it holds pictures of pages, not text (a scanned PDF). Reading scanned pages (OCR) is not supported',
  );
  await expect(libraryRows(page)).toHaveCount(1);
});

test('in Chinese, the same PDFs are refused naming the page and saying OCR is not supported', async ({ page, desk }) => {
  await desk.open(page);
  await showLibrary(page);
  const error = page.getByTestId('workspace-error');
  await page.getByRole('button', { name: '中文' }).click();
  await importFile(page, 'library-file', 'garbled.pdf', pdfWithFontWithoutToUnicode());
  await expect(error).toContainText('第 2 页的文字无法读取');
  await importFile(page, 'library-file', 'scan.pdf', scannedPdf());
  await expect(error).toContainText('暂不支持识别扫描页面（OCR）');
  await expect(libraryRows(page)).toHaveCount(1);
});
