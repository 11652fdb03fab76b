import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MAX_PDF_PAGE_CHARS, MAX_PDF_PAGES, MAX_TEXT_CHARS } from '../../../shared/domain/limits';
import type { JobContext } from '../../workers/serve-jobs';
import { refuse } from './import-error';
import { findPdfResources } from './pdf-resources';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded when the first PDF arrives (about 0.5 s and 15 MB: the workers that re-anchor
 * annotations or read other formats never pay for it). It parses in this thread, the import worker
 * set apart for it, with its worker code handed over directly rather than looked up by path.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(
    ([library, worker]) => {
      Object.assign(globalThis, { pdfjsWorker: worker });
      return library;
    },
  );
  return pdfjs;
}

/** One piece of text as pdf.js reads it from a page, in points from the page's top left corner. */
export interface PdfTextItem {
  text: string;
  x: number;
  /** The baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size (the height of the text). */
  size: number;
}

export interface PdfPageText {
  /** From 1, as the deputy sees it in a PDF reader. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** The first bytes of every PDF file. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The text layer of every page of a PDF, read by pdf.js (its legacy build, for Node) with the
 * CMaps and standard fonts the app ships (resources/pdfjs): nothing is fetched and no font is
 * loaded from the system. Refuses a file over the page limit before reading any page, a page
 * with more text than a page can hold, and a damaged or password-protected file.
 */
export async function readPdfPages(bytes: Uint8Array, context?: JobContext): Promise<PdfPageText[]> {
  if (!looksLikePdf(bytes)) refuse({ code: 'pdfDamaged' });
  const library = await loadPdfJs();
  const document = await openPdf(library, bytes);
  try {
    if (document.numPages > MAX_PDF_PAGES) refuse({ code: 'tooManyPages', limit: MAX_PDF_PAGES });
    const pages: PdfPageText[] = [];
    let chars = 0;
    for (let number = 1; number <= document.numPages; number++) {
      context?.progress({ stage: 'parsing', done: number - 1, total: document.numPages });
      const page = await readPage(library, document, number);
      const pageChars = page.items.reduce((n, item) => n + item.text.length, 0);
      if (pageChars > MAX_PDF_PAGE_CHARS) refuse({ code: 'pageTooDense', limit: MAX_PDF_PAGE_CHARS, pages: [number] });
      chars += pageChars;
      if (chars > MAX_TEXT_CHARS) refuse({ code: 'textTooLong', limit: MAX_TEXT_CHARS });
      pages.push(page);
    }
    context?.progress({ stage: 'parsing', done: document.numPages, total: document.numPages });
    return pages;
  } finally {
    await document.destroy();
  }
}

async function openPdf({ getDocument }: PdfJs, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { cMapUrl, standardFontDataUrl } = findPdfResources();
  try {
    return await getDocument({
      // A copy as a plain Uint8Array (never a Buffer): pdf.js takes the buffer over; the caller keeps its bytes.
      data: new Uint8Array(bytes),
      cMapUrl,
      cMapPacked: true,
      standardFontDataUrl,
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'PasswordException')
      refuse({ code: 'pdfProtected' });
    refuse({ code: 'pdfDamaged' });
  }
}

async function readPage({ Util }: PdfJs, document: PDFDocumentProxy, number: number): Promise<PdfPageText> {
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    // Into the page as shown (top-left origin, the page's rotation and crop applied).
    // Util.transform answers the six numbers of the product matrix (the defaults only satisfy the index type).
    const [, , c = 0, d = 0, x = 0, y = 0]: number[] = Util.transform(viewport.transform, item.transform);
    items.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height });
  }
  return { number, width: viewport.width, height: viewport.height, items };
}
