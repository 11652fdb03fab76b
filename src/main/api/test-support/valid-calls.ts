import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiInput, ApiMethod } from '../../../shared/contract/api-contract';
import type { Delivery } from '../../../shared/domain/delivery';
import type { DraftContent } from '../../../shared/domain/draft';
import { NoticeSchema } from '../../../shared/domain/notice';
import { serializeDraftFile } from '../../services/draft-file';
import type { startTempCore } from '../../test-support/temp-core';

/**
 * One valid call per API method, on a core seeded by `seedOneOfEach` (dispatch.test.ts runs each).
 * A row is `'namespace.verb': (core) => input`; the helpers below find the seeded record a row needs.
 */
export const REPORT_ID = 'jiaxing-2024-work-report';
export type TempCore = Awaited<ReturnType<typeof startTempCore>>;

/** One valid call per method; a method added to the contract without a case here fails to compile. */
export const validCalls: { [M in ApiMethod]: (core: TempCore) => ApiInput<M> } = {
  'app.boot': () => ({}),
  'app.info': () => ({}),
  'app.health': () => ({}),
  'data.exportBackup': () => ({}),
  'data.chooseBackupFile': () => ({}),
  'data.restoreBackup': (core) => ({
    fileId: core.services.incoming.stage('backup.json', Buffer.from(JSON.stringify(core.store.data))).fileId,
  }),
  'data.restoreEmergencyCopy': (core) => {
    // What the last quit left when saving failed, and the notice the start put up for it.
    const path = join(core.dataFolder, 'deputy-desk.emergency-2026-12-01T22-00-00-000Z.json');
    writeFileSync(path, JSON.stringify(core.store.data));
    core.store.data.notices.push(
      NoticeSchema.parse({
        id: 'emergency-copy-1',
        kind: 'emergency-copy',
        path,
        reason: 'closed while failing',
        at: '2026-12-01T22:00:00.000Z',
      }),
    );
    return { noticeId: 'emergency-copy-1' };
  },
  'bin.summary': () => ({}),
  'bin.empty': () => ({}),
  'app.dismissNotice': () => ({ noticeId: 'no-such-notice' }),
  'library.list': () => ({}),
  'library.previewImport': () => ({
    fileName: 'plan.md',
    base64: Buffer.from('# Plan\n\n## I. Review\n\nGrowth was 6%.').toString('base64'),
  }),
  'library.importProgress': () => ({ importId: 'no-such-import' }),
  'library.cancelImport': () => ({ importId: 'no-such-import' }),
  'library.previewText': () => ({ text: 'Budget report\n\nI. Review\n\nRevenue rose.' }),
  'library.addDocument': () => ({ title: 'Budget report', kind: 'budget-report', text: 'Budget report\n\nI. Review\n\nRevenue rose.' }),
  'library.rename': () => ({ documentId: REPORT_ID, title: 'Work report 2024' }),
  'library.setKind': () => ({ documentId: REPORT_ID, kind: 'work-report' }),
  'library.remove': () => ({ documentId: REPORT_ID }),
  'bin.list': () => ({ kinds: ['annotation', 'candidate'], sinceAppStart: true, limit: 5 }),
  'bin.restore': (core) => ({ kind: 'draft', id: deletedDraft(core) }),
  'document.get': () => ({ documentId: REPORT_ID }),
  'settings.get': () => ({}),
  'settings.update': () => ({ textSize: 20, language: 'zh-CN' }),
  'reading.getPosition': () => ({ documentId: REPORT_ID }),
  'reading.setPosition': (core) => ({
    documentId: REPORT_ID,
    paragraphId: core.services.documents.get(REPORT_ID).outline.sections[1]!.paragraphs[0]!.id,
  }),
  'annotation.list': () => ({ documentId: REPORT_ID }),
  'annotation.listAll': () => ({}),
  'annotation.create': () => ({ documentId: REPORT_ID, start: 0, end: 30, kind: 'question', note: 'Why?', tags: ['economy'] }),
  'annotation.update': (core) => ({ annotationId: existingAnnotation(core), note: 'Changed' }),
  'annotation.reattach': (core) => ({ annotationId: existingAnnotation(core), start: 100, end: 140 }),
  'annotation.undoReattach': (core) => ({ annotationId: existingAnnotation(core) }),
  'annotation.acceptPlacement': (core) => ({ annotationId: existingAnnotation(core) }),
  'annotation.delete': (core) => ({ annotationId: existingAnnotation(core) }),
  'document.importRevision': () => ({ documentId: REPORT_ID, text: 'A revised report.\n\nI. Review\n\nNew text of the review.' }),
  'document.importRevisionFile': () => ({
    documentId: REPORT_ID,
    fileName: 'revised.txt',
    base64: Buffer.from('Revised report\n\nI. Review\n\nNew text.').toString('base64'),
  }),
  'document.versions': () => ({ documentId: REPORT_ID }),
  'document.getVersion': () => ({ documentId: REPORT_ID, version: 1 }),
  'annotation.exportNotes': () => ({ documentId: REPORT_ID, language: 'en' }),
  'profile.get': () => ({}),
  'profile.update': () => ({ name: 'Li Ming', delegation: 'Nanhu District', deputyNumber: '0421', contact: '0573-1234567' }),
  'draft.list': () => ({}),
  'draft.get': (core) => ({ draftId: existingDraft(core) }),
  'draft.create': (core) => ({ kind: 'proposal', language: 'zh-CN', source: { annotationId: existingAnnotation(core) } }),
  'draft.update': (core) => ({ draftId: existingDraft(core), change: { title: '关于加快城乡公交一体化的建议', measures: ['增开线路'] } }),
  'draft.duplicate': (core) => ({ draftId: existingDraft(core) }),
  'draft.delete': (core) => ({ draftId: existingDraft(core) }),
  'draft.check': (core) => ({ draftId: existingDraft(core) }),
  'draft.exportDocx': (core) => ({ draftId: existingDraft(core) }),
  'draft.exportJson': (core) => ({ draftId: existingDraft(core) }),
  'draft.importJson': () => ({ text: serializeDraftFile(COMPLETE_SUGGESTION) }),
  'vote.agenda': () => ({}),
  'vote.addItem': () => ({ title: 'Resolution on the report on environmental protection', index: 2 }),
  'vote.renameItem': () => ({ itemId: RESOLUTION_ID, title: '关于政府工作报告的决议（草案）' }),
  'vote.moveItem': () => ({ itemId: BALLOT_ID, toIndex: 0 }),
  'vote.removeItem': () => ({ itemId: RESOLUTION_ID }),
  'vote.setIntention': () => ({ itemId: RESOLUTION_ID, intention: 'for', rationale: 'The targets are realistic.' }),
  'vote.linkParagraph': (core) => ({ itemId: RESOLUTION_ID, documentId: REPORT_ID, paragraphId: firstParagraph(core) }),
  'vote.unlinkParagraph': (core) => ({ itemId: RESOLUTION_ID, documentId: REPORT_ID, paragraphId: firstParagraph(core) }),
  'vote.linkAnnotation': (core) => ({ itemId: RESOLUTION_ID, annotationId: existingAnnotation(core) }),
  'vote.unlinkAnnotation': (core) => ({ itemId: RESOLUTION_ID, annotationId: existingAnnotation(core) }),
  'vote.citing': (core) => ({ documentId: REPORT_ID, paragraphId: firstParagraph(core) }),
  'vote.setBallotRule': () => ({ itemId: BALLOT_ID, mode: 'rank', maxChoices: 3 }),
  'vote.setCandidates': () => ({
    itemId: BALLOT_ID,
    candidates: [{ name: '城乡公交一体化', description: '新增线路20条', investment: 1200, completion: '2024-12' }],
  }),
  'vote.addCandidates': () => ({
    itemId: BALLOT_ID,
    candidates: [{ name: 'Rural roads', description: '', investment: null, completion: '' }],
  }),
  'vote.updateCandidate': (core) => ({ itemId: BALLOT_ID, candidateId: existingCandidate(core), change: { investment: 1500 } }),
  'vote.removeCandidate': (core) => ({ itemId: BALLOT_ID, candidateId: existingCandidate(core) }),
  'vote.parseCandidates': () => ({ text: '1、老旧小区改造，改造小区36个，0.12亿元，2024年底\n2、一千万元', itemId: BALLOT_ID }),
  'vote.markCandidate': (core) => ({ itemId: BALLOT_ID, candidateId: existingCandidate(core), mark: 'approve' }),
  'vote.clearMarks': () => ({ itemId: BALLOT_ID }),
  'vote.summary': () => ({}),
  'vote.exportDocx': () => ({ language: 'zh-CN' }),
  'targets.pair': (core) => ({ lastYearId: lastYearReport(core), thisYearId: REPORT_ID }),
  'targets.suggestPair': () => ({ thisYearId: REPORT_ID }),
  'targets.results': () => ({ documentId: REPORT_ID }),
  'targets.correct': (core) => {
    const pair = { lastYearId: lastYearReport(core), thisYearId: REPORT_ID };
    const targetFigureId = core.services.targets.pair(pair).rows[0]?.target.figureId ?? '';
    return { ...pair, targetFigureId, result: 'not reported', verdict: null };
  },
  'targets.removeCorrection': (core) => ({ correctionId: existingTargetCorrection(core) }),
  'targets.consistency': () => ({ documentId: REPORT_ID }),
  'targets.exportDocx': (core) => ({ lastYearId: lastYearReport(core), thisYearId: REPORT_ID, language: 'zh-CN' }),
  'compare.keepOrphan': (core) => ({ annotationId: existingAnnotation(core), keep: false }),
  'compare.versions': () => ({ documentId: REPORT_ID, from: 1, to: 1 }),
  'compare.documents': (core) => ({ fromId: lastYearReport(core), toId: REPORT_ID }),
  'submission.list': () => ({}),
  'submission.get': (core) => ({ submissionId: existingSubmission(core) }),
  'submission.ofDraft': (core) => ({ draftId: existingDraft(core) }),
  'submission.create': (core) => ({ draftId: unsubmittedDraft(core) }),
  'submission.update': (core) => ({
    submissionId: existingSubmission(core),
    change: { assignedOn: '2024-11-30', category: 'C', resultSatisfaction: 'dissatisfied' },
  }),
  'submission.withdraw': (core) => ({ submissionId: existingSubmission(core) }),
  'submission.exportYear': () => ({ year: 2024, language: 'zh-CN' }),
  'submission.readReplyFile': () => ({
    fileName: 'reply.txt',
    base64: Buffer.from('关于加快城乡公交一体化的建议的答复\n\n该项目已列入明年计划。').toString('base64'),
  }),
  'speech.list': () => ({}),
  'speech.create': () => ({ title: '关于政府工作报告的审议发言', language: 'zh-CN' }),
  'speech.update': (core) => ({ cardId: speechCard(core, false), minutes: 5 }),
  'speech.setPoints': (core) => ({
    cardId: speechCard(core, false),
    points: [{ text: 'Rural buses first.', passages: [{ documentId: REPORT_ID, paragraphId: firstParagraph(core) }], annotationIds: [] }],
  }),
  'speech.remove': (core) => ({ cardId: speechCard(core, false) }),
  'speech.exportDocx': (core) => ({ cardId: speechCard(core, false) }),
  'cosign.status': (core) => ({ draftId: existingDraft(core) }),
  'cosign.exportPacket': (core) => ({ draftId: existingDraft(core), deadline: '2024-01-20' }),
  'cosign.importConfirmation': (core) => ({ draftId: existingDraft(core), text: coSigning.confirmation }),
  'cosign.importPacket': () => ({ text: coSigning.packet }),
  'cosign.requests': () => ({}),
  'cosign.request': (core) => ({ packetId: receivedPacket(core) }),
  'cosign.confirm': (core) => ({ packetId: receivedPacket(core) }),
};

