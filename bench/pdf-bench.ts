import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findPdfResources } from '../src/main/services/import/pdf-resources';
import { readReportFile } from '../src/main/services/import/read-report-file';
import { convertToPdf, longChineseReportDocx } from '../src/main/services/import/test-support/pdf-fixtures';
import { parseReport } from '../src/shared/report/parse-report';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

/** pdf.js's own text extraction of every page, with the same options the import uses: the floor under any PDF import built on it. */
async function pdfjsTextContent(bytes: Uint8Array): Promise<{ pages: number; items: number }> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    ...findPdfResources(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  let items = 0;
  for (let n = 1; n <= document.numPages; n++) items += (await (await document.getPage(n)).getTextContent()).items.length;
  await document.destroy();
  return { pages: document.numPages, items };
}

/**
 * `import.pdf_100_pages_ms`: read a 100-page Chinese PDF (made by LibreOffice from a Word report
 * with a running header and page numbers) as the import does (pdf.js text, lines, paragraphs,
 * running lines dropped, garbage check) and parse its outline. Quick mode: 10 pages.
 */
export async function benchPdf(options: BenchOptions): Promise<Record<string, Metric>> {
  const pages = pick(options, 100, 10);
  const pdf = convertToPdf({ 'report.docx': await longChineseReportDocx(pages) })['report.pdf']!;
  let items = 0;
  const runs = pick(options, 5, 1);
  const ms = await medianMs(
    async () => {
      const { text } = await readReportFile('report.pdf', pdf);
      items = parseReport(text).sections.reduce((n, part) => n + part.children.length, 0);
    },
    runs,
    pick(options, 1, 0),
  );
  let printed = { pages: 0, items: 0 };
  const peer = await medianMs(
    async () => {
      printed = await pdfjsTextContent(pdf);
    },
    runs,
    pick(options, 1, 0),
  );
  return {
    'import.pdf_100_pages_ms': {
      value: ms,
      unit: 'ms',
      size: `${printed.pages}-page Chinese PDF (${Math.round(pdf.length / 1024)} KB, ${printed.items.toLocaleString('en')} text pieces), ${items} items found, median of ${runs}`,
      peer: { label: 'pdf.js getTextContent over the same pages', value: peer },
      target: '< 3000',
      met: ms < 3000,
    },
  };
}
