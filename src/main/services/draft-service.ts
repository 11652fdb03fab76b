import { randomUUID } from 'node:crypto';
import { describePassage } from '../../shared/anchoring/describe-passage';
import { DOCX_MIME_TYPE, JSON_MIME_TYPE } from '../../shared/domain/delivery';
import type { ApiParsedInput, ApiService } from '../../shared/contract/api-contract';
import { DRAFT_LINE_MAX, DRAFT_TEXT_MAX, DraftSchema, type Draft, type DraftCitation, type DraftContent } from '../../shared/domain/draft';
import { blocksExport, checkDraft } from '../../shared/drafts/checks';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import { DomainError } from './domain-error';
import { recordCollection } from './record-collection';
import { parseDraftFile, serializeDraftFile } from './draft-file';
import { safeFileName, type FileDelivery } from './file-delivery';
import type { Documents } from './documents';
import { definedFields } from './defined-fields';
import type { CoSignMarks } from './export/co-signers-table';

type DraftSource = NonNullable<ApiParsedInput<'draft.create'>['source']>;

/** The `draft.*` methods: drafts of suggestions and proposals, their checks and exports. */
export function createDraftService(deps: {
  store: Store;
  documents: Documents;
  clock: () => Date;
  deliver: FileDelivery;
  newId?: () => string;
  /** Which co-signers confirmed the draft's text as it is (cosign-service.ts), for the DOCX's table. */
  coSignMarks?: (draft: Draft) => Promise<CoSignMarks>;
}) {
  const { store, documents, clock, deliver } = deps;
  const newId = deps.newId ?? (() => `d-${randomUUID()}`);

  const drafts = recordCollection(store, {
    schema: DraftSchema,
    records: (data) => data.drafts,
    isRemoved: (d) => d.deletedAt !== null,
    notFound: 'draft.notFound',
    noRemoved: 'draft.noDeleted',
  });
  const find = (draftId: string, { deleted }: { deleted: boolean }): Draft => drafts.find(draftId, deleted);
  const problemsOf = (draft: DraftContent) =>
    checkDraft(draft, {
      minCoSigners: store.data.settings.proposalMinCoSigners,
      proposalDeadline: store.data.settings.proposalDeadline,
      now: clock(),
    });

  /** Stored drafts are frozen records: a change puts a new object in place. */
  const replace = (draftId: string, deleted: boolean, change: Partial<Draft>): Promise<Draft> =>
    drafts.replace(draftId, deleted, (draft) => ({ ...draft, ...change, updatedAt: clock().toISOString() }));
  const insert = (content: DraftContent): Promise<Draft> => {
    const now = clock().toISOString();
    const draft = storedRecord(DraftSchema, { ...content, id: newId(), createdAt: now, updatedAt: now, deletedAt: null });
    return store.update((data) => {
      data.drafts.push(draft);
      return draft;
    });
  };

  /** The quoted passage (and the annotation's note, which starts the reasons) a draft begins from. */
  const startingPoint = (source: DraftSource): { citation: DraftCitation; note: string } => {
    let documentId: string;
    let target;
    let note = '';
    if ('annotationId' in source) {
      const annotation = store.data.annotations.find((a) => a.id === source.annotationId && a.deletedAt === null);
      if (!annotation) throw new DomainError('NOT_FOUND', 'annotation.notFound');
      ({ documentId, target, note } = annotation);
    } else {
      documentId = source.documentId;
      target = describePassage(documents.documentText(documentId), source.start, source.end);
      if (!target) throw new DomainError('INVALID_INPUT', 'draft.emptySelection');
    }
    const doc = documents.require(documentId);
    const paragraph = documents.documentText(documentId).paragraphs.find((p) => p.id === target.paragraphId);
    return {
      note,
      citation: {
        documentId,
        documentTitle: doc.title.slice(0, DRAFT_LINE_MAX),
        paragraphId: target.paragraphId,
        citation: paragraph?.citation ?? '',
        // A draft quotes a passage, not a whole report: a quote past the field's limit is cut, marked "…".
        quote: target.quote.exact.length > DRAFT_TEXT_MAX ? `${target.quote.exact.slice(0, DRAFT_TEXT_MAX - 1)}…` : target.quote.exact,
      },
    };
  };

  const api = {
    list: () =>
      store.data.drafts
        .filter((d) => d.deletedAt === null)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((d) => ({
          id: d.id,
          kind: d.kind,
          title: d.title,
          language: d.language,
          updatedAt: d.updatedAt,
          exportable: !blocksExport(problemsOf(d)),
        })),
    get: ({ draftId }) => find(draftId, { deleted: false }),
    async create({ kind, language, source }) {
      const { profile } = store.data;
      const start = source ? startingPoint(source) : null;
      return insert({
        kind,
        language,
        title: '',
        category: '',
        reasons: start?.note ?? '',
        basis: '',
        measures: [''],
        citations: start ? [start.citation] : [],
        leadDeputy: profile.name,
        delegation: profile.delegation,
        deputyNumber: profile.deputyNumber,
        contact: profile.contact,
        coSigners: [],
        date: clock().toISOString().slice(0, 10),
      });
    },
    update: async ({ draftId, change }) => replace(draftId, false, definedFields(change)),
    async duplicate({ draftId }) {
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...content } = find(draftId, { deleted: false });
      return insert({ ...content, coSigners: [...content.coSigners], measures: [...content.measures], citations: [...content.citations] });
    },
    delete: async ({ draftId }) => replace(draftId, false, { deletedAt: clock().toISOString() }),
    check: ({ draftId }) => problemsOf(find(draftId, { deleted: false })),
    async exportDocx({ draftId }) {
      const draft = find(draftId, { deleted: false });
      const problems = problemsOf(draft);
      if (blocksExport(problems)) return { problems };
      const fallback = draft.kind === 'proposal' ? 'proposal' : 'suggestion';
      // Loaded on first export: docx is slow to load, and the app opens sooner without it.
      const { buildDraftDocx } = await import('./export/draft-docx');
      return deliver({
        fileName: safeFileName(draft.title, fallback, 'docx'),
        mimeType: DOCX_MIME_TYPE,
        bytes: await buildDraftDocx(draft, await deps.coSignMarks?.(draft)),
      });
    },
    async exportJson({ draftId }) {
      const draft = find(draftId, { deleted: false });
      return deliver({
        fileName: safeFileName(draft.title, 'draft', 'json'),
        mimeType: JSON_MIME_TYPE,
        bytes: Buffer.from(serializeDraftFile(draft)),
      });
    },
    async importJson({ text }) {
      return insert(parseDraftFile(text));
    },
  } satisfies ApiService<'draft'>;
  return {
    ...api,
    // Not an API method: `bin.restore` (which finds the entry first) is the one way back.
    restore: async ({ draftId }: ApiParsedInput<'draft.delete'>) => replace(draftId, true, { deletedAt: null }),
  };
}
export type DraftService = ReturnType<typeof createDraftService>;
