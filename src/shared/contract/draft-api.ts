import { z } from 'zod';
import { DocumentIdSchema } from '../domain/document';
import { AnnotationIdSchema } from '../domain/annotation';
import { DeliverySchema } from '../domain/delivery';
import { DRAFT_TEXT_MAX, DraftContentSchema, DraftIdSchema, DraftKindSchema, DraftSchema } from '../domain/draft';
import { LanguageSchema } from '../domain/settings';
import { WEB_HOST_REQUEST_BYTES } from '../domain/limits';
import { type ApiEntries, NoInput, Passage, passageInOrder, endsAfterStart } from './contract-parts';

const DraftRef = z.object({ draftId: DraftIdSchema }).strict();
/** One finding of the drafting checker: the rule, "must" (blocks export) or "should", the field, the message key and its values. */
const DraftCheckResultSchema = z
  .object({
    rule: z.string().max(100),
    severity: z.enum(['must', 'should']),
    field: z.string().max(100),
    key: z.string().max(200),
    explanation: z.string().max(200),
    values: z.record(z.string().max(100), z.union([z.string().max(DRAFT_TEXT_MAX), z.number()])),
  })
  .strict();
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
  /** The drafting checker: what stops the draft from being exported ("must"), and what it should look at ("should"). */
  'draft.check': { effect: 'read', input: DraftRef, output: z.array(DraftCheckResultSchema) },
  /** The DOCX, or, when a "must" finding stops the draft from being exported, the findings (as `draft.check` answers them). */
  'draft.exportDocx': {
    effect: 'read',
    input: DraftRef,
    output: z.union([z.object({ problems: z.array(DraftCheckResultSchema) }), DeliverySchema]),
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
