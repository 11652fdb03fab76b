import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../shared/contract/api-contract';
import { apiContract } from '../../shared/contract/api-contract';
import { methodEffect } from '../../shared/contract/method-effect';
import type { ApiServices } from '../../shared/contract/api-contract';
import { createDispatch } from './dispatch';
import { STORE_FILE_NAME } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';
import {
  BALLOT_ID,
  COMPLETE_SUGGESTION,
  REPORT_ID,
  RESOLUTION_ID,
  seedOneOfEach,
  validCalls,
  type TempCore,
} from './test-support/valid-calls';

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
      await seedOneOfEach(core);
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

  it('words its own refusals in Chinese when the deputy reads in Chinese', async () => {
    await core.dispatch('settings.update', { language: 'zh-CN' });
    expect(await core.dispatch('document.explode', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: '没有名为 "document.explode" 的接口方法。' },
    });
    expect(await core.dispatch('document.get', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'document.get 的输入无效：documentId：缺少该项' },
    });
    expect(await core.dispatch('settings.update', { textSize: 20, admin: true })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'settings.update 的输入无效：admin：含有代表履职助手不认识的字段' },
    });
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
    ['the per-kind restore speech.restore', 'speech.restore', { cardId: 's-00000000' }, 'UNKNOWN_METHOD', /no API method/],
    ['the per-kind restore submission.restore', 'submission.restore', { submissionId: 's-00000000' }, 'UNKNOWN_METHOD', /no API method/],
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
