import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../shared/domain/delivery';
import type { DraftContent } from '../../shared/domain/draft';
import { startTempCore } from '../test-support/temp-core';
import { SIGNING_KEY_FILE } from './cosign-key';
import { serializeDraftFile } from './draft-file';

type TempCore = Awaited<ReturnType<typeof startTempCore>>;

const PROPOSAL: DraftContent = {
  kind: 'proposal',
  language: 'zh-CN',
  title: '关于推进城乡公交一体化的议案',
  category: '交通',
  reasons: '农村地区公交班次少，群众出行不便。',
  basis: '2024年政府工作报告提出推进城乡公交一体化。',
  measures: ['新增农村公交线路20条。', '统一城乡票价。'],
  citations: [],
  leadDeputy: '李明',
  delegation: '南湖区代表团',
  deputyNumber: '0421',
  contact: '0573-1234567',
  coSigners: [
    { name: '张三', delegation: '秀洲区代表团', deputyNumber: '0101' },
    { name: '王五', delegation: '嘉善县代表团', deputyNumber: '0103' },
  ],
  date: '2024-01-30',
};

const text = (delivery: Delivery): string => {
  if (delivery.kind !== 'download') throw new Error(`expected a download, got ${delivery.kind}`);
  return Buffer.from(delivery.base64, 'base64').toString('utf8');
};
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

