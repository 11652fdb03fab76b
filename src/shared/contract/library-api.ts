import { z } from 'zod';
import { OutlineSchema } from '../domain/outline';
import { DocumentIdSchema, DocumentKindSchema, HeadingOverridesSchema, DocumentSummarySchema } from '../domain/document';
import { ImportIdSchema, ImportProgressSchema } from '../domain/import-refusal';
import { type ApiEntries, NoInput, DocumentRef, ReportText, IncomingFile } from './contract-parts';

const ImportRef = z.object({ importId: ImportIdSchema }).strict();
const ImportPreviewSchema = z.object({
  fileName: z.string(),
  format: z.string(),
  title: z.string(),
  text: z.string(),
  outline: OutlineSchema,
});

export const libraryApi = {
  'library.list': {
    effect: 'read',
    input: NoInput,
    output: z.array(DocumentSummarySchema),
  },
  /** Reads a .txt, .md, .docx or .pdf file and answers the detected structure; nothing is saved yet. */
  'library.previewImport': {
    effect: 'read',
    input: z.object(IncomingFile).strict(),
    output: ImportPreviewSchema,
  },
  /** How far a running import (library or revised version) has come; null when none runs with this id. */
  'library.importProgress': { effect: 'read', input: ImportRef, output: ImportProgressSchema.nullable() },
  /** Stops a running import; nothing is added. False when none runs with this id (already finished). */
  'library.cancelImport': { effect: 'read', input: ImportRef, output: z.object({ cancelled: z.boolean() }) },
  /** Pasted text, or a previewed text again with the deputy's heading corrections. */
  'library.previewText': {
    effect: 'read',
    input: z.object({ text: ReportText, overrides: HeadingOverridesSchema.optional() }).strict(),
    output: ImportPreviewSchema,
  },
  'library.addDocument': {
    effect: 'write',
    input: z
      .object({ title: z.string().max(300), kind: DocumentKindSchema, text: ReportText, overrides: HeadingOverridesSchema.optional() })
      .strict(),
    output: DocumentSummarySchema,
  },
  'library.rename': {
    effect: 'write',
    input: z.object({ documentId: DocumentIdSchema, title: z.string().min(1).max(300) }).strict(),
    output: DocumentSummarySchema,
  },
  'library.setKind': {
    effect: 'write',
    input: z.object({ documentId: DocumentIdSchema, kind: DocumentKindSchema }).strict(),
    output: DocumentSummarySchema,
  },
  /** Removes a document from the library; its annotations, vote links and citations are kept, and `bin.restore` brings it back. */
  'library.remove': { effect: 'write', input: DocumentRef, output: DocumentSummarySchema },
} as const satisfies ApiEntries<'library'>;