function speechCard(core: TempCore, removed: boolean): string {
  const card = core.store.data.speechCards.find((c) => (c.deletedAt !== null) === removed);
  if (card) return card.id;
  throw new Error('seed a speech card first');
}

/** A packet of the seeded draft, received back on the same desk, and its confirmation (seeded before each case). */
const coSigning = { packet: '', confirmation: '' };
const deliveredText = (delivery: Delivery) => (delivery.kind === 'download' ? Buffer.from(delivery.base64, 'base64').toString('utf8') : '');
function receivedPacket(core: TempCore): string {
  const request = core.store.data.coSignRequests[0];
  if (request) return request.packet.packetId;
  throw new Error('seed a received packet first');
}

export const COMPLETE_SUGGESTION: DraftContent = {
  kind: 'suggestion',
  language: 'en',
  title: 'On extending bus services to rural towns',
  category: 'Transport',
  reasons: 'Villages far from town have one bus a day.',
  basis: '',
  measures: ['Add ten rural routes by 2025.'],
  citations: [],
  leadDeputy: 'Li Ming',
  delegation: 'Nanhu District',
  deputyNumber: '0421',
  contact: '0573-1234567',
  coSigners: [],
  date: '2024-01-30',
};

function lastYearReport(core: TempCore): string {
  const doc = core.store.data.documents.find((d) => d.removedAt === null && d.title.includes('2023'));
  if (doc) return doc.id;
  throw new Error('seed last year’s report first');
}
function existingTargetCorrection(core: TempCore): string {
  const correction = core.store.data.targetCorrections[0];
  if (correction) return correction.id;
  throw new Error('seed a target correction first');
}
function existingDraft(core: TempCore): string {
  const draft = core.store.data.drafts.find((d) => d.deletedAt === null);
  if (draft) return draft.id;
  throw new Error('seed a draft first');
}
function existingSubmission(core: TempCore): string {
  const submission = core.store.data.submissions[0];
  if (submission) return submission.id;
  throw new Error('seed a submission first');
}
function unsubmittedDraft(core: TempCore): string {
  const draft = core.store.data.drafts.find((d) => d.deletedAt === null && !core.store.data.submissions.some((s) => s.draftId === d.id));
  if (draft) return draft.id;
  throw new Error('seed a draft not yet submitted first');
}
function deletedDraft(core: TempCore): string {
  const draft = core.store.data.drafts.find((d) => d.deletedAt !== null);
  if (draft) return draft.id;
  throw new Error('seed a deleted draft first');
}

