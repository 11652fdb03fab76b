import { z } from 'zod';
import { OutlineSchema } from './outline';

export const DOCUMENT_KINDS = ['work-report', 'plan-report', 'budget-report', 'other'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const DocumentIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a document id has lower-case letters, digits and hyphens only');

/** The deputy's corrections of detected headings (see src/shared/report/outline-builder.ts). */
export const HeadingOverridesSchema = z.object({
  promote: z.array(z.object({ text: z.string().min(1).max(5_000), level: z.union([z.literal(1), z.literal(2)]) })).max(500),
  demote: z.array(z.string().min(1).max(5_000)).max(500),
});
export type HeadingOverridesInput = z.infer<typeof HeadingOverridesSchema>;
export const NO_OVERRIDES: HeadingOverridesInput = { promote: [], demote: [] };

/** What the library lists about a document. */
export const DocumentSummarySchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  kind: DocumentKindSchema,
  origin: z.enum(['bundled', 'imported']),
  addedAt: z.iso.datetime(),
  paragraphCount: z.number().int().min(0),
  annotationCount: z.number().int().min(0),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** A document opened for reading: its parsed outline. */
export const ReportDocumentSchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  kind: DocumentKindSchema,
  outline: OutlineSchema,
});
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;

/** Where the deputy was reading: the paragraph at the top of the reading pane. */
export const ReadingPositionSchema = z.object({
  paragraphId: z.string().min(1).max(200),
  updatedAt: z.iso.datetime(),
});
export type ReadingPosition = z.infer<typeof ReadingPositionSchema>;
