import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_PDF_PAGE_CHARS, MAX_PDF_PAGES } from '../../../shared/domain/limits';
import { OutlineSchema, type Outline, type Section } from '../../../shared/domain/outline';
import { parseReport } from '../../../shared/report/parse-report';
import { createAppJobRunner } from '../../workers/app-job-runner';
import { createImportFiles } from './import-files';
import { findPdfResources } from './pdf-resources';
import { readReportFile } from './read-report-file';
import {
  CHINESE_REPORT,
  chineseReportDocx,
  convertToPdf,
  ENGLISH_REPORT,
  englishReportDocx,
  manyPagesPdf,
  PASSWORD_PROTECTED,
  pdfWithDensePage,
  pdfWithFontWithoutToUnicode,
  scannedPdf,
} from './test-support/pdf-fixtures';

/** LibreOffice converts both Word files in one run: a few seconds, more on a loaded machine. */
const CONVERT_MS = 240_000;
const root = fileURLToPath(new URL('../../../../', import.meta.url));

let files: { zhDocx: Uint8Array; enDocx: Uint8Array; zhPdf: Uint8Array; enPdf: Uint8Array; zhTxtPdf: Uint8Array; protectedPdf: Uint8Array };

beforeAll(async () => {
  const zhDocx = await chineseReportDocx();
  const enDocx = await englishReportDocx();
  const zhTxt = [
    CHINESE_REPORT.title,
    '',
    ...CHINESE_REPORT.parts.flatMap((p) => [p.heading, '', ...p.paragraphs.flatMap((t) => [t, ''])]),
  ].join('\n');
  const pdfs = convertToPdf({ 'zh.docx': zhDocx, 'en.docx': enDocx, 'zh-txt.txt': zhTxt });
  const protectedPdf = convertToPdf({ 'protected.txt': zhTxt }, PASSWORD_PROTECTED)['protected.pdf']!;
  files = { zhDocx, enDocx, zhPdf: pdfs['zh.pdf']!, enPdf: pdfs['en.pdf']!, zhTxtPdf: pdfs['zh-txt.pdf']!, protectedPdf };
}, CONVERT_MS);

afterEach(() => {
  vi.unstubAllGlobals();
});

const outlineOf = async (fileName: string, bytes: Uint8Array): Promise<Outline> =>
  parseReport((await readReportFile(fileName, bytes)).text, { fallbackTitle: fileName });
const paragraphsOf = (section: Section): string[] => section.paragraphs.map((p) => p.text);

