import { z } from 'zod';
import { DocumentIdSchema } from './document';
import { TAG_MAX_LENGTH, TAGS_MAX_COUNT } from './limits';

export const ANNOTATION_KINDS = ['question', 'support', 'concern', 'verify'] as const;
export const AnnotationKindSchema = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof AnnotationKindSchema>;

export const NOTE_MAX_LENGTH = 20_000;
/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const QUOTE_CONTEXT_LENGTH = 32;

export const AnnotationIdSchema = z.string().regex(/^a-[a-z0-9-]{6,64}$/, 'not an annotation id');

/** W3C Web Annotation TextPositionSelector: offsets in the document text (see src/shared/anchoring/document-text.ts). */
export const TextPositionSelectorSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.end > s.start, 'end must be after start');
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() });
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const AnnotationTargetSchema = z.object({
  /** The paragraph the passage starts in (at the last successful anchoring). */
  paragraphId: z.string(),
  position: TextPositionSelectorSchema,
  quote: TextQuoteSelectorSchema,
});
export type AnnotationTarget = z.infer<typeof AnnotationTargetSchema>;

/** How the annotation sits on the current text: placed exactly, placed by fuzzy matching, or orphaned (kept, not placed). */
export const AnchorStatusSchema = z.enum(['exact', 'fuzzy', 'orphaned']);
export type AnchorStatus = z.infer<typeof AnchorStatusSchema>;

export const TagsSchema = z
  .array(z.string().max(200))
  .max(100)
  .transform((tags) => normalizeTags(tags))
  .pipe(
    z
      .array(z.string().min(1).max(TAG_MAX_LENGTH, `a tag has at most ${TAG_MAX_LENGTH} characters`))
      .max(TAGS_MAX_COUNT, `at most ${TAGS_MAX_COUNT} tags`),
  );

export const NoteSchema = z.string().max(NOTE_MAX_LENGTH, `a note has at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters`);

export const AnnotationSchema = z.object({
  id: AnnotationIdSchema,
  documentId: DocumentIdSchema,
  kind: AnnotationKindSchema,
  note: NoteSchema,
  tags: z.array(z.string().min(1).max(TAG_MAX_LENGTH)).max(TAGS_MAX_COUNT),
  target: AnnotationTargetSchema,
  status: AnchorStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set when deleted; the annotation can be restored until it is purged. */
  deletedAt: z.iso.datetime().nullable(),
  /**
   * Set when the deputy kept this orphan as it is (review queue, "Keep as orphan"): when, and on
   * which version of the document, so a later version that orphans it asks again. Optional: files
   * written before it existed load unchanged.
   */
  orphanKept: z
    .object({ at: z.iso.datetime(), version: z.number().int().min(1) })
    .strict()
    .nullable()
    .optional(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** Trimmed, inner white space collapsed, without duplicates (case-insensitive, first spelling kept), empty ones dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
