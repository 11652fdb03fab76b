import type { z } from 'zod';
import { isRecord } from '../is-record';
import {
  COSIGN_CONFIRMATION_FORMAT,
  COSIGN_CONFIRMATION_MAX_BYTES,
  COSIGN_FORMAT_VERSION,
  COSIGN_PACKET_FORMAT,
  COSIGN_PACKET_MAX_BYTES,
  CoSignConfirmationSchema,
  CoSignPacketSchema,
  type CoSignConfirmation,
  type CoSignPacket,
} from './cosign-format';
import { CoSignRefused } from './cosign-refusal';
import { sha256Hex } from './cosign-text';

type Format = typeof COSIGN_PACKET_FORMAT | typeof COSIGN_CONFIRMATION_FORMAT;

/** Reads one co-signing file of the expected format, or refuses it naming what is wrong. */
function readFile<T>(text: string, expected: Format, schema: z.ZodType<T>, maxBytes: number): T {
  if (new TextEncoder().encode(text).byteLength > maxBytes) throw new CoSignRefused({ code: 'tooLarge', limit: maxBytes });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CoSignRefused({ code: 'notJson' });
  }
  const format = isRecord(raw) ? raw.format : undefined;
  if (format !== expected) {
    if (format === COSIGN_PACKET_FORMAT) throw new CoSignRefused({ code: 'isPacket' });
    if (format === COSIGN_CONFIRMATION_FORMAT) throw new CoSignRefused({ code: 'isConfirmation' });
    throw new CoSignRefused({ code: 'notCoSigning' });
  }
  const version = isRecord(raw) ? raw.formatVersion : undefined;
  if (typeof version === 'number' && version > COSIGN_FORMAT_VERSION) throw new CoSignRefused({ code: 'newerVersion' });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CoSignRefused({ code: 'wrongShape', field: issue?.path.length ? issue.path.join('.') : 'formatVersion' });
  }
  return parsed.data;
}

/** A co-signing packet, refused when it is not one, or when its text is not the text its hash names. */
export async function readPacketFile(text: string): Promise<CoSignPacket> {
  const packet = readFile(text, COSIGN_PACKET_FORMAT, CoSignPacketSchema, COSIGN_PACKET_MAX_BYTES);
  if ((await sha256Hex(packet.text)) !== packet.textHash) throw new CoSignRefused({ code: 'hashMismatch', field: 'text' });
  return packet;
}

/** A confirmation file, by its shape only: its signature is checked by the one who imports it. */
export function readConfirmationFile(text: string): CoSignConfirmation {
  return readFile(text, COSIGN_CONFIRMATION_FORMAT, CoSignConfirmationSchema, COSIGN_CONFIRMATION_MAX_BYTES);
}
