import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/cosign/cosign-text';
import { generateSigningKeyPair, signConfirmation, verifyConfirmation } from './cosign-signing';

const PACKET = {
  packetId: 'p-0b6f7c1e-3d0a-4c55-9f3e-5a1b2c3d4e5f',
  title: '关于推进城乡公交一体化的议案',
  textHash: createHash('sha256').update('关于推进城乡公交一体化的议案\n\n案由\n农村公交班次少。', 'utf8').digest('hex'),
};
const SIGNER = { name: '张三', delegation: '南湖区代表团', deputyNumber: '0101' };
const AT = new Date('2026-12-01T08:30:00.000Z');

describe('the SHA-256 of a co-signing text', () => {
  it('is the hash of its UTF-8 bytes, as any other SHA-256 tool gives it', async () => {
    for (const text of ['', 'Add ten rural routes by 2025.', '关于推进城乡公交一体化的议案\n\n案由\n农村公交班次少。', '𠮷野家 🚌']) {
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('a signed confirmation', () => {
  it('verifies as it was signed', async () => {
    const keys = await generateSigningKeyPair();
    const confirmation = await signConfirmation(PACKET, SIGNER, AT, keys);
    expect(confirmation).toMatchObject({ textHash: PACKET.textHash, signer: SIGNER, confirmedAt: AT.toISOString() });
    expect(confirmation.publicKey.raw).toBe(keys.publicKey);
    expect(await verifyConfirmation(confirmation)).toBe(true);
  });

  it('fails once any signed part is changed: the text hash, the signer, the time, the packet', async () => {
    const confirmation = await signConfirmation(PACKET, SIGNER, AT, await generateSigningKeyPair());
    const otherHash = createHash('sha256').update('a changed text', 'utf8').digest('hex');
    const tampered = [
      { ...confirmation, textHash: otherHash },
      { ...confirmation, signer: { ...SIGNER, name: '李四' } },
      { ...confirmation, signer: { ...SIGNER, deputyNumber: '0102' } },
      { ...confirmation, confirmedAt: '2026-12-02T08:30:00.000Z' },
      { ...confirmation, packetId: 'p-0b6f7c1e-3d0a-4c55-9f3e-5a1b2c3d4e50' },
      { ...confirmation, title: '关于另一件事的议案' },
    ];
    for (const changed of tampered) expect(await verifyConfirmation(changed)).toBe(false);
  });

  it('fails under another key: a public key swapped in, or a signature made by someone else', async () => {
    const mine = await signConfirmation(PACKET, SIGNER, AT, await generateSigningKeyPair());
    const theirs = await signConfirmation(PACKET, SIGNER, AT, await generateSigningKeyPair());
    expect(await verifyConfirmation({ ...mine, publicKey: theirs.publicKey })).toBe(false);
    expect(await verifyConfirmation({ ...mine, signature: theirs.signature })).toBe(false);
    // A "public key" that is no point of the curve verifies nothing (and throws nothing).
    expect(await verifyConfirmation({ ...mine, publicKey: { algorithm: 'Ed25519', raw: Buffer.alloc(32, 0xff).toString('base64') } })).toBe(
      false,
    );
  });
});
