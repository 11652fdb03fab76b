import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../shared/contract/api-contract';
import { apiContract } from '../../shared/contract/api-contract';
import { methodEffect } from '../../shared/contract/method-effect';
import type { Delivery } from '../../shared/domain/delivery';
import type { DraftContent } from '../../shared/domain/draft';
import { NoticeSchema } from '../../shared/domain/notice';
import { serializeDraftFile } from '../services/draft-file';
import type { ApiServices } from '../../shared/contract/api-contract';
import { createDispatch } from './dispatch';
import { STORE_FILE_NAME } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';

const REPORT_ID = 'jiaxing-2024-work-report';
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

/** One valid call per method; a method added to the contract without a case here fails to compile. */
const validCalls: { [M in ApiMethod]: (core: TempCore) => ApiInput<M> } = {
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
  'compare.versions': () => ({ documentId: REPORT_ID, from: 1, to: 1 }),
  'compare.documents': (core) => ({ fromId: lastYearReport(core), toId: REPORT_ID }),
  'compare.keepOrphan': (core) => ({ annotationId: existingAnnotation(core), keep: false }),
  'submission.list': () => ({}),
  'submission.get': (core) => ({ submissionId: existingSubmission(core) }),
  'submission.ofDraft': (core) => ({ draftId: existingDraft(core) }),
  'submission.create': (core) => ({ draftId: unsubmittedDraft(core) }),
  'submission.update': (core) => ({
    submissionId: existingSubmission(core),
    change: { assignedOn: '2024-11-30', category: 'C', resultSatisfaction: 'dissatisfied' },
  }),
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
  'speech.restore': (core) => ({ cardId: speechCard(core, true) }),
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

const COMPLETE_SUGGESTION: DraftContent = {
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
const RESOLUTION_ID = 'v-default-government-work-report';
const BALLOT_ID = 'v-default-livelihood-ballot';
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

/**
 * A cap, not a wait: the file and revision methods start a capped worker, which takes seconds on a
 * loaded 2-core machine (vitest's 5 s default was hit by document.importRevisionFile there).
 */
const WORKER_CALL_CAP_MS = 60_000;

describe('dispatch', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it.each(Object.keys(apiContract) as ApiMethod[])(
    '%s answers a valid call with data that matches the contract',
    async (method) => {
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
      const input = validCalls[method](core);
      const before = JSON.stringify(core.store.data);
      const result = await core.dispatch(method, input);
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(apiContract[method].output.safeParse(result.data).success).toBe(true);
      // The page refreshes what it shows, and the storage status, only after the calls declared as writes.
      if (methodEffect(method) === 'read') expect(JSON.stringify(core.store.data)).toBe(before);
    },
    WORKER_CALL_CAP_MS,
  );

  it('refuses, while tests run, an answer its contract does not allow, naming the method and the field', async () => {
    const logged: unknown[] = [];
    const wrong = { ...core.services.settings, get: () => ({ ...core.services.settings.get(), textSize: 'large' }) };
    const services = { ...core.services, settings: wrong } as unknown as ApiServices;
    const dispatch = createDispatch(services, { log: (error) => logged.push(error) });
    const result = await dispatch('settings.get', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/settings\.get answered .*textSize/) },
    });
    expect(logged).toHaveLength(1);
    // A production build passes answers through unchecked.
    expect(await createDispatch(services, { checkOutputs: false })('settings.get', {})).toMatchObject({
      ok: true,
      data: { textSize: 'large' },
    });
  });

  it('opens the bundled report on first start', async () => {
    const list = await core.dispatch('library.list', {});
    expect(list.ok && list.data).toEqual([
      expect.objectContaining({ id: REPORT_ID, title: 'Report on the Work of the Jiaxing Municipal Government (2024)', origin: 'bundled' }),
    ]);
  });

  it('keeps settings and the reading position it was given', async () => {
    await core.dispatch('settings.update', { textSize: 24 });
    const paneLayout = { outlineWidth: 200, outlineCollapsed: true, panelWidth: 300 };
    await core.dispatch('settings.update', { interfaceZoom: 125, paneLayout });
    const position = await core.dispatch('reading.setPosition', validCalls['reading.setPosition'](core));
    expect(await core.dispatch('settings.get', {})).toEqual({
      ok: true,
      data: { language: null, textSize: 24, proposalMinCoSigners: 10, interfaceZoom: 125, paneLayout },
    });
    expect(await core.dispatch('reading.getPosition', { documentId: REPORT_ID })).toEqual(position);
  });

  it.each([
    ['an unknown method', 'document.explode', {}, 'UNKNOWN_METHOD', /no API method/],
    ['a method name that is not a string', 42, {}, 'UNKNOWN_METHOD', /no API method/],
    ['a prototype key as method', '__proto__', {}, 'UNKNOWN_METHOD', /no API method/],
    // Each kind's own restore is the service's, not the API's: bin.restore is the one way back.
    ['the per-kind restore annotation.restore', 'annotation.restore', { annotationId: 'a-00000000' }, 'UNKNOWN_METHOD', /no API method/],
    ['the per-kind restore draft.restore', 'draft.restore', { draftId: 'd-00000000' }, 'UNKNOWN_METHOD', /no API method/],
    ['the per-kind restore library.restore', 'library.restore', { documentId: REPORT_ID }, 'UNKNOWN_METHOD', /no API method/],
    ['the per-kind restore vote.restoreItem', 'vote.restoreItem', { itemId: RESOLUTION_ID }, 'UNKNOWN_METHOD', /no API method/],
    [
      'the per-kind restore vote.restoreCandidate',
      'vote.restoreCandidate',
      { itemId: BALLOT_ID, candidateId: 'c-00000000' },
      'UNKNOWN_METHOD',
      /no API method/,
    ],
    ['a text size out of range', 'settings.update', { textSize: 400 }, 'INVALID_INPUT', /textSize/],
    ['an unknown language', 'settings.update', { language: 'fr' }, 'INVALID_INPUT', /language/],
    ['an extra field', 'settings.update', { textSize: 20, admin: true }, 'INVALID_INPUT', /admin/],
    ['an interface zoom out of range', 'settings.update', { interfaceZoom: 1000 }, 'INVALID_INPUT', /interfaceZoom/],
    [
      'a pane width out of range',
      'settings.update',
      { paneLayout: { outlineWidth: 5, outlineCollapsed: false, panelWidth: 380 } },
      'INVALID_INPUT',
      /outlineWidth/,
    ],
    ['a missing field', 'document.get', {}, 'INVALID_INPUT', /documentId/],
    ['a malformed id', 'document.get', { documentId: '../../etc/passwd' }, 'INVALID_INPUT', /documentId/],
    ['input that is not an object', 'reading.setPosition', 'hello', 'INVALID_INPUT', /input/],
    [
      'a document that does not exist',
      'reading.setPosition',
      { documentId: 'nope', paragraphId: 'p-1' },
      'NOT_FOUND',
      /no document "nope"/,
    ],
    [
      'a note over 20,000 characters',
      'annotation.create',
      { documentId: REPORT_ID, start: 0, end: 10, kind: 'question', note: 'x'.repeat(20_001) },
      'INVALID_INPUT',
      /at most 20,000 characters/,
    ],
    [
      'a selection of white space only',
      'annotation.create',
      { documentId: REPORT_ID, start: 61, end: 63, kind: 'question' },
      'INVALID_INPUT',
      /holds no text/,
    ],
    [
      'a selection that ends before it starts',
      'annotation.create',
      { documentId: REPORT_ID, start: 50, end: 10, kind: 'question' },
      'INVALID_INPUT',
      /end after it starts/,
    ],
    [
      'an unknown annotation kind',
      'annotation.create',
      { documentId: REPORT_ID, start: 0, end: 10, kind: 'rant' },
      'INVALID_INPUT',
      /kind/,
    ],
    [
      'a tag over 40 characters',
      'annotation.create',
      { documentId: REPORT_ID, start: 0, end: 10, kind: 'question', tags: ['t'.repeat(41)] },
      'INVALID_INPUT',
      /at most 40 characters/,
    ],
    ['an annotation that does not exist', 'annotation.update', { annotationId: 'a-00000000', note: 'x' }, 'NOT_FOUND', /no annotation/],
    ['an empty revised version', 'document.importRevision', { documentId: REPORT_ID, text: '  \n\n ' }, 'INVALID_INPUT', /empty/],
    [
      'a binary revised version',
      'document.importRevision',
      { documentId: REPORT_ID, text: 'PK\u0003\u0004\u0000\u0000binary' },
      'INVALID_INPUT',
      /not a text file/,
    ],
    ['a version that does not exist', 'document.getVersion', { documentId: REPORT_ID, version: 7 }, 'NOT_FOUND', /no version 7/],
    ['a file that is not base64', 'library.previewImport', { fileName: 'a.txt', base64: '***' }, 'INVALID_INPUT', /not base64/],
    [
      'a binary file renamed to .txt',
      'library.previewImport',
      { fileName: 'a.txt', base64: Buffer.from([0, 1, 2, 3, 255]).toString('base64') },
      'INVALID_INPUT',
      /not a text file/,
    ],
    ['an empty pasted text', 'library.previewText', { text: '   ' }, 'INVALID_INPUT', /empty/],
    ['a document kind that does not exist', 'library.addDocument', { title: 'x', kind: 'novel', text: 'x' }, 'INVALID_INPUT', /kind/],
    ['a removed record of an unknown kind', 'bin.restore', { kind: 'profile', id: 'd-00000000' }, 'INVALID_INPUT', /kind/],
    ['a draft id given as an annotation', 'bin.restore', { kind: 'annotation', id: 'd-00000000' }, 'INVALID_INPUT', /not an annotation id/],
    ['a record that is not removed', 'bin.restore', { kind: 'voteItem', id: RESOLUTION_ID }, 'NOT_FOUND', /no removed agenda item/],
    ['a backup file that is no longer at hand', 'data.restoreBackup', { fileId: 'f-00000000' }, 'NOT_FOUND', /choose it again/],
    [
      'an emergency copy no longer offered',
      'data.restoreEmergencyCopy',
      { noticeId: 'emergency-copy-0' },
      'NOT_FOUND',
      /no longer offered/,
    ],
    ['a draft file that is not JSON', 'draft.importJson', { text: '{draft' }, 'INVALID_INPUT', /not valid JSON/],
    [
      'a draft file with a wrong field',
      'draft.importJson',
      { text: JSON.stringify({ format: 'deputy-desk-draft', formatVersion: 1, draft: { ...COMPLETE_SUGGESTION, kind: 'petition' } }) },
      'INVALID_INPUT',
      /draft\.kind/,
    ],
    ['a draft change with an unknown field', 'draft.update', { draftId: 'd-00000000', change: { owner: 'x' } }, 'INVALID_INPUT', /owner/],
    ['a draft that does not exist', 'draft.exportDocx', { draftId: 'd-00000000' }, 'NOT_FOUND', /no draft/],
    [
      'a profile with an overlong name',
      'profile.update',
      { name: 'x'.repeat(501), delegation: '', deputyNumber: '', contact: '' },
      'INVALID_INPUT',
      /name/,
    ],
    ['an unknown ballot mode', 'vote.setBallotRule', { itemId: BALLOT_ID, mode: 'lottery', maxChoices: 10 }, 'INVALID_INPUT', /mode/],
    [
      'a ballot where M = 0',
      'vote.setBallotRule',
      { itemId: BALLOT_ID, mode: 'chooseUpTo', maxChoices: 0 },
      'INVALID_INPUT',
      /maxChoices: M must be at least 1/,
    ],
    ['an agenda item that does not exist', 'vote.setIntention', { itemId: 'v-00000000', intention: 'for' }, 'NOT_FOUND', /no agenda item/],
    [
      'reasons over 20,000 characters',
      'vote.setIntention',
      { itemId: RESOLUTION_ID, intention: 'against', rationale: 'x'.repeat(20_001) },
      'INVALID_INPUT',
      /at most 20,000 characters/,
    ],
    ['neither an intention nor reasons', 'vote.setIntention', { itemId: RESOLUTION_ID }, 'INVALID_INPUT', /an intention, reasons, or both/],
    ['an unknown intention', 'vote.setIntention', { itemId: RESOLUTION_ID, intention: 'maybe' }, 'INVALID_INPUT', /intention/],
    ['an agenda item title of blanks', 'vote.addItem', { title: '   ' }, 'INVALID_INPUT', /title is empty/],
    ['a move past the end of the agenda', 'vote.moveItem', { itemId: RESOLUTION_ID, toIndex: 40 }, 'INVALID_INPUT', /between 0 and 6/],
    [
      'candidates on a resolution',
      'vote.addCandidates',
      { itemId: RESOLUTION_ID, candidates: [{ name: 'x', description: '', investment: null, completion: '' }] },
      'INVALID_INPUT',
      /not a ballot/,
    ],
    [
      'an investment that is not a number',
      'vote.addCandidates',
      { itemId: BALLOT_ID, candidates: [{ name: 'x', description: '', investment: '1200万元', completion: '' }] },
      'INVALID_INPUT',
      /investment must be a number/,
    ],
    [
      'a completion date that is not a date',
      'vote.addCandidates',
      { itemId: BALLOT_ID, candidates: [{ name: 'x', description: '', investment: 1, completion: '2024年底' }] },
      'INVALID_INPUT',
      /completion/,
    ],
    [
      'a mark without mark or rank',
      'vote.markCandidate',
      { itemId: BALLOT_ID, candidateId: 'c-00000000' },
      'INVALID_INPUT',
      /mark or a rank/,
    ],
    [
      'a candidate that does not exist',
      'vote.markCandidate',
      { itemId: BALLOT_ID, candidateId: 'c-00000000', mark: 'approve' },
      'NOT_FOUND',
      /no candidate/,
    ],
    [
      'a paragraph that does not exist',
      'vote.linkParagraph',
      { itemId: RESOLUTION_ID, documentId: REPORT_ID, paragraphId: 'p-nowhere' },
      'NOT_FOUND',
      /no paragraph/,
    ],
  ])('refuses %s with a clear error and changes nothing', async (_name, method, input, code, message) => {
    await core.dispatch('settings.update', { textSize: 19 });
    await core.store.flush();
    const before = await readFile(join(core.dataFolder, STORE_FILE_NAME), 'utf8');

    const result = await core.dispatch(method, input);

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
    await core.store.flush();
    expect(await readFile(join(core.dataFolder, STORE_FILE_NAME), 'utf8')).toBe(before);
  });
});
