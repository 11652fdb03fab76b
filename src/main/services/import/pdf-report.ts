import type { JobContext } from '../../workers/serve-jobs';
import { refuse } from './import-error';
import { pageLines } from './pdf-lines';
import { judgePageText } from './pdf-page-quality';
import { linesToText } from './pdf-paragraphs';
import { dropRunningLines } from './pdf-running-lines';
import { readPdfPages } from './pdf-text';

/** Fewer characters than this per page, on average, is a scan (pictures of pages), not a text PDF. */
const SCANNED_CHARS_PER_PAGE = 10;

/**
 * A PDF report as text for the structure detector: its text layer as lines in reading order,
 * without running headers, footers and page numbers, joined into paragraphs. Refuses a scan (no
 * text layer: OCR is not supported) and a file with pages whose text cannot be read (fonts without
 * a Unicode map yield garbage), naming those pages, rather than importing garbage.
 */
export async function readPdf(bytes: Uint8Array, context?: JobContext): Promise<string> {
  const pages = await readPdfPages(bytes, context);
  const laidOut = pages.map((page) => ({ number: page.number, height: page.height, lines: pageLines(page) }));
  const qualities = laidOut.map((page) => judgePageText(page.lines.map((line) => line.text).join('\n')));
  const chars = qualities.reduce((n, q) => n + q.chars, 0);
  if (chars < Math.max(1, pages.length) * SCANNED_CHARS_PER_PAGE) refuse({ code: 'scanned' });
  const unreadable = laidOut.filter((_, i) => !qualities[i]!.readable).map((page) => page.number);
  if (unreadable.length > 0) refuse({ code: 'unreadablePages', pages: unreadable });
  return linesToText(dropRunningLines(laidOut).flat());
}
