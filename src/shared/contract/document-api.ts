import { z } from 'zod';
import { DocumentIdSchema, ReportDocumentSchema } from '../domain/document';
import { type ApiEntries, DocumentRef, ReportText, IncomingFile } from './contract-parts';

const RevisionResultSchema = z.object({
  exact: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
  version: z.number().int(),
});

export const documentApi = {
  'document.get': {
    effect: 'read',
    input: DocumentRef,
    output: ReportDocumentSchema,
  },
  /** Replaces a document's text with a revised version and re-anchors its annotations. */
  'document.importRevision': {
    effect: 'write',
    input: z.object({ documentId: DocumentIdSchema, text: ReportText }).strict(),
    output: RevisionResultSchema,
  },
  /** A revised version from a .txt, .md, .docx or .pdf file. */
  'document.importRevisionFile': {
    effect: 'write',
    input: z.object({ documentId: DocumentIdSchema, ...IncomingFile }).strict(),
    output: RevisionResultSchema,
  },
  'document.versions': {
    effect: 'read',
    input: DocumentRef,
    output: z.array(z.object({ version: z.number().int(), addedAt: z.iso.datetime(), current: z.boolean() })),
  },
  /** A previous version, read-only. */
  'document.getVersion': {
    effect: 'read',
    input: z.object({ documentId: DocumentIdSchema, version: z.number().int().min(1).max(10_000) }).strict(),
    output: ReportDocumentSchema,
  },
} as const satisfies ApiEntries<'document'>;
