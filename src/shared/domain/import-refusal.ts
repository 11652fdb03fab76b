import { z } from 'zod';

/**
 * Why a file or a pasted text cannot become a report. The main side sends it with the error of a
 * refused import, so that the page says it in the deputy's language (catalogue keys
 * `import.refusal.<code>`); `limit` is the number of the limit that was hit, where there is one.
 */
export const IMPORT_REFUSAL_CODES = [
  'tooLarge',
  'empty',
  'noText',
  'unsupported',
  'binary',
  'damaged',
  'protected',
  'unpackedTooLarge',
  'tooManyParagraphs',
  'tooManyRuns',
  'textTooLong',
  'tooManyPages',
  'pageTooDense',
  'pdfDamaged',
  'pdfProtected',
  'scanned',
  'unreadablePages',
  'memory',
  'time',
  'cancelled',
] as const;
export const ImportRefusalCodeSchema = z.enum(IMPORT_REFUSAL_CODES);
export type ImportRefusalCode = z.infer<typeof ImportRefusalCodeSchema>;

export const ImportRefusalSchema = z
  .object({
    code: ImportRefusalCodeSchema,
    limit: z.number().int().min(0).optional(),
    /** For `unsupported`: the extension that is not read, as ".pdf". */
    extension: z.string().max(20).optional(),
    /** For a PDF: the pages (numbered from 1) whose text could not be read, or the page that was refused. */
    pages: z.array(z.number().int().min(1)).max(5000).optional(),
  })
  .strict();
export type ImportRefusal = z.infer<typeof ImportRefusalSchema>;

/**
 * How far the reading of a file has come (`library.importProgress`); for a revised version, then
 * how many of the document's annotations have been placed on it (`reanchoring`).
 */
export const ImportProgressSchema = z
  .object({
    stage: z.enum(['starting', 'decoding', 'checking', 'parsing', 'reanchoring']),
    done: z.number().int().min(0),
    total: z.number().int().min(0).nullable(),
    elapsedMs: z.number().int().min(0),
  })
  .strict();
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
/** An id the page chooses for one import, to follow and cancel it. */
export const ImportIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'an import id is 8 to 64 letters, digits or dashes');
