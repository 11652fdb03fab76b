import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../shared/contract/api-contract';
import { apiContract } from '../../shared/contract/api-contract';
import { STORE_FILE_NAME } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';

const REPORT_ID = 'jiaxing-2024-work-report';
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

/** One valid call per method; a method added to the contract without a case here fails to compile. */
const validCalls: { [M in ApiMethod]: (core: TempCore) => ApiInput<M> } = {
  'app.info': () => ({}),
  'app.dismissNotice': () => ({ noticeId: 'no-such-notice' }),
  'library.list': () => ({}),
  'document.get': () => ({ documentId: REPORT_ID }),
  'settings.get': () => ({}),
  'settings.update': () => ({ textSize: 20, language: 'zh-CN' }),
  'reading.getPosition': () => ({ documentId: REPORT_ID }),
  'reading.setPosition': (core) => ({
    documentId: REPORT_ID,
    paragraphId: core.services.library.get(REPORT_ID).outline.sections[1]!.paragraphs[0]!.id,
  }),
};

describe('dispatch', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  it.each(Object.keys(apiContract) as ApiMethod[])('%s answers a valid call with data that matches the contract', async (method) => {
    const result = await core.dispatch(method, validCalls[method](core));
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(apiContract[method].output.safeParse(result.data).success).toBe(true);
  });

  it('opens the bundled report on first start', async () => {
    const list = await core.dispatch('library.list', {});
    expect(list.ok && list.data).toEqual([
      expect.objectContaining({ id: REPORT_ID, title: 'Report on the Work of the Jiaxing Municipal Government(2024)', origin: 'bundled' }),
    ]);
  });

  it('keeps settings and the reading position it was given', async () => {
    await core.dispatch('settings.update', { textSize: 24 });
    const position = await core.dispatch('reading.setPosition', validCalls['reading.setPosition'](core));
    expect(await core.dispatch('settings.get', {})).toEqual({ ok: true, data: { language: null, textSize: 24 } });
    expect(await core.dispatch('reading.getPosition', { documentId: REPORT_ID })).toEqual(position);
  });

  it.each([
    ['an unknown method', 'document.explode', {}, 'UNKNOWN_METHOD', /no API method/],
    ['a method name that is not a string', 42, {}, 'UNKNOWN_METHOD', /no API method/],
    ['a prototype key as method', '__proto__', {}, 'UNKNOWN_METHOD', /no API method/],
    ['a text size out of range', 'settings.update', { textSize: 400 }, 'INVALID_INPUT', /textSize/],
    ['an unknown language', 'settings.update', { language: 'fr' }, 'INVALID_INPUT', /language/],
    ['an extra field', 'settings.update', { textSize: 20, admin: true }, 'INVALID_INPUT', /admin/],
    ['a missing field', 'document.get', {}, 'INVALID_INPUT', /documentId/],
    ['a malformed id', 'document.get', { documentId: '../../etc/passwd' }, 'INVALID_INPUT', /documentId/],
    ['input that is not an object', 'reading.setPosition', 'hello', 'INVALID_INPUT', /input/],
    ['a document that does not exist', 'reading.setPosition', { documentId: 'nope', paragraphId: 'p-1' }, 'NOT_FOUND', /no document "nope"/],
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