describe('PDF import', () => {
  it('reads a Chinese PDF made by LibreOffice into the same outline as the Word file it was made from', async () => {
    expect(await outlineOf('report.pdf', files.zhPdf)).toEqual(await outlineOf('report.docx', files.zhDocx));
  });

  it('joins wrapped Chinese lines without spaces, keeps headings apart and drops the running header and "— 1 —" page numbers', async () => {
    const { text, format } = await readReportFile('report.pdf', files.zhPdf);
    expect(format).toBe('pdf');
    const blocks = text.split('\n\n');
    const r = CHINESE_REPORT;
    expect(blocks).toContain(r.parts[0]!.heading);
    for (const paragraph of [...r.parts.flatMap((p) => p.paragraphs), ...r.columns.paragraphs]) expect(blocks).toContain(paragraph);
    expect(text).not.toContain(r.header);
    expect(text).not.toMatch(/—\s*\d\s*—/);
    const outline = parseReport(text);
    expect(outline.sections.map((s) => s.label)).toEqual([null, '一', '二', '三']);
    expect(paragraphsOf(outline.sections[1]!)).toEqual(r.parts[0]!.paragraphs);
  });

  it('reads a page of two columns left column first, then right', async () => {
    const outline = await outlineOf('report.pdf', files.zhPdf);
    expect(outline.sections[3]!.heading).toBe(CHINESE_REPORT.columns.heading.replace(/^三、/, ''));
    expect(paragraphsOf(outline.sections[3]!)).toEqual(CHINESE_REPORT.columns.paragraphs);
  });

  it('turns a table into rows of tab-separated cells', async () => {
    const { text } = await readReportFile('report.pdf', files.zhPdf);
    const rows = text.split('\n\n').filter((block) => block.includes('\t'));
    expect(rows).toEqual(CHINESE_REPORT.table.map((cells) => cells.join('\t')));
  });

  it('reads an English PDF: lines joined with one space, a paragraph that runs over a page break is one paragraph, "- 1 -" and the header are gone', async () => {
    const outline = await outlineOf('report.pdf', files.enPdf);
    expect(outline).toEqual(await outlineOf('report.docx', files.enDocx));
    expect(outline.title).toBe(ENGLISH_REPORT.title);
    expect(outline.sections.map((s) => s.label)).toEqual([null, 'I', 'II']);
    expect(paragraphsOf(outline.sections[2]!)).toEqual(ENGLISH_REPORT.parts[1]!.paragraphs);
    const { text } = await readReportFile('report.pdf', files.enPdf);
    expect(text).not.toContain(ENGLISH_REPORT.header);
    expect(text).not.toMatch(/^-\s*\d+\s*-$/m);
  });

  it('reads a PDF that LibreOffice made from a Chinese .txt (no space left between Chinese and digits)', async () => {
    const outline = await outlineOf('report.pdf', files.zhTxtPdf);
    expect(outline.sections.map((s) => s.label)).toEqual([null, '一', '二']);
    expect(outline.sections[1]!.heading).toBe('2025年工作回顾');
    expect(paragraphsOf(outline.sections[1]!)).toEqual(CHINESE_REPORT.parts[0]!.paragraphs);
  });

  it('reads with the CMaps and fonts shipped in resources/pdfjs and fetches nothing', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network')));
    vi.stubGlobal('fetch', fetch);
    await readReportFile('report.pdf', files.zhPdf);
    expect(fetch).not.toHaveBeenCalled();
    const { cMapUrl, standardFontDataUrl } = findPdfResources();
    expect(cMapUrl).toBe(join(root, 'resources/pdfjs/cmaps/'));
    expect(standardFontDataUrl).toBe(join(root, 'resources/pdfjs/standard_fonts/'));
    const shipped = readFileSync(join(root, 'resources/pdfjs/VERSION'), 'utf8').trim();
    expect(shipped).toBe(JSON.parse(readFileSync(join(root, 'node_modules/pdfjs-dist/package.json'), 'utf8')).version);
  });

  it('refuses a PDF with a page in a font without ToUnicode, naming that page', async () => {
    await expect(readReportFile('garbled.pdf', pdfWithFontWithoutToUnicode())).rejects.toMatchObject({
      reason: { code: 'unreadablePages', pages: [2] },
    });
  });

  it('refuses a scanned PDF, saying OCR is not supported', async () => {
    await expect(readReportFile('scan.pdf', scannedPdf())).rejects.toMatchObject({ reason: { code: 'scanned' } });
  });

  it('refuses a PDF over the page limit, and a file that is not a PDF', async () => {
    await expect(readReportFile('long.pdf', manyPagesPdf(MAX_PDF_PAGES + 1))).rejects.toMatchObject({
      reason: { code: 'tooManyPages', limit: MAX_PDF_PAGES },
    });
    await expect(readReportFile('fake.pdf', new TextEncoder().encode('not a pdf at all'))).rejects.toMatchObject({
      reason: { code: 'pdfDamaged' },
    });
  });

  it('refuses a page with more text than a page can hold, naming the page and the limit', async () => {
    await expect(readReportFile('dense.pdf', pdfWithDensePage(MAX_PDF_PAGE_CHARS + 1000))).rejects.toMatchObject({
      reason: { code: 'pageTooDense', limit: MAX_PDF_PAGE_CHARS, pages: [1] },
    });
  });

  it('refuses a password-protected PDF that LibreOffice wrote', async () => {
    await expect(readReportFile('protected.pdf', files.protectedPdf)).rejects.toMatchObject({ reason: { code: 'pdfProtected' } });
  });

  it('reads in the capped import worker, and a refusal names the pages in its message', async () => {
    const imports = createImportFiles(createAppJobRunner());
    expect((await imports.read('report.pdf', files.enPdf)).text).toContain(ENGLISH_REPORT.parts[0]!.paragraphs[0]);
    await expect(imports.read('garbled.pdf', pdfWithFontWithoutToUnicode())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('the text of these pages cannot be read: 2.'),
    });
    await expect(imports.read('scan.pdf', scannedPdf())).rejects.toMatchObject({
      message: expect.stringContaining('(OCR) is not supported'),
    });
  }, 120_000);

  it('prints the outline of a PDF with `npm run outline -- file.pdf`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-outline-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, files.enPdf);
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/main/cli/outline.ts'), file], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    const outline = OutlineSchema.parse(JSON.parse(result.stdout));
    expect(outline.title).toBe(ENGLISH_REPORT.title);
    expect(outline.sections.map((s) => s.heading)).toEqual(['', 'Review of Our Work in 2025', 'Major Targets for 2026']);
  }, 120_000);
});
