import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/drafts/checks';
import { openStoreInFolder } from '../storage/store';
import { startTempCore } from '../test-support/temp-core';
import { serializeDraftFile } from './draft-file';

const REPORT_ID = 'jiaxing-2024-work-report';
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

describe('draft service', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
    await core.services.profile.update({ name: '李明', delegation: '南湖区代表团', deputyNumber: '0421', contact: '0573-1234567' });
  });
  afterEach(async () => {
    await core.dispose();
  });
  const drafts = () => core.services.draft;

  it('pre-fills a new draft from the profile', async () => {
    const draft = await drafts().create({ kind: 'suggestion', language: 'zh-CN' });
    expect(draft).toMatchObject({
      leadDeputy: '李明',
      delegation: '南湖区代表团',
      deputyNumber: '0421',
      contact: '0573-1234567',
      measures: [''],
    });
    expect(draft.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('starts from an annotation: the passage is quoted with its citation label and the note begins the reasons', async () => {
    const text = core.services.documents.documentText(REPORT_ID).text;
    const start = text.indexOf('The GDP is around 6%');
    const annotation = await core.services.annotation.create({
      documentId: REPORT_ID,
      start,
      end: start + 'The GDP is around 6%'.length,
      kind: 'verify',
      note: 'Is 6% realistic after 6.3% in 2023?',
      tags: [],
    });
    const draft = await drafts().create({ kind: 'proposal', language: 'en', source: { annotationId: annotation.id } });
    expect(draft.reasons).toBe('Is 6% realistic after 6.3% in 2023?');
    expect(draft.citations).toEqual([
      {
        documentId: REPORT_ID,
        documentTitle: 'Report on the Work of the Jiaxing Municipal Government (2024)',
        paragraphId: annotation.target.paragraphId,
        citation: 'II ¶2',
        quote: 'The GDP is around 6%',
      },
    ]);
  });

  it('starts from a plain selection too, and refuses an empty one', async () => {
    const text = core.services.documents.documentText(REPORT_ID).text;
    const start = text.indexOf('Fellow Deputies,');
    const draft = await drafts().create({ kind: 'suggestion', language: 'en', source: { documentId: REPORT_ID, start, end: start + 16 } });
    expect(draft.citations[0]).toMatchObject({ citation: '¶5', quote: 'Fellow Deputies,' });
    await expect(
      drafts().create({ kind: 'suggestion', language: 'en', source: { documentId: REPORT_ID, start: 61, end: 63 } }),
    ).rejects.toThrow(/holds no text/);
  });

  it('quotes even a whole long document without writing a store file the next start would refuse', async () => {
    const long = Array.from(
      { length: 3_000 },
      (_, i) => `Paragraph ${i} of a very long report, with enough words to fill a line or two of text.`,
    ).join(' ');
    const doc = await core.services.library.addDocument({ title: 'Long report', kind: 'other', text: long });
    const text = core.services.documents.documentText(doc.id).text;
    expect(text.length).toBeGreaterThan(200_000);
    const draft = await drafts().create({ kind: 'suggestion', language: 'en', source: { documentId: doc.id, start: 0, end: text.length } });
    expect(draft.citations[0]?.quote.length).toBe(200_000);
    expect(draft.citations[0]?.quote.endsWith('…')).toBe(true);
    await core.store.flush();
    const reopened = await openStoreInFolder(core.dataFolder);
    expect(reopened.data.notices).toEqual([]);
    expect(reopened.data.drafts.map((d) => d.id)).toContain(draft.id);
  });

  it('autosaves changes, lists drafts newest first with their readiness, duplicates, deletes and restores', async () => {
    const first = await drafts().create({ kind: 'suggestion', language: 'zh-CN' });
    const second = await drafts().create({ kind: 'suggestion', language: 'zh-CN' });
    await drafts().update({ draftId: first.id, change: { title: '关于增开农村公交的建议', reasons: '理由', measures: ['措施一'] } });
    expect(
      drafts()
        .list()
        .map((d) => [d.id, d.exportable]),
    ).toEqual([
      [first.id, true],
      [second.id, false],
    ]);
    const copy = await drafts().duplicate({ draftId: first.id });
    expect(copy).toMatchObject({ title: '关于增开农村公交的建议', reasons: '理由' });
    expect(copy.id).not.toBe(first.id);

    await drafts().delete({ draftId: first.id });
    expect(
      drafts()
        .list()
        .map((d) => d.id),
    ).not.toContain(first.id);
    await core.services.bin.restore({ kind: 'draft', id: first.id });
    expect(drafts().get({ draftId: first.id }).title).toBe('关于增开农村公交的建议');
  });

  it("checks a proposal against the session's deadline (a setting) and a legislative proposal for its attached draft", async () => {
    const draft = await drafts().create({ kind: 'proposal', language: 'zh-CN' });
    await drafts().update({
      draftId: draft.id,
      change: { title: '关于制定公交条例的议案', reasons: '理由', basis: '依据', measures: ['措施'] },
    });
    const rules = () =>
      drafts()
        .check({ draftId: draft.id })
        .map((r) => r.rule);
    expect(rules()).not.toContain('proposal.deadline');
    await core.services.settings.update({ proposalDeadline: '2020-01-18T12:00' });
    expect(rules()).toContain('proposal.deadline');
    await core.services.settings.update({ proposalDeadline: '2999-01-18T12:00' });
    expect(rules()).not.toContain('proposal.deadline');

    await drafts().update({ draftId: draft.id, change: { legislative: true } });
    expect(rules()).toContain('proposal.attachedDraft');
    await drafts().update({
      draftId: draft.id,
      change: { attachedDraft: { fileName: '', text: '第一条 为了保障农村居民出行，制定本条例。' } },
    });
    expect(rules()).not.toContain('proposal.attachedDraft');
  });

  it('refuses to export a proposal that lacks co-signers, naming what is missing, then exports it once complete', async () => {
    const draft = await drafts().create({ kind: 'proposal', language: 'zh-CN' });
    await drafts().update({
      draftId: draft.id,
      change: { title: '关于制定公交条例的议案', reasons: '理由', basis: '依据', measures: ['措施'] },
    });
    const refused = await drafts().exportDocx({ draftId: draft.id });
    expect(refused).toEqual({ problems: drafts().check({ draftId: draft.id }) });
    expect(blockingFindings(refused)).toEqual([{ rule: 'proposal.coSigners', field: 'coSigners', values: { have: 0, need: 10 } }]);

    const coSigners = Array.from({ length: 10 }, (_, i) => ({ name: `代表${i + 1}`, delegation: '南湖区', deputyNumber: String(100 + i) }));
    await drafts().update({ draftId: draft.id, change: { coSigners } });
    const delivery = await drafts().exportDocx({ draftId: draft.id });
    expect(delivery).toMatchObject({ kind: 'download', fileName: '关于制定公交条例的议案.docx' });
    if ('kind' in delivery && delivery.kind === 'download')
      expect(Buffer.from(delivery.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses to export an empty draft and says why', async () => {
    const draft = await drafts().create({ kind: 'suggestion', language: 'en' });
    expect(blockingFindings(await drafts().exportDocx({ draftId: draft.id }))).toEqual([
      { rule: 'required.empty', field: 'title', values: {} },
    ]);
  });

  it('round-trips a draft through its JSON file, and refuses a broken one without changing anything', async () => {
    const draft = await drafts().create({ kind: 'suggestion', language: 'en' });
    await drafts().update({ draftId: draft.id, change: { title: 'On rural buses', reasons: 'x'.repeat(100_000) } });
    const file = await drafts().exportJson({ draftId: draft.id });
    if (file.kind !== 'download') throw new Error('expected a download');
    const imported = await drafts().importJson({ text: Buffer.from(file.base64, 'base64').toString('utf8') });
    expect(imported).toMatchObject({ title: 'On rural buses', reasons: 'x'.repeat(100_000) });

    const before = structuredClone(core.store.data.drafts);
    const broken = JSON.parse(serializeDraftFile(imported));
    broken.draft.coSigners = [{ name: 'A', delegation: 'B' }];
    await expect(drafts().importJson({ text: JSON.stringify(broken) })).rejects.toThrow(/draft\.coSigners\.0\.deputyNumber/);
    expect(core.store.data.drafts).toEqual(before);
  });
});

/** What stops an export: the "must" findings, by rule, field and values (none when it was exported). */
function blockingFindings(outcome: object): { rule: string; field: string; values: object }[] {
  return 'problems' in outcome && Array.isArray(outcome.problems)
    ? outcome.problems
        .filter((p: CheckResult) => p.severity === 'must')
        .map(({ rule, field, values }: CheckResult) => ({ rule, field, values }))
    : [];
}
