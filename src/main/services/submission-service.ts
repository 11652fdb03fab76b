import { randomUUID } from 'node:crypto';
import type { ApiService } from '../../shared/contract/api-contract';
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
  const find = (submissionId: string): Submission => {
    const found = store.data.submissions.find((s) => s.id === submissionId);
    if (!found) throw new DomainError('NOT_FOUND', 'submission.notFound');
    return found;
  };
  const latestFirst = (a: Submission, b: Submission) =>
    (b.submittedOn || b.createdAt).localeCompare(a.submittedOn || a.createdAt) || b.createdAt.localeCompare(a.createdAt);

  return {
    list: () => [...store.data.submissions].sort(latestFirst).map(view),
    get: ({ submissionId }) => view(find(submissionId)),
    ofDraft: ({ draftId }) => {
      const found = store.data.submissions.find((s) => s.draftId === draftId);
      return found ? view(found) : null;
    },
    async create({ draftId, submittedOn }) {
      const draft = store.data.drafts.find((d) => d.id === draftId && d.deletedAt === null);
      if (!draft) throw new DomainError('NOT_FOUND', 'draft.notFound');
      if (store.data.submissions.some((s) => s.draftId === draftId)) {
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
      });
      await store.update((data) => {
        data.submissions.push(record);
      });
      return view(record);
    },
    async update({ submissionId, change }) {
      find(submissionId);
      const next = await store.update((data) => {
        const index = data.submissions.findIndex((s) => s.id === submissionId);
        const current = data.submissions[index];
        if (!current) throw new DomainError('NOT_FOUND', 'submission.notFound');
        const record = storedRecord(SubmissionSchema, { ...current, ...definedFields(change), updatedAt: clock().toISOString() });
        data.submissions[index] = record;
        return record;
      });
      return view(next);
    },
    async readReplyFile({ fileName, base64 }) {
      const { text } = await importFiles.read(fileName, Buffer.from(base64, 'base64'));
      if (text.length > DRAFT_TEXT_MAX) {
        throw new DomainError('INVALID_INPUT', 'submission.replyTooLong', { fileName, max: DRAFT_TEXT_MAX });
      }
      return { fileName, text: text.trim() };
    },
    async exportYear({ year, language }) {
      const summary = summarizeYear(store.data.submissions, year, today());
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
}
