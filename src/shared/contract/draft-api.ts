import { z } from 'zod';
import { DocumentIdSchema } from '../domain/document';
import { AnnotationIdSchema } from '../domain/annotation';
import { DeliverySchema } from '../domain/delivery';
import { DraftContentSchema, DraftIdSchema, DraftKindSchema, DraftSchema } from '../domain/draft';
import { LanguageSchema } from '../domain/settings';
import { WEB_HOST_REQUEST_BYTES } from '../domain/limits';
import { type ApiEntries, NoInput, Passage, passageInOrder, endsAfterStart } from './contract-parts';

const DraftRef = z.object({ draftId: DraftIdSchema }).strict();
const DraftProblemSchema = z.object({
  code: z.enum(['empty', 'required', 'tooFewCoSigners', 'coSignerIncomplete', 'oneMatter']),
  blocking: z.boolean(),
  field: z.string().optional(),
  have: z.number().optional(),
  need: z.number().optional(),
  row: z.number().optional(),
});
const DraftSummarySchema = z.object({
  id: DraftIdSchema,
  kind: DraftKindSchema,
  title: z.string(),
  language: LanguageSchema,
  updatedAt: z.iso.datetime(),
  exportable: z.boolean(),
});

export const draftApi = {
  'draft.list': {
    effect: 'read',
    input: NoInput,
    output: z.array(DraftSummarySchema),
  },
  'draft.get': {
    effect: 'read',
    input: DraftRef,
    output: DraftSchema,
  },
  /** A new draft, pre-filled from the profile; from an annotation or a passage, that passage is quoted and cited. */
  'draft.create': {
    effect: 'write',
    input: z
      .object({
        kind: DraftKindSchema,
        language: LanguageSchema,
        source: z
          .union([
            z.object({ annotationId: AnnotationIdSchema }).strict(),
            z
              .object({ documentId: DocumentIdSchema, ...Passage })
              .strict()
              .refine(endsAfterStart, passageInOrder),
          ])
          .optional(),
      })
      .strict(),
    output: DraftSchema,
  },
  /** Autosave: any subset of the draft's fields. */
  'draft.update': {
    effect: 'write',
    input: z.object({ draftId: DraftIdSchema, change: DraftContentSchema.partial().strict() }).strict(),
    output: DraftSchema,
  },
  'draft.duplicate': { effect: 'write', input: DraftRef, output: DraftSchema },
  'draft.delete': { effect: 'write', input: DraftRef, output: DraftSchema },
  'draft.restore': { effect: 'write', input: DraftRef, output: DraftSchema },
  /** What stops the draft from being exported, exactly (and reminders that don't). */
  'draft.check': { effect: 'read', input: DraftRef, output: z.array(DraftProblemSchema) },
  /** The DOCX, or, when something stops the draft from being exported, what (as `draft.check` answers it). */
  'draft.exportDocx': {
    effect: 'read',
    input: DraftRef,
    output: z.union([z.object({ problems: z.array(DraftProblemSchema) }), DeliverySchema]),
  },
  'draft.exportJson': { effect: 'read', input: DraftRef, output: DeliverySchema },
  'draft.importJson': {
    effect: 'write',
    input: z
      .object({ text: z.string().max(WEB_HOST_REQUEST_BYTES, `the draft file is larger than ${WEB_HOST_REQUEST_BYTES / 1024 / 1024} MB`) })
      .strict(),
    output: DraftSchema,
  },
} as const satisfies ApiEntries<'draft'>;
