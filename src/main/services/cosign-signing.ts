import {
  COSIGN_CONFIRMATION_FORMAT,
  COSIGN_FORMAT_VERSION,
  signedPayload,
  type CoSignConfirmation,
  type CoSignDeputy,
  type CoSignPacket,
} from '../../shared/cosign/cosign-format';

const ED25519 = { name: 'Ed25519' } as const;
const { subtle } = globalThis.crypto;

const toBase64 = (bytes: ArrayBuffer | Uint8Array) =>
  Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64');
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(Buffer.from(text, 'base64'));

/** A deputy's signing key pair, as kept in the data folder: the private key (PKCS #8) and the public key (raw), in base64. */
export interface SigningKeyPair {
  privateKey: string;
  publicKey: string;
}

export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = await subtle.generateKey(ED25519, true, ['sign', 'verify']);
  return {
    privateKey: toBase64(await subtle.exportKey('pkcs8', pair.privateKey)),
    publicKey: toBase64(await subtle.exportKey('raw', pair.publicKey)),
  };
}

/** The co-signer's confirmation of a packet's text, signed with their key. */
export async function signConfirmation(
  packet: Pick<CoSignPacket, 'packetId' | 'title' | 'textHash'>,
  signer: CoSignDeputy,
  confirmedAt: Date,
  keys: SigningKeyPair,
): Promise<CoSignConfirmation> {
  const unsigned = {
    format: COSIGN_CONFIRMATION_FORMAT,
    formatVersion: COSIGN_FORMAT_VERSION,
    packetId: packet.packetId,
    title: packet.title,
    textHash: packet.textHash,
    signer,
    confirmedAt: confirmedAt.toISOString(),
    publicKey: { algorithm: 'Ed25519', raw: keys.publicKey },
  } as const;
  const key = await subtle.importKey('pkcs8', fromBase64(keys.privateKey), ED25519, false, ['sign']);
  const signature = await subtle.sign(ED25519, key, signedPayload(unsigned));
  return { ...unsigned, signature: toBase64(signature) };
}

/** Whether the confirmation's signature, by the public key it carries, covers exactly what it says. */
export async function verifyConfirmation(confirmation: CoSignConfirmation): Promise<boolean> {
  try {
    const key = await subtle.importKey('raw', fromBase64(confirmation.publicKey.raw), ED25519, false, ['verify']);
    return await subtle.verify(ED25519, key, fromBase64(confirmation.signature), signedPayload(confirmation));
  } catch {
    // A public key that is not a point of the curve: nothing it could have signed.
    return false;
  }
}
