import { z } from 'zod';
import {
  DocumentIdSchema,
  DocumentSummarySchema,
  ReadingPositionSchema,
  ReportDocumentSchema,
} from '../domain/document';
import {
  AnnotationIdSchema,
  AnnotationKindSchema,
  AnnotationSchema,
  NoteSchema,
  TagsSchema,
} from '../domain/annotation';
import { DeliverySchema } from '../domain/delivery';
import { DraftContentSchema, DraftIdSchema, DraftKindSchema, DraftSchema, ProfileSchema } from '../domain/draft';
import { NoticeSchema } from '../domain/notice';
import { LanguageSchema, MIN_CO_SIGNERS_RANGE, SettingsSchema, TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '../domain/settings';

const NoInput = z.object({}).strict();
const DocumentRef = z.object({ documentId: DocumentIdSchema }).strict();
const AnnotationRef = z.object({ annotationId: AnnotationIdSchema }).strict();
/** A passage as offsets in the document text (src/shared/anchoring/document-text.ts); the main side derives the quote. */
const Passage = {
  start: z.number().int().min(0).max(50_000_000),
  end: z.number().int().min(0).max(50_000_000),
};
const passageInOrder = { message: 'the selection must end after it starts', path: ['end'] };
const endsAfterStart = (passage: { start: number; end: number }): boolean => passage.end > passage.start;

/** A revised version's text: at most 50 MB, and it must contain some text. */
const RevisionText = z
  .string()
  .max(50 * 1024 * 1024, 'the revised version is larger than 50 MB')
  .refine((text) => text.trim().length > 0, 'the revised version is empty');
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
const RevisionResultSchema = z.object({
  exact: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
  version: z.number().int(),
});

/**
 * THE API: every method the renderer may call, with the schema its input must pass and the
 * schema of what it returns. Bound twice (Electron IPC and the web host) through one dispatch.
 */
export const apiContract = {
  'app.info': {
    input: NoInput,
    output: z.object({
      version: z.string(),
      dataFolder: z.string(),
      notices: z.array(NoticeSchema),
    }),
  },
  'app.dismissNotice': {
    input: z.object({ noticeId: z.string().min(1).max(100) }).strict(),
    output: z.null(),
  },
  'library.list': {
    input: NoInput,
    output: z.array(DocumentSummarySchema),
  },
  'document.get': {
    input: DocumentRef,
    output: ReportDocumentSchema,
  },
  'settings.get': {
    input: NoInput,
    output: SettingsSchema,
  },
  'settings.update': {
    input: z
      .object({
        language: LanguageSchema.nullable().optional(),
        textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX).optional(),
        proposalMinCoSigners: z.number().int().min(MIN_CO_SIGNERS_RANGE.min).max(MIN_CO_SIGNERS_RANGE.max).optional(),
      })
      .strict(),
    output: SettingsSchema,
  },
  'reading.getPosition': {
    input: DocumentRef,
    output: ReadingPositionSchema.nullable(),
  },
  'reading.setPosition': {
    input: z.object({ documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict(),
    output: ReadingPositionSchema,
  },
  'annotation.list': {
    input: DocumentRef,
    output: z.array(AnnotationSchema),
  },
  'annotation.create': {
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
    input: z.object({ annotationId: AnnotationIdSchema, ...Passage }).strict().refine(endsAfterStart, passageInOrder),
    output: AnnotationSchema,
  },
  'annotation.delete': {
    input: AnnotationRef,
    output: AnnotationSchema,
  },
  'annotation.restore': {
    input: AnnotationRef,
    output: AnnotationSchema,
  },
  /** Replaces a document's text with a revised version and re-anchors its annotations. */
  'document.importRevision': {
    input: z.object({ documentId: DocumentIdSchema, text: RevisionText }).strict(),
    output: RevisionResultSchema,
  },
  'document.versions': {
    input: DocumentRef,
    output: z.array(z.object({ version: z.number().int(), addedAt: z.iso.datetime(), current: z.boolean() })),
  },
  /** A previous version, read-only. */
  'document.getVersion': {
    input: z.object({ documentId: DocumentIdSchema, version: z.number().int().min(1).max(10_000) }).strict(),
    output: ReportDocumentSchema,
  },
  /** All annotations of a document as a "deliberation notes" DOCX, grouped by part and item. */
  'annotation.exportNotes': {
    input: z.object({ documentId: DocumentIdSchema, language: LanguageSchema }).strict(),
    output: DeliverySchema,
  },
  'profile.get': {
    input: NoInput,
    output: ProfileSchema,
  },
  'profile.update': {
    input: ProfileSchema.strict(),
    output: ProfileSchema,
  },
  'draft.list': {
    input: NoInput,
    output: z.array(DraftSummarySchema),
  },
  'draft.get': {
    input: DraftRef,
    output: DraftSchema,
  },
  /** A new draft, pre-filled from the profile; from an annotation or a passage, that passage is quoted and cited. */
  'draft.create': {
    input: z
      .object({
        kind: DraftKindSchema,
        language: LanguageSchema,
        source: z
          .union([
            z.object({ annotationId: AnnotationIdSchema }).strict(),
            z.object({ documentId: DocumentIdSchema, ...Passage }).strict().refine(endsAfterStart, passageInOrder),
          ])
          .optional(),
      })
      .strict(),
    output: DraftSchema,
  },
  /** Autosave: any subset of the draft's fields. */
  'draft.update': {
    input: z.object({ draftId: DraftIdSchema, change: DraftContentSchema.partial().strict() }).strict(),
    output: DraftSchema,
  },
  'draft.duplicate': { input: DraftRef, output: DraftSchema },
  'draft.delete': { input: DraftRef, output: DraftSchema },
  'draft.restore': { input: DraftRef, output: DraftSchema },
  /** What stops the draft from being exported, exactly (and reminders that don't). */
  'draft.check': { input: DraftRef, output: z.array(DraftProblemSchema) },
  'draft.exportDocx': { input: DraftRef, output: DeliverySchema },
  'draft.exportJson': { input: DraftRef, output: DeliverySchema },
  'draft.importJson': {
    input: z.object({ text: z.string().max(10 * 1024 * 1024, 'the draft file is larger than 10 MB') }).strict(),
    output: DraftSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
