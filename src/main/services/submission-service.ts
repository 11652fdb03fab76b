import { randomUUID } from 'node:crypto';
import type { ApiParsedInput, ApiService } from '../../shared/contract/api-contract';
import type { SubmissionView } from '../../shared/contract/submission-api';
import { DOCX_MIME_TYPE } from '../../shared/domain/delivery';
import { DRAFT_TEXT_MAX } from '../../shared/domain/draft';
import { EMPTY_SUBMISSION_FIELDS, SubmissionSchema, type Submission } from '../../shared/domain/submission';
import { blocksExport, checkDraft } from '../../shared/drafts/checks';
import { calendarDay } from '../../shared/submissions/due-dates';
import { submissionStatus } from '../../shared/submissions/reminders';
import { summarizeYear } from '../../shared/submissions/year-summary';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import { definedFields } from './defined-fields';
import { DomainError } from './domain-error';
import { recordCollection } from './record-collection';
import type { FileDelivery } from './file-delivery';
import type { ImportFiles } from './import/import-files';

/** The `submission.*` methods: drafts handed in, their handling and reply, and the yearly record. "Today" is the injected clock's. */
export function createSubmissionService(deps: {
  store: Store;
  clock: () => Date;
  deliver: FileDelivery;
  /** Reads a reply's file in the capped worker. */
  importFiles: Pick<ImportFiles, 'read'>;
  newId?: () => string;
}) {
  const { store, clock, deliver, importFiles } = deps;
  const newId = deps.newId ?? (() => `s-${randomUUID()}`);
  const today = () => calendarDay(clock());
  const view = (s: Submission): SubmissionView => ({ ...s, status: submissionStatus(s, today()) });
  const standing = (s: Submission) => (s.deletedAt ?? null) === null;
  const submissions = recordCollection(store, {
    schema: SubmissionSchema,
    records: (data) => data.submissions,
    isRemoved: (s) => !standing(s),
    notFound: 'submission.notFound',
    noRemoved: 'submission.noWithdrawn',
  });
  const find = (submissionId: string, withdrawn = false): Submission => submissions.find(submissionId, withdrawn);
  const replace = submissions.replace;
  const latestFirst = (a: Submission, b: Submission) =>
    (b.submittedOn || b.createdAt).localeCompare(a.submittedOn || a.createdAt) || b.createdAt.localeCompare(a.createdAt);

  const api = {
    list: () => store.data.submissions.filter(standing).sort(latestFirst).map(view),
    get: ({ submissionId }) => view(find(submissionId)),
    ofDraft: ({ draftId }) => {
      const found = store.data.submissions.find((s) => s.draftId === draftId && standing(s));
      return found ? view(found) : null;
    },
    async create({ draftId, submittedOn }) {
      const draft = store.data.drafts.find((d) => d.id === draftId && d.deletedAt === null);
      if (!draft) throw new DomainError('NOT_FOUND', 'draft.notFound');
      if (store.data.submissions.some((s) => s.draftId === draftId && standing(s))) {
        throw new DomainError('CONFLICT', 'submission.alreadySubmitted');
      }
      if (blocksExport(checkDraft(draft, { minCoSigners: store.data.settings.proposalMinCoSigners }))) {
        throw new DomainError('INVALID_INPUT', 'submission.notReady');
      }
      const now = clock().toISOString();
      const record = storedRecord(SubmissionSchema, {
        ...EMPTY_SUBMISSION_FIELDS,
        submittedOn: submittedOn ?? today(),
        id: newId(),
        draftId,
        kind: draft.kind,
        title: draft.title,
        language: draft.language,
        leadDeputy: draft.leadDeputy,
        delegation: draft.delegation,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      });
      await store.update((data) => {
        data.submissions.push(record);
      });
      return view(record);
    },
    async update({ submissionId, change }) {
      const next = await replace(submissionId, false, (current) => ({
        ...current,
        ...definedFields(change),
        updatedAt: clock().toISOString(),
      }));
      return view(next);
    },
    /** Soft delete (not dated as an edit): the record waits in the bin as it was, and `bin.restore` puts it back. */
    withdraw: async ({ submissionId }) => view(await replace(submissionId, false, (s) => ({ ...s, deletedAt: clock().toISOString() }))),
    async readReplyFile({ fileName, base64 }) {
      const { text } = await importFiles.read(fileName, Buffer.from(base64, 'base64'));
      if (text.length > DRAFT_TEXT_MAX) {
        throw new DomainError('INVALID_INPUT', 'submission.replyTooLong', { fileName, max: DRAFT_TEXT_MAX });
      }
      return { fileName, text: text.trim() };
    },
    async exportYear({ year, language }) {
      const summary = summarizeYear(store.data.submissions.filter(standing), year, today());
      // Loaded on first export: docx is slow to load.
      const { buildSubmissionsDocx } = await import('./export/submissions-docx');
      const { profile } = store.data;
      return deliver({
        fileName: language === 'zh-CN' ? `${year}年建议议案办理情况.docx` : `suggestions-and-proposals-${year}.docx`,
        mimeType: DOCX_MIME_TYPE,
        bytes: await buildSubmissionsDocx({ summary, language, deputy: profile.name, delegation: profile.delegation }),
      });
    },
  } satisfies ApiService<'submission'>;
  return {
    ...api,
    /**
     * Not an API method: `bin.restore` (which finds the entry first) is the one way back. Refused while
     * its draft stands submitted again (one record per submitted draft).
     */
    async restore({ submissionId }: ApiParsedInput<'submission.withdraw'>): Promise<Submission> {
      const withdrawn = find(submissionId, true);
      if (store.data.submissions.some((s) => s.draftId === withdrawn.draftId && standing(s))) {
        throw new DomainError('CONFLICT', 'submission.resubmitted');
      }
      return replace(submissionId, true, (s) => ({ ...s, deletedAt: null }));
    },
  };
}
export type SubmissionService = ReturnType<typeof createSubmissionService>;
