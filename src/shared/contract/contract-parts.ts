import { z } from 'zod';
import { DocumentIdSchema } from '../domain/document';
import { AnnotationIdSchema } from '../domain/annotation';
import { ImportIdSchema } from '../domain/import-refusal';
import { MAX_IMPORT_BYTES } from '../domain/limits';

const MB = 1024 * 1024;

/** Whether a call changes what is stored ('write') or only reads it, computes or delivers a file ('read'). */
export type ApiEffect = 'read' | 'write';

/** One method: what it does to the stored data, the schema its input must pass and the schema of what it answers. */
export interface ApiEntry {
  effect: ApiEffect;
  input: z.ZodType;
  output: z.ZodType;
}

/** A namespace's part of the contract: only methods named `<namespace>.<verb>`. */
export type ApiEntries<N extends string> = Record<`${N}.${string}`, ApiEntry>;

// Pieces several namespaces' entries share.
export const NoInput = z.object({}).strict();
export const DocumentRef = z.object({ documentId: DocumentIdSchema }).strict();
export const AnnotationRef = z.object({ annotationId: AnnotationIdSchema }).strict();
/** A passage as offsets in the document text (src/shared/anchoring/document-text.ts); the main side derives the quote. */
export const Passage = {
  start: z.number().int().min(0).max(50_000_000),
  end: z.number().int().min(0).max(50_000_000),
};
export const passageInOrder = { message: 'the selection must end after it starts', path: ['end'] };
export const endsAfterStart = (passage: { start: number; end: number }): boolean => passage.end > passage.start;
/** A report's text: at most as long as an imported file may be, and it must contain some text. */
export const ReportText = z
  .string()
  .max(MAX_IMPORT_BYTES, `the text is larger than ${MAX_IMPORT_BYTES / MB} MB`)
  .refine((text) => text.trim().length > 0, 'the text is empty');
/**
 * A file sent by the page: its name and its bytes in base64 (MAX_IMPORT_BYTES at most; the web host caps
 * requests at WEB_HOST_REQUEST_BYTES), and optionally an id the page chose to follow and cancel the import while it runs.
 */
export const IncomingFile = {
  fileName: z.string().min(1).max(255),
  base64: z
    .base64('the file content is not base64')
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, `the file is larger than ${MAX_IMPORT_BYTES / MB} MB`),
  importId: ImportIdSchema.optional(),
};
