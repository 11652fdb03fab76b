import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempCore } from '../test-support/temp-core';

const REPORT_ID = 'jiaxing-2024-work-report';
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

describe('speech service', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });
  const speech = () => core.services.speech;
  const paragraph = (i: number) => {
    const p = core.services.documents.documentText(REPORT_ID).paragraphs[i];
    if (!p) throw new Error(`no paragraph ${i}`);
    return p;
  };

  it('makes a card with the usual 3 minutes and one empty point; keeps it across a restart', async () => {
    const card = await speech().create({ title: '关于政府工作报告的审议发言', language: 'zh-CN' });
    expect(card).toMatchObject({ minutes: 3, language: 'zh-CN', points: [{ text: '', passages: [], annotationIds: [] }], deletedAt: null });
    const updated = await speech().update({ cardId: card.id, minutes: 5 });
    expect(updated.minutes).toBe(5);
    expect(
      speech()
        .list()
        .map((c) => [c.title, c.minutes]),
    ).toEqual([['关于政府工作报告的审议发言', 5]]);
  });

  it('stores points in order with their passages (citation and excerpt added) and annotations', async () => {
    const card = await speech().create({ title: '', language: 'en' });
    const first = paragraph(3);
    const second = paragraph(8);
    const annotation = await core.services.annotation.create({
      documentId: REPORT_ID,
      start: second.start,
      end: second.start + 12,
      kind: 'question',
      note: 'Which villages?',
      tags: [],
    });
    const saved = await speech().setPoints({
      cardId: card.id,
      points: [
        {
          id: card.points[0]?.id,
          text: 'Rural buses first.',
          passages: [{ documentId: REPORT_ID, paragraphId: first.id }],
          annotationIds: [],
        },
        { text: 'Then school lunches.', passages: [{ documentId: REPORT_ID, paragraphId: second.id }], annotationIds: [annotation.id] },
      ],
    });
    expect(saved.points.map((p) => [p.text, p.passages.map((x) => x.citation), p.annotationIds])).toEqual([
      ['Rural buses first.', [first.citation], []],
      ['Then school lunches.', [second.citation], [annotation.id]],
    ]);
    expect(saved.points[0]?.id).toBe(card.points[0]?.id);
    expect(saved.points[1]?.passages[0]?.excerpt.length).toBeGreaterThan(10);

    // Reordered: the second point first, ids kept.
    const reordered = await speech().setPoints({
      cardId: card.id,
      points: [...saved.points].reverse().map((p) => ({ id: p.id, text: p.text, passages: p.passages, annotationIds: p.annotationIds })),
    });
    expect(reordered.points.map((p) => p.id)).toEqual([saved.points[1]?.id, saved.points[0]?.id]);
  });

  it('refuses a passage or annotation that does not exist, and changes nothing', async () => {
    const card = await speech().create({ title: 'T', language: 'en' });
    const point = { text: 'x', passages: [{ documentId: REPORT_ID, paragraphId: 'no-such-paragraph' }], annotationIds: [] };
    await expect(speech().setPoints({ cardId: card.id, points: [point] })).rejects.toThrow(/no paragraph/);
    await expect(
      speech().setPoints({ cardId: card.id, points: [{ text: 'x', passages: [], annotationIds: ['a-00000000-0000'] }] }),
    ).rejects.toThrow(/no annotation/);
    expect(speech().list()[0]?.points).toEqual(card.points);
  });

  it('removes a card into the bin, listed by its title, and bin.restore puts back the very same card', async () => {
    const older = await speech().create({ title: '关于政府工作报告的审议发言', language: 'zh-CN' });
    const card = await speech().setPoints({
      cardId: (await speech().create({ title: 'On the budget', language: 'en' })).id,
      points: [{ text: 'Education spending grows by 6%.', passages: [], annotationIds: [] }],
    });
    const before = speech().list();
    expect(before.map((c) => c.id)).toEqual([card.id, older.id]);
    await speech().remove({ cardId: card.id });
    expect(
      speech()
        .list()
        .map((c) => c.id),
    ).toEqual([older.id]);
    expect(core.services.bin.list({ kinds: ['speechCard'] }).map((e) => [e.kind, e.id, e.label])).toEqual([
      ['speechCard', card.id, 'On the budget'],
    ]);
    await expect(core.services.bin.restore({ kind: 'speechCard', id: card.id })).resolves.toMatchObject({ label: 'On the budget' });
    // The card that was removed, with its points and its place in the list.
    expect(speech().list()).toEqual(before);
    expect(core.services.bin.list()).toEqual([]);
    await expect(core.services.bin.restore({ kind: 'speechCard', id: card.id })).rejects.toThrow(/no removed speech card/);
  });

  it('exports the card as a DOCX that reads back with its points, times and passages', async () => {
    const card = await speech().create({ title: '关于农村公交的发言', language: 'zh-CN' });
    const p = paragraph(3);
    await speech().setPoints({
      cardId: card.id,
      points: [
        { text: '政'.repeat(250), passages: [{ documentId: REPORT_ID, paragraphId: p.id }], annotationIds: [] },
        { text: '府'.repeat(125), passages: [], annotationIds: [] },
      ],
    });
    const delivery = await speech().exportDocx({ cardId: card.id });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    expect(delivery.fileName).toBe('关于农村公交的发言.docx');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(delivery.base64, 'base64') })).value;
    expect(text).toContain('审议发言提纲');
    expect(text).toContain('关于农村公交的发言');
    expect(text).toContain('发言时间：3分钟 · 按每分钟250字（英文每分钟130词）约需1:30');
    expect(text).toContain('尚余1:30');
    expect(text).toContain('一、（1:00）');
    expect(text).toContain('二、（0:30）');
    expect(text).toContain(p.citation);
  });
});
