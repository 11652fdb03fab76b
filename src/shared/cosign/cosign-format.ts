import { z } from 'zod';
import { DraftKindSchema } from '../domain/draft';
import { LanguageSchema } from '../domain/settings';

/**
 * The two files of co-signing without a server: the lead deputy's packet (the exact text, its
 * SHA-256, who leads, by when) and a co-signer's confirmation (who, for which text, when, signed).
 * Each names its format and version, so that an older Deputy Desk refuses a newer file by name.
 */
export const COSIGN_PACKET_FORMAT = 'deputy-desk-cosign-packet';
export const COSIGN_CONFIRMATION_FORMAT = 'deputy-desk-cosign-confirmation';
export const COSIGN_FORMAT_VERSION = 1;

/** The text a packet carries: a whole draft, well past any real one (its fields are capped one by one). */
export const COSIGN_TEXT_MAX = 1_000_000;
/** A packet file larger than this is refused before it is read (3 bytes a Chinese character, and JSON's escapes). */
export const COSIGN_PACKET_MAX_BYTES = 4 * 1024 * 1024;
/** A confirmation holds a few short lines and a signature. */
export const COSIGN_CONFIRMATION_MAX_BYTES = 16 * 1024;

const line = z.string().max(500);
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 in hexadecimal');
export const PacketIdSchema = z.string().regex(/^p-[0-9a-f-]{36}$/, 'not a packet id');

/** A deputy as a confirmation or packet names them: from their profile. */
export const CoSignDeputySchema = z
  .object({ name: line.refine((name) => name.trim() !== '', 'the name is empty'), delegation: line, deputyNumber: line })
  .strict();
export type CoSignDeputy = z.infer<typeof CoSignDeputySchema>;

export const CoSignPacketSchema = z
  .object({
    format: z.literal(COSIGN_PACKET_FORMAT),
    formatVersion: z.literal(COSIGN_FORMAT_VERSION),
    packetId: PacketIdSchema,
    kind: DraftKindSchema,
    language: LanguageSchema,
    title: line,
    /** Exactly what the co-signers read, and what `textHash` is the SHA-256 of (UTF-8). */
    text: z.string().min(1, 'the text is empty').max(COSIGN_TEXT_MAX, `the text is longer than ${COSIGN_TEXT_MAX} characters`),
    textHash: Sha256HexSchema,
    lead: CoSignDeputySchema,
    /** The date by which the lead asks for confirmations; empty when none was set. */
    deadline: z.union([z.iso.date(), z.literal('')]),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type CoSignPacket = z.infer<typeof CoSignPacketSchema>;

/** Ed25519 (WebCrypto): a 32-byte public key and a 64-byte signature, in base64. */
export const PublicKeySchema = z
  .object({ algorithm: z.literal('Ed25519'), raw: z.base64().length(44, 'not an Ed25519 public key') })
  .strict();
export type CoSignPublicKey = z.infer<typeof PublicKeySchema>;

export const CoSignConfirmationSchema = z
  .object({
    format: z.literal(COSIGN_CONFIRMATION_FORMAT),
    formatVersion: z.literal(COSIGN_FORMAT_VERSION),
    packetId: PacketIdSchema,
    /** The title the co-signer read, to tell the lead which draft this is. */
    title: line,
    textHash: Sha256HexSchema,
    signer: CoSignDeputySchema,
    confirmedAt: z.iso.datetime(),
    publicKey: PublicKeySchema,
    signature: z.base64().length(88, 'not an Ed25519 signature'),
  })
  .strict();
export type CoSignConfirmation = z.infer<typeof CoSignConfirmationSchema>;

/**
 * The bytes a confirmation's signature covers: every field but the signature, in a fixed order
 * (a JSON array, so no key order or spacing of the file can change them).
 */
export function signedPayload(confirmation: Omit<CoSignConfirmation, 'signature'>): Uint8Array<ArrayBuffer> {
  const c = confirmation;
  return new TextEncoder().encode(
    JSON.stringify([
      c.format,
      c.formatVersion,
      c.packetId,
      c.title,
      c.textHash,
      c.signer.name,
      c.signer.delegation,
      c.signer.deputyNumber,
      c.confirmedAt,
      c.publicKey.algorithm,
      c.publicKey.raw,
    ]),
  );
}
