import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../storage/durable-file-writer';
import { DomainError } from './domain-error';
import { generateSigningKeyPair, type SigningKeyPair } from './cosign-signing';

/** The deputy's signing key, beside the store file: made on the first confirmation, owner-only, never exported. */
export const SIGNING_KEY_FILE = 'cosign-key.json';

const KeyFileSchema = z
  .object({
    format: z.literal('deputy-desk-signing-key'),
    formatVersion: z.literal(1),
    algorithm: z.literal('Ed25519'),
    privateKey: z.base64(),
    publicKey: z.base64().length(44),
    createdAt: z.iso.datetime(),
  })
  .strict();

export type SigningKey = () => Promise<SigningKeyPair>;

/**
 * The key pair this Deputy Desk signs confirmations with, read from the data folder, or made and
 * written there the first time. A key file that cannot be read is never replaced (confirmations
 * already sent carry its public key): signing is refused until it is put right.
 */
export function createSigningKey(dataFolder: string, clock: () => Date): SigningKey {
  const file = join(dataFolder, SIGNING_KEY_FILE);
  let pending: Promise<SigningKeyPair> | null = null;
  const load = async (): Promise<SigningKeyPair> => {
    let text: string | null = null;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
    if (text === null) {
      const pair = await generateSigningKeyPair();
      const record = {
        format: 'deputy-desk-signing-key',
        formatVersion: 1,
        algorithm: 'Ed25519',
        ...pair,
        createdAt: clock().toISOString(),
      };
      await writeFileDurably(file, `${JSON.stringify(record, null, 2)}\n`);
      return pair;
    }
    let parsed;
    try {
      parsed = KeyFileSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) throw new DomainError('STORAGE', 'cosign.keyDamaged', { file });
    return { privateKey: parsed.data.privateKey, publicKey: parsed.data.publicKey };
  };
  return () => {
    // One key even when two confirmations are signed at once; a failure is tried again next time.
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