/** Annotations made directly through the store, so that method cases don't depend on each other. */
function existingAnnotation(core: TempCore): string {
  const annotation = core.store.data.annotations.find((a) => a.deletedAt === null);
  if (annotation) return annotation.id;
  throw new Error('seed an annotation first');
}
export const RESOLUTION_ID = 'v-default-government-work-report';
export const BALLOT_ID = 'v-default-livelihood-ballot';
function firstParagraph(core: TempCore): string {
  return core.services.documents.documentText(REPORT_ID).paragraphs[0]!.id;
}
function ballotCandidates(core: TempCore) {
  return core.store.data.voteItems.find((i) => i.id === BALLOT_ID)?.ballot?.candidates ?? [];
}
function existingCandidate(core: TempCore): string {
  const candidate = ballotCandidates(core).find((c) => c.deletedAt === null);
  if (candidate) return candidate.id;
  throw new Error('seed a candidate first');
}

/** One record of each kind the rows above need: live and removed ones, a submission, a co-signing packet and its confirmation, last year’s report. */
export async function seedOneOfEach(core: TempCore): Promise<void> {
  const live = await core.services.annotation.create({ documentId: REPORT_ID, start: 0, end: 20, kind: 'support', note: '', tags: [] });
  await core.services.annotation.reattach({ annotationId: live.id, start: 20, end: 30 }); // so that it can be undone
  const removed = await core.services.annotation.create({
    documentId: REPORT_ID,
    start: 40,
    end: 60,
    kind: 'concern',
    note: '',
    tags: [],
  });
  await core.services.annotation.delete({ annotationId: removed.id });
  const submitted = await core.services.draft.importJson({ text: serializeDraftFile(COMPLETE_SUGGESTION) });
  await core.services.submission.create({ draftId: submitted.id });
  await core.services.draft.importJson({ text: serializeDraftFile(COMPLETE_SUGGESTION) });
  const removedDraft = await core.services.draft.importJson({ text: serializeDraftFile(COMPLETE_SUGGESTION) });
  await core.services.draft.delete({ draftId: removedDraft.id });
  await core.services.profile.update({ name: '张三', delegation: '南湖区代表团', deputyNumber: '0101', contact: '' });
  const drafted = existingDraft(core);
  coSigning.packet = deliveredText(await core.services.cosign.exportPacket({ draftId: drafted, deadline: '' }));
  const received = await core.services.cosign.importPacket({ text: coSigning.packet });
  if ('refused' in received) throw new Error('the seeded packet was refused');
  coSigning.confirmation = deliveredText(await core.services.cosign.confirm({ packetId: received.packetId }));
  const removedItem = await core.services.vote.addItem({ title: 'A removed item', kind: 'resolution' });
  await core.services.vote.removeItem({ itemId: removedItem.id });
  const ballot = await core.services.vote.addCandidates({
    itemId: BALLOT_ID,
    candidates: [
      { name: '老旧小区改造', description: '改造小区36个', investment: 1200, completion: '2024-12' },
      { name: '养老服务中心', description: '', investment: 800, completion: '2024' },
    ],
  });
  await core.services.vote.removeCandidate({ itemId: BALLOT_ID, candidateId: ballot.ballot!.candidates[1]!.id });
  await core.services.speech.create({ title: 'A speech card', language: 'en' });
  const removedCard = await core.services.speech.create({ title: 'A removed card', language: 'en' });
  await core.services.speech.remove({ cardId: removedCard.id });
  const extra = await core.services.library.addDocument({ title: 'Removed', kind: 'other', text: 'Some text.' });
  await core.services.library.remove({ documentId: extra.id });
  await core.services.library.addDocument({
    title: 'Report on the Work of the Jiaxing Municipal Government (2023)',
    kind: 'work-report',
    text: 'Report on the Work of the Jiaxing Municipal Government (2023)\n\nI. Targets\n\nThe GDP is expected to grow by around 5%.\n',
  });
  const targetsPair = { lastYearId: lastYearReport(core), thisYearId: REPORT_ID };
  const firstTarget = core.services.targets.pair(targetsPair).rows[0]?.target.figureId ?? '';
  await core.services.targets.correct({ ...targetsPair, targetFigureId: firstTarget, result: null, verdict: 'unclear' });
}
