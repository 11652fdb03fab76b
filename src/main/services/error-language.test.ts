import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/settings';
import { startTempCore } from '../test-support/temp-core';
import { serializeDraftFile } from './draft-file';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;

const REPORT_ID = 'jiaxing-2024-work-report';
/** Pasted bytes of a binary file: NUL characters. */
const BINARY = 'PK\u0003\u0004\u0000\u0000 report';

/** The deputy's errors come in the language they read in, switched while the app runs. */
describe('errors in the language the deputy reads', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });

  const readIn = async (language: Language) => {
    expect((await core.dispatch('settings.update', { language })).ok).toBe(true);
  };
  const errorOf = async (method: string, input: unknown) => {
    const answer = await core.dispatch(method, input);
    if (answer.ok) throw new Error(`${method} was not refused`);
    return answer.error;
  };

  it('refuses to send a proposal without its lead deputy to co-sign, in Chinese and in English', async () => {
    const draft = await core.services.draft.importJson({
      text: serializeDraftFile({
        kind: 'proposal',
        language: 'zh-CN',
        title: '关于推进城乡公交一体化的议案',
        category: '交通',
        reasons: '农村地区公交班次少，群众出行不便。',
        basis: '',
        measures: ['新增农村公交线路20条。'],
        citations: [],
        leadDeputy: '',
        delegation: '南湖区代表团',
        deputyNumber: '0421',
        contact: '',
        coSigners: [],
        date: '2024-01-30',
      }),
    });
    await readIn('zh-CN');
    expect(await errorOf('cosign.exportPacket', { draftId: draft.id, deadline: '2024-01-25' })).toEqual({
      code: 'INVALID_INPUT',
      message: '请先填写草稿的领衔代表，再发出联名。',
    });
    await readIn('en');
    expect((await errorOf('cosign.exportPacket', { draftId: draft.id, deadline: '2024-01-25' })).message).toBe(
      'Fill in the lead deputy of the draft before sending it to co-sign.',
    );
  });

  it('words a refused revision, its reason and the page’s code the same way in either language', async () => {
    await readIn('zh-CN');
    const zh = await errorOf('document.importRevision', { documentId: REPORT_ID, text: BINARY });
    expect(zh).toMatchObject({
      code: 'INVALID_INPUT',
      message: '“修订稿”无法导入：这不是文本文件（含二进制数据）。请选择报告的 .txt、.md、.docx 或 .pdf 文件。',
      importRefusal: { code: 'binary' },
    });
    await readIn('en');
    const en = await errorOf('document.importRevision', { documentId: REPORT_ID, text: BINARY });
    expect(en).toMatchObject({
      message:
        '"The revised version" cannot be imported: it is not a text file (it holds binary data). Choose the .txt, .md, .docx or .pdf file of the report.',
      importRefusal: { code: 'binary' },
    });
  });

  it('fills in the numbers of a refused move, in Chinese', async () => {
    const agenda = await core.services.vote.agenda();
    const items = agenda.length;
    await readIn('zh-CN');
    const error = await errorOf('vote.moveItem', { itemId: agenda[0]!.id, toIndex: items });
    expect(error).toEqual({ code: 'INVALID_INPUT', message: `议程共有 ${items} 项：位置必须在 0 到 ${items - 1} 之间。` });
  });

  it('speaks English while no language is chosen (the main side cannot see the system’s)', async () => {
    await readIn('zh-CN');
    await core.dispatch('settings.update', { language: null });
    expect((await errorOf('draft.get', { draftId: 'd-no-such-draft' })).message).toBe('There is no draft with this id.');
  });
});
