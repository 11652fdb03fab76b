import { z } from 'zod';
import { DocumentIdSchema } from '../domain/document';
import { AnnotationIdSchema, AnnotationKindSchema, AnnotationSchema, NoteSchema, TagsSchema } from '../domain/annotation';
import { DeliverySchema } from '../domain/delivery';
import { LanguageSchema } from '../domain/settings';
import { TargetPairSchema } from './targets-api';
import { type ApiEntries, DocumentRef, AnnotationRef, NoInput, Passage, passageInOrder, endsAfterStart } from './contract-parts';

export const annotationApi = {
  'annotation.list': {
    effect: 'read',
    input: DocumentRef,
    output: z.array(AnnotationSchema),
  },
  /** Every document's live annotations, grouped by document (library order), each with its citation ("II.9 ¶3"). */
  'annotation.listAll': {
    effect: 'read',
    input: NoInput,
    output: z.array(
      z
        .object({
          documentId: DocumentIdSchema,
          title: z.string(),
          annotations: z.array(z.object({ annotation: AnnotationSchema, citation: z.string() }).strict()),
        })
        .strict(),
    ),
  },
  'annotation.create': {
    effect: 'write',
    input: z
      .object({
        documentId: DocumentIdSchema,
        ...Passage,
        kind: AnnotationKindSchema,
        note: NoteSchema.default(''),
        tags: TagsSchema.default([]),
      })
      .strict()
      .refine(endsAfterStart, passageInOrder),
    output: AnnotationSchema,
  },
  'annotation.update': {
    effect: 'write',
    input: z
      .object({
        annotationId: AnnotationIdSchema,
        kind: AnnotationKindSchema.optional(),
        note: NoteSchema.optional(),
        tags: TagsSchema.optional(),
      })
      .strict(),
    output: AnnotationSchema,
  },
  /** Moves an annotation (an orphaned one, typically) onto a new passage of the current text. */
  'annotation.reattach': {
    effect: 'write',
    input: z
      .object({ annotationId: AnnotationIdSchema, ...Passage })
      .strict()
      .refine(endsAfterStart, passageInOrder),
    output: AnnotationSchema,
  },
  /**
   * Accepts where re-anchoring placed an annotation on a revised text: its quote becomes the words it
   * sits on now and it counts as exact. An orphaned annotation has no placement: re-attach it instead.
   */
  'annotation.acceptPlacement': {
    effect: 'write',
    input: AnnotationRef,
    output: AnnotationSchema,
  },
  /** Undoes the last re-attach of an annotation (same session, same text): its previous placement is back. */
  'annotation.undoReattach': {
    effect: 'write',
    input: AnnotationRef,
    output: AnnotationSchema,
  },
  'annotation.delete': {
    effect: 'write',
    input: AnnotationRef,
    output: AnnotationSchema,
  },
  /**
   * All annotations of a document as a "deliberation notes" DOCX, grouped by part and item; with
   * `everyDocument`, those of every library document, grouped by document, then part and item.
   */
  'annotation.exportNotes': {
    effect: 'read',
    input: z
      .object({
        documentId: DocumentIdSchema,
        language: LanguageSchema,
        everyDocument: z.boolean().optional(),
        /** Also print the Targets and results table of these two reports (targets-api.ts). */
        targets: TargetPairSchema.optional(),
      })
      .strict(),
    output: DeliverySchema,
  },
} as const satisfies ApiEntries<'annotation'>;
