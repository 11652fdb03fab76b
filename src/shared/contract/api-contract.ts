import { z } from 'zod';
import { OutlineSchema } from '../domain/outline';
import {
  DocumentIdSchema,
  DocumentKindSchema,
  HeadingOverridesSchema,
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
import { ImportIdSchema, ImportProgressSchema } from '../domain/import-refusal';
import { MAX_IMPORT_BYTES } from '../domain/limits';
import { DraftContentSchema, DraftIdSchema, DraftKindSchema, DraftSchema, ProfileSchema } from '../domain/draft';
import { NoticeSchema } from '../domain/notice';
import { StorageHealthSchema } from '../domain/storage-health';
import { InterfaceZoomSchema, LanguageSchema, MIN_CO_SIGNERS_RANGE, PaneLayoutSchema, SettingsSchema, TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '../domain/settings';
import {
  AGENDA_MAX,
  BallotModeSchema,
  CANDIDATES_MAX,
  CandidateContentSchema,
  CandidateIdSchema,
  CandidateMarkSchema,
  IntentionSchema,
  ItemTitleSchema,
  MaxChoicesSchema,
  RankSchema,
  RationaleSchema,
  VoteItemIdSchema,
  VoteItemKindSchema,
} from '../domain/vote';
import { CandidateParseResultSchema } from '../votes/parse-candidates';
import { IntentionSummarySchema } from '../votes/summarize-intentions';
import { VoteAgendaItemSchema, VoteCitationSchema } from '../votes/vote-views';

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

/** A report's text: at most 50 MB, and it must contain some text. */
const ReportText = z
  .string()
  .max(50 * 1024 * 1024, 'the text is larger than 50 MB')
  .refine((text) => text.trim().length > 0, 'the text is empty');
const DraftRef = z.object({ draftId: DraftIdSchema }).strict();
/**
 * A file sent by the page: its name and its bytes in base64 (50 MB at most; the web host caps requests
 * at 10 MB), and optionally an id the page chose to follow and cancel the import while it runs.
 */
const IncomingFile = {
  fileName: z.string().min(1).max(255),
  base64: z.base64('the file content is not base64').max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, 'the file is larger than 50 MB'),
  importId: ImportIdSchema.optional(),
};
const ImportRef = z.object({ importId: ImportIdSchema }).strict();
const ImportPreviewSchema = z.object({ fileName: z.string(), format: z.string(), title: z.string(), text: z.string(), outline: OutlineSchema });
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
const VoteItemRef = z.object({ itemId: VoteItemIdSchema }).strict();
const CandidateRef = z.object({ itemId: VoteItemIdSchema, candidateId: CandidateIdSchema }).strict();
const ParagraphLinkInput = z.object({ itemId: VoteItemIdSchema, documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict();
const AnnotationLinkInput = z.object({ itemId: VoteItemIdSchema, annotationId: AnnotationIdSchema }).strict();
const CandidateList = z.array(CandidateContentSchema.strict()).max(CANDIDATES_MAX, `a ballot holds at most ${CANDIDATES_MAX} candidates`);
const RevisionResultSchema = z.object({
  exact: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
  version: z.number().int(),
});

/** A backup file held by the main side for a restore (uploaded to the web host, or picked in the open dialog). */
export const IncomingFileSchema = z.object({ fileId: z.string(), fileName: z.string() });
export const RestoreSummarySchema = z.object({ documents: z.number(), annotations: z.number(), drafts: z.number(), previousKeptAt: z.string().nullable() });

/** Whether a call changes what is stored ('write') or only reads it, computes or delivers a file ('read'). */
export type ApiEffect = 'read' | 'write';

interface ApiEntry {
  effect: ApiEffect;
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * THE API: every method the renderer may call, with the schema its input must pass and the
 * schema of what it returns. Bound twice (Electron IPC and the web host) through one dispatch.
 */
export const apiContract = {
  'app.info': {
    effect: 'read',
    input: NoInput,
    output: z.object({
      version: z.string(),
      dataFolder: z.string(),
      notices: z.array(NoticeSchema),
    }),
  },
  /** Whether changes reach the disk; the page polls it to show a persistent warning while they don't. */
  'app.health': {
    effect: 'read',
    input: NoInput,
    output: StorageHealthSchema,
  },
  /** Everything (store and document texts), as one archive file the deputy keeps where they like. */
  'data.exportBackup': {
    effect: 'read',
    input: NoInput,
    output: DeliverySchema,
  },
  /** Desktop app: the open dialog; the main side reads the picked file itself (the web host uploads it instead). */
  'data.chooseBackupFile': {
    effect: 'read',
    input: NoInput,
    output: IncomingFileSchema.nullable(),
  },
  /** Restores a backup file chosen or uploaded before: validated first, the current data kept as a backup. */
  'data.restoreBackup': {
    effect: 'write',
    input: z.object({ fileId: z.string().min(1).max(100) }).strict(),
    output: RestoreSummarySchema,
  },
  'app.dismissNotice': {
    effect: 'write',
    input: z.object({ noticeId: z.string().min(1).max(100) }).strict(),
    output: z.null(),
  },
  'library.list': {
    effect: 'read',
    input: NoInput,
    output: z.array(DocumentSummarySchema),
  },
  /** Reads a .txt, .md or .docx file and answers the detected structure; nothing is saved yet. */
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
    input: z.object({ title: z.string().max(300), kind: DocumentKindSchema, text: ReportText, overrides: HeadingOverridesSchema.optional() }).strict(),
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
  /** Removes a document from the library; its annotations, vote links and citations are kept, and it can be restored. */
  'library.remove': { effect: 'write', input: DocumentRef, output: DocumentSummarySchema },
  'library.restore': { effect: 'write', input: DocumentRef, output: DocumentSummarySchema },
  'document.get': {
    effect: 'read',
    input: DocumentRef,
    output: ReportDocumentSchema,
  },
  'settings.get': {
    effect: 'read',
    input: NoInput,
    output: SettingsSchema,
  },
  'settings.update': {
    effect: 'write',
    input: z
      .object({
        language: LanguageSchema.nullable().optional(),
        textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX).optional(),
        proposalMinCoSigners: z.number().int().min(MIN_CO_SIGNERS_RANGE.min).max(MIN_CO_SIGNERS_RANGE.max).optional(),
        interfaceZoom: InterfaceZoomSchema.optional(),
        paneLayout: PaneLayoutSchema.optional(),
      })
      .strict(),
    output: SettingsSchema,
  },
  'reading.getPosition': {
    effect: 'read',
    input: DocumentRef,
    output: ReadingPositionSchema.nullable(),
  },
  'reading.setPosition': {
    effect: 'write',
    input: z.object({ documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict(),
    output: ReadingPositionSchema,
  },
  'annotation.list': {
    effect: 'read',
    input: DocumentRef,
    output: z.array(AnnotationSchema),
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
    input: z.object({ annotationId: AnnotationIdSchema, ...Passage }).strict().refine(endsAfterStart, passageInOrder),
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
  'annotation.restore': {
    effect: 'write',
    input: AnnotationRef,
    output: AnnotationSchema,
  },
  /** Replaces a document's text with a revised version and re-anchors its annotations. */
  'document.importRevision': {
    effect: 'write',
    input: z.object({ documentId: DocumentIdSchema, text: ReportText }).strict(),
    output: RevisionResultSchema,
  },
  /** A revised version from a .txt, .md or .docx file. */
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
  /** All annotations of a document as a "deliberation notes" DOCX, grouped by part and item. */
  'annotation.exportNotes': {
    effect: 'read',
    input: z.object({ documentId: DocumentIdSchema, language: LanguageSchema }).strict(),
    output: DeliverySchema,
  },
  'profile.get': {
    effect: 'read',
    input: NoInput,
    output: ProfileSchema,
  },
  'profile.update': {
    effect: 'write',
    input: ProfileSchema.strict(),
    output: ProfileSchema,
  },
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
            z.object({ documentId: DocumentIdSchema, ...Passage }).strict().refine(endsAfterStart, passageInOrder),
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
  'draft.exportDocx': { effect: 'read', input: DraftRef, output: DeliverySchema },
  'draft.exportJson': { effect: 'read', input: DraftRef, output: DeliverySchema },
  'draft.importJson': {
    effect: 'write',
    input: z.object({ text: z.string().max(10 * 1024 * 1024, 'the draft file is larger than 10 MB') }).strict(),
    output: DraftSchema,
  },
  /** The agenda of votes in order (a new store starts with the usual items of a session). */
  'vote.agenda': { effect: 'read', input: NoInput, output: z.array(VoteAgendaItemSchema) },
  /** A new item (a resolution unless `kind: 'ballot'`), at the end or before the live item at `index`. */
  'vote.addItem': {
    effect: 'write',
    input: z
      .object({ title: ItemTitleSchema, kind: VoteItemKindSchema.default('resolution'), index: z.number().int().min(0).max(AGENDA_MAX).optional() })
      .strict(),
    output: VoteAgendaItemSchema,
  },
  /** A renamed default item keeps the title given and loses its `defaultKey`. */
  'vote.renameItem': { effect: 'write', input: z.object({ itemId: VoteItemIdSchema, title: ItemTitleSchema }).strict(), output: VoteAgendaItemSchema },
  /** Moves an item to a position of the live agenda (0-based); answers the whole agenda. */
  'vote.moveItem': {
    effect: 'write',
    input: z.object({ itemId: VoteItemIdSchema, toIndex: z.number().int().min(0).max(AGENDA_MAX) }).strict(),
    output: z.array(VoteAgendaItemSchema),
  },
  'vote.removeItem': { effect: 'write', input: VoteItemRef, output: VoteAgendaItemSchema },
  'vote.restoreItem': { effect: 'write', input: VoteItemRef, output: VoteAgendaItemSchema },
  /** The intention, and the reasons when given (omit `rationale` to keep them). */
  /** The intention, the reasons, or both (leave one out to keep it as it is). */
  'vote.setIntention': {
    effect: 'write',
    input: z
      .object({ itemId: VoteItemIdSchema, intention: IntentionSchema.optional(), rationale: RationaleSchema.optional() })
      .strict()
      .refine((input) => input.intention !== undefined || input.rationale !== undefined, 'give an intention, reasons, or both'),
    output: VoteAgendaItemSchema,
  },
  'vote.linkParagraph': { effect: 'write', input: ParagraphLinkInput, output: VoteAgendaItemSchema },
  'vote.unlinkParagraph': { effect: 'write', input: ParagraphLinkInput, output: VoteAgendaItemSchema },
  'vote.linkAnnotation': { effect: 'write', input: AnnotationLinkInput, output: VoteAgendaItemSchema },
  'vote.unlinkAnnotation': { effect: 'write', input: AnnotationLinkInput, output: VoteAgendaItemSchema },
  /** The items whose notes cite a paragraph (directly or through a linked annotation on it) or an annotation. */
  'vote.citing': {
    effect: 'read',
    input: z.union([
      z.object({ documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict(),
      z.object({ annotationId: AnnotationIdSchema }).strict(),
    ]),
    output: z.array(VoteCitationSchema),
  },
  'vote.setBallotRule': {
    effect: 'write',
    input: z.object({ itemId: VoteItemIdSchema, mode: BallotModeSchema, maxChoices: MaxChoicesSchema }).strict(),
    output: VoteAgendaItemSchema,
  },
  /** Replaces the candidate list (marks start afresh); names must differ. */
  'vote.setCandidates': { effect: 'write', input: z.object({ itemId: VoteItemIdSchema, candidates: CandidateList }).strict(), output: VoteAgendaItemSchema },
  /** Appends candidates (typed or parsed from a paste), or inserts them before the live candidate at `index`. */
  'vote.addCandidates': {
    effect: 'write',
    input: z
      .object({ itemId: VoteItemIdSchema, candidates: CandidateList.min(1, 'give at least one candidate'), index: z.number().int().min(0).max(CANDIDATES_MAX).optional() })
      .strict(),
    output: VoteAgendaItemSchema,
  },
  'vote.updateCandidate': {
    effect: 'write',
    input: z.object({ itemId: VoteItemIdSchema, candidateId: CandidateIdSchema, change: CandidateContentSchema.partial().strict() }).strict(),
    output: VoteAgendaItemSchema,
  },
  'vote.removeCandidate': { effect: 'write', input: CandidateRef, output: VoteAgendaItemSchema },
  'vote.restoreCandidate': { effect: 'write', input: CandidateRef, output: VoteAgendaItemSchema },
  /** Reads a pasted list; with `itemId`, names already on that ballot come back as duplicates. Changes nothing. */
  'vote.parseCandidates': {
    effect: 'read',
    input: z.object({ text: z.string().max(200_000, 'the pasted list is longer than 200,000 characters'), itemId: VoteItemIdSchema.optional() }).strict(),
    output: CandidateParseResultSchema,
  },
  /** Marks one candidate exactly as the deputy did (a ballot that breaks its rule is reported, never fixed). */
  'vote.markCandidate': {
    effect: 'write',
    input: z
      .object({ itemId: VoteItemIdSchema, candidateId: CandidateIdSchema, mark: CandidateMarkSchema.nullable().optional(), rank: RankSchema.nullable().optional() })
      .strict()
      .refine((input) => input.mark !== undefined || input.rank !== undefined, { message: 'give a mark or a rank', path: ['mark'] }),
    output: VoteAgendaItemSchema,
  },
  'vote.clearMarks': { effect: 'write', input: VoteItemRef, output: VoteAgendaItemSchema },
  /** Counts per intention, the items undecided first, and each ballot's verdict. */
  'vote.summary': { effect: 'read', input: NoInput, output: IntentionSummarySchema },
  /** The voting notes (private) as a DOCX in the official layout. */
  'vote.exportDocx': { effect: 'read', input: z.object({ language: LanguageSchema }).strict(), output: DeliverySchema },
} as const satisfies Record<string, ApiEntry>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
