import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../api/start-core';
import { STORE_FILE_NAME } from '../storage/store';
import { RESOURCES_DIR } from '../test-support/temp-core';
import { squeeze } from './export/docx-inspect';
import { CHINESE_PROPOSAL, ENGLISH_SUGGESTION } from './export/sample-drafts';

describe('submission service: a draft handed in, its reply tracked against the injected clock', () => {
  let dataFolder: string;
  let core: Core;
  // The fake "now": the tests move it instead of waiting.
  let now = new Date('2026-01-20T09:00:00+08:00');
  beforeEach(async () => {
    now = new Date('2026-01-20T09:00:00+08:00');
    dataFolder = await mkdtemp(join(tmpdir(), 'deputy-desk-submission-'));
    core = await startCore({ dataFolder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', clock: () => now });
    await core.services.profile.update({ name: '王芳', delegation: '南湖区代表团', deputyNumber: '0421', contact: '' });
  });
  afterEach(async () => {
    await core.store.flush();
    await rm(dataFolder, { recursive: true, force: true });
  });
  const submissions = () => core.services.submission;
  const readyDraft = async (content = ENGLISH_SUGGESTION) => {
    const draft = await core.services.draft.create({ kind: content.kind, language: content.language });
    return core.services.draft.update({ draftId: draft.id, change: content });
  };

  it('submits a ready draft once, dated today, awaiting a reply; refuses an unready or already submitted one', async () => {
    const draft = await readyDraft();
    const submitted = await submissions().create({ draftId: draft.id });
    expect(submitted).toMatchObject({ draftId: draft.id, title: ENGLISH_SUGGESTION.title, submittedOn: '2026-01-20', replyMonths: 3 });
    expect(submitted.status).toMatchObject({ awaitingReply: true, overdue: false, replyDueOn: '' });
    expect(submissions().ofDraft({ draftId: draft.id })?.id).toBe(submitted.id);
    await expect(submissions().create({ draftId: draft.id })).rejects.toThrow(/already submitted/);

    const empty = await core.services.draft.create({ kind: 'suggestion', language: 'zh-CN' });
    await expect(submissions().create({ draftId: empty.id })).rejects.toThrow(/not ready to submit/);
    expect(submissions().list()).toHaveLength(1);
  });

  it('the due date follows the assignment date; overdue once the clock passes it, until the reply is recorded', async () => {
    const { id } = await submissions().create({ draftId: (await readyDraft()).id });
    const assigned = await submissions().update({ submissionId: id, change: { assignedOn: '2026-11-30', leadUnit: '市交通运输局' } });
    expect(assigned.status.replyDueOn).toBe('2027-02-28');
    now = new Date('2027-02-20T09:00:00+08:00');
    expect(submissions().get({ submissionId: id }).status.reminders).toEqual([
      { kind: 'reply', dueOn: '2027-02-28', days: 8, overdue: false },
    ]);
    now = new Date('2027-03-01T09:00:00+08:00');
    expect(submissions().get({ submissionId: id }).status).toMatchObject({ overdue: true, awaitingReply: true });
    const replied = await submissions().update({
      submissionId: id,
      change: { repliedOn: '2027-03-02', category: 'C', resultSatisfaction: 'dissatisfied', handlingSatisfaction: 'basicallySatisfied' },
    });
    expect(replied.status).toMatchObject({ overdue: false, awaitingReply: false, dissatisfied: true });
  });

  it('survives a restart', async () => {
    const { id } = await submissions().create({ draftId: (await readyDraft()).id });
    await submissions().update({ submissionId: id, change: { number: '第0123号', category: 'B' } });
    await core.store.flush();
    core = await startCore({ dataFolder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', clock: () => now });
    expect(submissions().get({ submissionId: id })).toMatchObject({ number: '第0123号', category: 'B' });
  });

  it('withdraws a submission into the bin; bin.restore puts back the very same record', async () => {
    const draft = await readyDraft(CHINESE_PROPOSAL);
    const { id } = await submissions().create({ draftId: draft.id });
    await submissions().update({ submissionId: id, change: { number: '第0123号', leadUnit: '市交通运输局' } });
    const before = submissions().get({ submissionId: id });
    now = new Date('2026-02-03T09:00:00+08:00');
    await submissions().withdraw({ submissionId: id });
    expect(submissions().list()).toEqual([]);
    expect(submissions().ofDraft({ draftId: draft.id })).toBeNull();
    expect(() => submissions().get({ submissionId: id })).toThrow(/no submitted suggestion/);
    await expect(submissions().update({ submissionId: id, change: { number: 'x' } })).rejects.toThrow(/no submitted suggestion/);
    expect(core.services.bin.list().map((e) => [e.kind, e.id, e.label, e.parentId, e.removedAt])).toEqual([
      ['submission', id, CHINESE_PROPOSAL.title, draft.id, '2026-02-03T01:00:00.000Z'],
    ]);
    await core.services.bin.restore({ kind: 'submission', id });
    expect(submissions().get({ submissionId: id })).toEqual(before);
    expect(
      submissions()
        .list()
        .map((s) => s.id),
    ).toEqual([id]);
    expect(core.services.bin.list()).toEqual([]);
  });

  it('a withdrawn draft can be submitted again; the withdrawn record then stays in the bin, refused with the reason', async () => {
    const draft = await readyDraft();
    const first = await submissions().create({ draftId: draft.id });
    await submissions().withdraw({ submissionId: first.id });
    const again = await submissions().create({ draftId: draft.id });
    expect(submissions().ofDraft({ draftId: draft.id })?.id).toBe(again.id);
    await expect(core.services.bin.restore({ kind: 'submission', id: first.id })).rejects.toThrow(/submitted again since/);
    expect(core.services.bin.list().map((e) => e.id)).toEqual([first.id]);
    expect(
      submissions()
        .list()
        .map((s) => s.id),
    ).toEqual([again.id]);
  });

  it('a submission stored before withdrawing existed (no deletedAt in the v5 file) loads, stands, and can be withdrawn', async () => {
    const { id } = await submissions().create({ draftId: (await readyDraft()).id });
    await core.store.flush();
    const file = join(dataFolder, STORE_FILE_NAME);
    const data = JSON.parse(await readFile(file, 'utf8'));
    expect(data.schemaVersion).toBe(5);
    for (const s of data.submissions) delete s.deletedAt;
    await writeFile(file, JSON.stringify(data));
    core = await startCore({ dataFolder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', clock: () => now });
    expect(core.store.data.submissions[0]).not.toHaveProperty('deletedAt');
    expect(
      submissions()
        .list()
        .map((s) => s.id),
    ).toEqual([id]);
    await submissions().withdraw({ submissionId: id });
    expect(core.services.bin.list().map((e) => e.id)).toEqual([id]);
  });

  it('refuses an invalid change through dispatch and keeps what was stored', async () => {
    const { id } = await submissions().create({ draftId: (await readyDraft()).id });
    const refused = await core.dispatch('submission.update', { submissionId: id, change: { category: 'E', replyMonths: 9 } });
    expect(refused.ok).toBe(false);
    const tooLong = await core.dispatch('submission.update', { submissionId: id, change: { assignedOn: '2026-02-30' } });
    expect(tooLong.ok).toBe(false);
    expect(submissions().get({ submissionId: id })).toMatchObject({ category: null, replyMonths: 3, assignedOn: '' });
  });

  it('the yearly record reads back with its totals and each item, in Chinese and in English', async () => {
    const zh = await submissions().create({ draftId: (await readyDraft(CHINESE_PROPOSAL)).id });
    const en = await submissions().create({ draftId: (await readyDraft()).id });
    await submissions().update({
      submissionId: zh.id,
      change: {
        number: '第15号',
        leadUnit: '市农业农村局',
        assistingUnits: '市财政局、市水利局',
        assignedOn: '2026-02-10',
        repliedOn: '2026-05-06',
        category: 'C',
        adoption: 'partlyAdopted',
        resultSatisfaction: 'dissatisfied',
        handlingSatisfaction: 'satisfied',
        replyText: '该项目已列入明年计划，待资金落实后实施。',
        promises: [{ id: 'p-000001', text: '2027年完成管网改造', dueOn: '2027-06-30', doneOn: '', note: '' }],
      },
    });
    now = new Date('2026-06-01T09:00:00+08:00');
    const text = async (language: 'zh-CN' | 'en') => {
      const delivery = await submissions().exportYear({ year: 2026, language });
      if (delivery.kind !== 'download') throw new Error(`expected a download, got ${delivery.kind}`);
      expect(delivery.fileName).toMatch(/2026.*\.docx$/);
      return squeeze((await mammoth.extractRawText({ buffer: Buffer.from(delivery.base64, 'base64') })).value);
    };
    const chinese = await text('zh-CN');
    expect(chinese).toContain(squeeze('2026年度代表建议、议案提出及办理情况'));
    expect(chinese).toContain(squeeze('2026年度共提出建议1件、议案1件，合计2件。'));
    expect(chinese).toContain(squeeze('已答复1件，其中A类0件、B类0件、C类1件、D类0件；待答复1件，其中逾期0件。'));
    expect(chinese).toContain(squeeze('对办理结果：满意0件，基本满意0件，不满意1件，未评价1件。'));
    expect(chinese).toContain(squeeze(`（一）${CHINESE_PROPOSAL.title}`));
    expect(chinese).toContain(squeeze('答复分类：C类（因条件限制待以后解决）'));
    expect(chinese).toContain(squeeze('答复期限：2026年5月10日'));
    expect(chinese).toContain(squeeze('协办单位：市财政局、市水利局'));
    expect(chinese).toContain(squeeze('2027年完成管网改造（2027年6月30日前）：尚未落实'));
    expect(chinese).toContain(squeeze('该项目已列入明年计划，待资金落实后实施。'));
    const english = await text('en');
    expect(english).toContain(squeeze('Suggestions and proposals of 2026: record of submission and handling'));
    expect(english).toContain(squeeze('Reply category: C (to be solved later)'));
    expect(english).toContain(squeeze('Satisfaction with the result: Dissatisfied'));
    expect(english).toContain(squeeze(`2. ${ENGLISH_SUGGESTION.title}`));
    expect(english).toContain(squeeze('Reply due: (assignment date not recorded)'));
    expect(en.id).not.toBe(zh.id);
  });
});