describe('co-signing between two desks', () => {
  let lead: TempCore;
  let coSigner: TempCore;
  let draftId: string;
  beforeEach(async () => {
    [lead, coSigner] = await Promise.all([startTempCore(), startTempCore()]);
    draftId = (await lead.services.draft.importJson({ text: serializeDraftFile(PROPOSAL) })).id;
    await coSigner.services.profile.update({ name: '张三', delegation: '秀洲区代表团', deputyNumber: '0101', contact: '' });
  });
  afterEach(async () => {
    await Promise.all([lead.dispose(), coSigner.dispose()]);
  });

  /** The lead's packet, read and confirmed on the co-signer's desk: the confirmation file's text. */
  async function confirmOnce(): Promise<{ packet: string; confirmation: string }> {
    const packet = text(await lead.services.cosign.exportPacket({ draftId, deadline: '2024-01-25' }));
    const received = await coSigner.services.cosign.importPacket({ text: packet });
    if ('refused' in received) throw new Error(`packet refused: ${received.refused.code}`);
    return { packet, confirmation: text(await coSigner.services.cosign.confirm({ packetId: received.packetId })) };
  }

  it('sends the exact text with its SHA-256, the lead and the deadline; the co-signer reads it as sent', async () => {
    const packet = JSON.parse(text(await lead.services.cosign.exportPacket({ draftId, deadline: '2024-01-25' })));
    expect(packet.text).toContain('关于推进城乡公交一体化的议案');
    expect(packet.text).toContain('农村地区公交班次少，群众出行不便。');
    expect(packet.text).toContain('统一城乡票价。');
    expect(packet.text).not.toContain('王五'); // the co-signers' list is not part of what they confirm
    expect(packet.textHash).toBe(sha256(packet.text));
    expect(packet).toMatchObject({ lead: { name: '李明', delegation: '南湖区代表团', deputyNumber: '0421' }, deadline: '2024-01-25' });

    const received = await coSigner.services.cosign.importPacket({ text: JSON.stringify(packet) });
    if ('refused' in received) throw new Error('refused');
    const shown = coSigner.services.cosign.request({ packetId: received.packetId });
    expect(shown.packet.text).toBe(packet.text);
    expect(shown.signer).toEqual({ name: '张三', delegation: '秀洲区代表团', deputyNumber: '0101' });
    expect(coSigner.services.cosign.requests()).toEqual([expect.objectContaining({ title: PROPOSAL.title, confirmedAt: null })]);
  });

  it('takes the confirmation back as confirmed; an edit of the text turns it stale; a co-signer added does not', async () => {
    const { confirmation } = await confirmOnce();
    const signed = JSON.parse(confirmation);
    expect(signed).toMatchObject({ signer: { name: '张三', deputyNumber: '0101' }, publicKey: { algorithm: 'Ed25519' } });

    const imported = await lead.services.cosign.importConfirmation({ draftId, text: confirmation });
    expect(imported).toMatchObject({ confirmation: { signer: { name: '张三' }, current: true }, alreadyHad: false });
    expect((await lead.services.cosign.status({ draftId })).confirmations).toEqual([expect.objectContaining({ current: true })]);

    await lead.services.draft.update({
      draftId,
      change: { coSigners: [...PROPOSAL.coSigners, { name: '赵六', delegation: '', deputyNumber: '' }] },
    });
    expect((await lead.services.cosign.status({ draftId })).confirmations[0]?.current).toBe(true);

    await lead.services.draft.update({ draftId, change: { measures: ['新增农村公交线路30条。', '统一城乡票价。'] } });
    const status = await lead.services.cosign.status({ draftId });
    expect(status.confirmations).toEqual([expect.objectContaining({ current: false, textHash: signed.textHash })]);
    expect(status.textHash).not.toBe(signed.textHash);

    // The same file again is taken as the one already kept.
    expect(await lead.services.cosign.importConfirmation({ draftId, text: confirmation })).toMatchObject({ alreadyHad: true });
    expect(lead.store.data.coSignConfirmations).toHaveLength(1);
  });

  it('refuses a tampered confirmation, naming what is wrong, and stores nothing', async () => {
    const { confirmation } = await confirmOnce();
    const signed = JSON.parse(confirmation);
    const before = JSON.stringify(lead.store.data);
    const cases: [string, string, object][] = [
      [
        'a signer changed',
        JSON.stringify({ ...signed, signer: { ...signed.signer, name: '李四' } }),
        { code: 'badSignature', field: 'signature' },
      ],
      ['the time changed', JSON.stringify({ ...signed, confirmedAt: '2030-01-01T00:00:00.000Z' }), { code: 'badSignature' }],
      ['another text hash', JSON.stringify({ ...signed, textHash: sha256('another text') }), { code: 'textMismatch', field: 'textHash' }],
      [
        'a packet not sent here',
        JSON.stringify({ ...signed, packetId: 'p-00000000-0000-4000-8000-000000000000' }),
        { code: 'unknownPacket' },
      ],
      ['no signature', JSON.stringify({ ...signed, signature: undefined }), { code: 'wrongShape', field: 'signature' }],
      ['an extra field', JSON.stringify({ ...signed, approvedBy: 'me' }), { code: 'wrongShape' }],
      ['not JSON', confirmation.slice(0, 40), { code: 'notJson' }],
      ['a newer format', JSON.stringify({ ...signed, formatVersion: 2 }), { code: 'newerVersion' }],
      ['a packet instead', text(await lead.services.cosign.exportPacket({ draftId, deadline: '' })), { code: 'isPacket' }],
      ['too large', JSON.stringify({ ...signed, title: 'x'.repeat(20_000) }), { code: 'tooLarge', limit: 16 * 1024 }],
    ];
    const afterPacket = JSON.stringify(lead.store.data);
    for (const [what, file, refused] of cases) {
      expect(await lead.services.cosign.importConfirmation({ draftId, text: file }), what).toEqual({
        refused: expect.objectContaining(refused),
      });
    }
    expect(JSON.stringify(lead.store.data)).toBe(afterPacket);
    expect(before).not.toBe(afterPacket); // (only the packet exported for the "a packet instead" case was stored)
    expect(lead.store.data.coSignConfirmations).toEqual([]);
  });

  it('refuses a confirmation of another draft, naming that draft', async () => {
    const { confirmation } = await confirmOnce();
    const other = await lead.services.draft.importJson({ text: serializeDraftFile({ ...PROPOSAL, title: '关于另一件事的议案' }) });
    expect(await lead.services.cosign.importConfirmation({ draftId: other.id, text: confirmation })).toEqual({
      refused: { code: 'otherDraft', title: PROPOSAL.title },
    });
  });

  it('refuses a tampered packet: its text changed, its hash not the text’s, a wrong shape; nothing is kept', async () => {
    const packet = JSON.parse(text(await lead.services.cosign.exportPacket({ draftId, deadline: '' })));
    const cases: [string, object, object][] = [
      ['text changed', { ...packet, text: packet.text.replace('20条', '200条') }, { code: 'hashMismatch', field: 'text' }],
      ['hash changed', { ...packet, textHash: sha256('x') }, { code: 'hashMismatch' }],
      ['lead without a name', { ...packet, lead: { ...packet.lead, name: ' ' } }, { code: 'wrongShape', field: 'lead.name' }],
      ['a bad deadline', { ...packet, deadline: 'next week' }, { code: 'wrongShape', field: 'deadline' }],
      ['something else', { format: 'deputy-desk-draft', formatVersion: 1 }, { code: 'notCoSigning' }],
    ];
    for (const [what, file, refused] of cases) {
      expect(await coSigner.services.cosign.importPacket({ text: JSON.stringify(file) }), what).toEqual({
        refused: expect.objectContaining(refused),
      });
    }
    expect(coSigner.store.data.coSignRequests).toEqual([]);
  });

  it('signs with one key pair made on first use and kept in the data folder', async () => {
    const first = JSON.parse((await confirmOnce()).confirmation);
    const second = JSON.parse((await confirmOnce()).confirmation);
    expect(second.publicKey).toEqual(first.publicKey);
    const keyFile = JSON.parse(await readFile(join(coSigner.dataFolder, SIGNING_KEY_FILE), 'utf8'));
    expect(keyFile.publicKey).toBe(first.publicKey.raw);
  });

  it('marks in the DOCX co-signers table the co-signers who confirmed the text as it is, and no one once it changed', async () => {
    await lead.services.settings.update({ proposalMinCoSigners: 2 });
    const { confirmation } = await confirmOnce();
    await lead.services.cosign.importConfirmation({ draftId, text: confirmation });
    const docxText = async () => {
      const delivery = await lead.services.draft.exportDocx({ draftId });
      if ('problems' in delivery || delivery.kind !== 'download') throw new Error('not exported');
      return (await mammoth.extractRawText({ buffer: Buffer.from(delivery.base64, 'base64') })).value;
    };
    const marked = await docxText();
    expect(marked).toMatch(/张三\s+秀洲区代表团\s+0101\s+✓/);
    // Row by row: 张三 confirmed (✓), 王五 did not (an empty cell); the signature cells stay empty for ink.
    expect(marked).toContain(
      '代表证号\n\n已确认\n\n签名\n\n1\n\n张三\n\n秀洲区代表团\n\n0101\n\n✓\n\n\n\n2\n\n王五\n\n嘉善县代表团\n\n0103\n\n\n\n\n\n',
    );
    expect(marked).toContain(`SHA-256 ${(await lead.services.cosign.status({ draftId })).textHash.slice(0, 16)}`);

    await lead.services.draft.update({ draftId, change: { reasons: '农村地区公交班次少。' } });
    const stale = await docxText();
    expect(stale).not.toContain('✓');
    expect(stale).not.toContain('已确认');
    expect(stale).toContain('代表证号\n\n签名\n\n1\n\n张三');
  });
});
