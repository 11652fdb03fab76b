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
import type { ErrorMessage } from '../../../shared/i18n/error-messages';
import { DomainError } from '../domain-error';

/** Stops reading a file: the reason travels to the main side (worker) or the caller (CLI) as a JobRefused. */
export function refuse(refusal: ImportRefusal): never {
  throw new JobRefused(refusal);
}

/** A refused import as the API answers it: the reason in the deputy's words, and as a code for the page's own. */
export function importRefusedError(fileName: string | ErrorMessage, refusal: ImportRefusal): DomainError {
  return new DomainError('INVALID_INPUT', 'import.refused', { fileName, reason: refusalMessage(refusal) }, { importRefusal: refusal });
}

/** How a refusal names what was being imported when it has no file name. */
export const REVISED_VERSION: ErrorMessage = { key: 'import.revisedVersion' };
export const THE_DOCUMENT: ErrorMessage = { key: 'import.theDocument' };

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** What is wrong and what to do (the `errors` catalogue's `import.refusal`). */
export function refusalMessage(refusal: ImportRefusal): ErrorMessage {
  const limit = refusal.limit;
  const pages = refusal.pages ?? [];
  switch (refusal.code) {
    case 'tooLarge':
      return { key: 'import.refusal.tooLarge', values: { mb: mb(limit ?? MAX_IMPORT_BYTES) } };
    case 'unsupported':
      return refusal.extension === undefined
        ? { key: 'import.refusal.unsupportedUnnamed' }
        : { key: 'import.refusal.unsupported', values: { extension: refusal.extension } };
    case 'unpackedTooLarge':
      return { key: 'import.refusal.unpackedTooLarge', values: { mb: mb(limit ?? MAX_UNPACKED_BYTES) } };
    case 'tooManyParagraphs':
      return { key: 'import.refusal.tooManyParagraphs', values: { limit: limit ?? MAX_DOCX_PARAGRAPHS } };
    case 'tooManyRuns':
      return { key: 'import.refusal.tooManyRuns', values: { limit: limit ?? MAX_DOCX_RUNS } };
    case 'textTooLong':
      return { key: 'import.refusal.textTooLong', values: { limit: limit ?? MAX_TEXT_CHARS } };
    case 'memory':
      return { key: 'import.refusal.memory', values: { mb: limit ?? IMPORT_MEMORY_LIMIT_MB } };
    case 'time':
      return { key: 'import.refusal.time', values: { seconds: Math.round((limit ?? IMPORT_TIME_LIMIT_MS) / 1000) } };
    case 'tooManyPages':
      return { key: 'import.refusal.tooManyPages', values: { limit: limit ?? MAX_PDF_PAGES } };
    case 'pageTooDense':
      return { key: 'import.refusal.pageTooDense', values: { pages, limit: limit ?? MAX_PDF_PAGE_CHARS } };
    case 'unreadablePages':
      return { key: 'import.refusal.unreadablePages', values: { pages } };
    case 'empty':
    case 'noText':
    case 'binary':
    case 'damaged':
    case 'protected':
    case 'cancelled':
    case 'pdfDamaged':
    case 'pdfProtected':
    case 'scanned':
      return { key: `import.refusal.${refusal.code}` };
  }
}
