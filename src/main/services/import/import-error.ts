import type { ImportRefusal } from '../../../shared/domain/import-refusal';
import {
  IMPORT_MEMORY_LIMIT_MB,
  IMPORT_TIME_LIMIT_MS,
  MAX_DOCX_PARAGRAPHS,
  MAX_DOCX_RUNS,
  MAX_IMPORT_BYTES,
  MAX_PDF_PAGE_CHARS,
  MAX_PDF_PAGES,
  MAX_TEXT_CHARS,
  MAX_UNPACKED_BYTES,
} from '../../../shared/domain/limits';
import { JobRefused } from '../../workers/serve-jobs';
import { DomainError } from '../domain-error';

/** Stops reading a file: the reason travels to the main side (worker) or the caller (CLI) as a JobRefused. */
export function refuse(refusal: ImportRefusal): never {
  throw new JobRefused(refusal);
}

/** A refused import as the API answers it: English words for logs and tools, the reason for the page's own words. */
export function importRefusedError(fileName: string, refusal: ImportRefusal): DomainError {
  return new DomainError('INVALID_INPUT', `"${fileName}" cannot be imported: ${refusalText(refusal)}`, { importRefusal: refusal });
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const count = (n: number): string => n.toLocaleString('en');

/** "3", "3, 5 and 9" (pages numbered from 1). */
const pageList = (pages: readonly number[] = []): string => new Intl.ListFormat('en', { type: 'conjunction' }).format(pages.map(String));

/** What is wrong and what to do, in plain English (the page shows its catalogue's text instead). */
export function refusalText(refusal: ImportRefusal): string {
  const limit = refusal.limit;
  switch (refusal.code) {
    case 'tooLarge':
      return `it is larger than ${mb(limit ?? MAX_IMPORT_BYTES)}, far more than any report.`;
    case 'empty':
      return 'the file is empty.';
    case 'noText':
      return 'it holds no text.';
    case 'unsupported':
      return `${refusal.extension ?? 'these'} files are not supported. Import a .txt, .md, .docx or .pdf file, or paste the text.`;
    case 'binary':
      return 'it is not a text file (it holds binary data). Choose the .txt, .md, .docx or .pdf file of the report.';
    case 'damaged':
      return 'it is damaged or not a Word (.docx) file. Open it in Word or WPS and save it again as .docx.';
    case 'protected':
      return 'it is password-protected or an old .doc file. Remove the password, or save it as .docx, then import it again.';
    case 'unpackedTooLarge':
      return `it unpacks to more than ${mb(limit ?? MAX_UNPACKED_BYTES)}, which no report does (it may be a zip bomb).`;
    case 'tooManyParagraphs':
      return `it has more than ${count(limit ?? MAX_DOCX_PARAGRAPHS)} paragraphs, far more than any report. Import the part you need, or paste its text.`;
    case 'tooManyRuns':
      return `it has more than ${count(limit ?? MAX_DOCX_RUNS)} stretches of formatted text, far more than any report. Save it again as plain text (.txt) and import that.`;
    case 'textTooLong':
      return `its text is longer than ${count(limit ?? MAX_TEXT_CHARS)} characters, far more than any report. Import the part you need.`;
    case 'memory':
      return `reading it needed more than ${limit ?? IMPORT_MEMORY_LIMIT_MB} MB of memory, so it was stopped. It may be damaged: save it again as .docx or .txt, or paste the text.`;
    case 'time':
      return `reading it took longer than ${Math.round((limit ?? IMPORT_TIME_LIMIT_MS) / 1000)} seconds, so it was stopped. It may be damaged: save it again as .docx or .txt, or paste the text.`;
    case 'cancelled':
      return 'the import was cancelled.';
    case 'tooManyPages':
      return `it has more than ${count(limit ?? MAX_PDF_PAGES)} pages, far more than any report. Save the pages you need as a separate PDF and import that, or paste their text.`;
    case 'pageTooDense':
      return `page ${pageList(refusal.pages)} holds more than ${count(limit ?? MAX_PDF_PAGE_CHARS)} characters, more than any page can; the file may be damaged. Save it again as PDF, or paste the text.`;
    case 'pdfDamaged':
      return 'it is damaged or not a PDF file. Open it in a PDF reader and save (or print) it again as PDF.';
    case 'pdfProtected':
      return 'it is password-protected. Save a copy without the password, then import that.';
    case 'scanned':
      return 'it holds pictures of pages, not text (a scanned PDF). Reading scanned pages (OCR) is not supported: import the .docx or a text version of the report, or paste its text.';
    case 'unreadablePages':
      return `the text of these pages cannot be read: ${pageList(refusal.pages)}. Their fonts carry no map to characters, so it would come out as garbage. Copy the report's text from its .docx or website (or from a PDF reader that shows it correctly) and paste it with "Paste text…".`;
  }
}
