import { z } from 'zod';
import { ComparisonSchema, DocumentComparisonSchema } from '../compare/comparison-schema';
import { AnnotationIdSchema, AnnotationSchema } from '../domain/annotation';
import { DocumentIdSchema } from '../domain/document';
import { type ApiEntries } from './contract-parts';

const VersionNumber = z.number().int().min(1).max(10_000);

export const compareApi = {
  /**
   * Two versions of a document compared (default: the previous one against the current one): its
   * paragraphs aligned with word-level changes, the change list by section, and what became of each
   * live annotation (exact, moved, changed, orphaned or new), with where it was in the older version.
   */
  'compare.versions': {
    effect: 'read',
    input: z.object({ documentId: DocumentIdSchema, from: VersionNumber.optional(), to: VersionNumber.optional() }).strict(),
    output: ComparisonSchema,
  },
  /**
   * Two documents of the library (last year's report and this year's) compared section by section:
   * sections paired by heading and text, each pair's paragraphs with word-level changes and the
   * figures stated differently; sections only in one document listed as such.
   */
  'compare.documents': {
    effect: 'read',
    input: z.object({ fromId: DocumentIdSchema, toId: DocumentIdSchema }).strict(),
    output: DocumentComparisonSchema,
  },
  /**
   * Keeps an orphaned annotation as an orphan on the current version (`keep: true`): the review
   * queue no longer asks about it, until a later version orphans it again; `keep: false` undoes the
   * decision.
   */
  'compare.keepOrphan': {
    effect: 'write',
    input: z.object({ annotationId: AnnotationIdSchema, keep: z.boolean() }).strict(),
    output: AnnotationSchema,
  },
} as const satisfies ApiEntries<'compare'>;
