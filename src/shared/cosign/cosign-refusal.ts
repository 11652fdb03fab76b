import { z } from 'zod';

/**
 * Why a co-signing file was refused, for the page to say in the deputy's language (catalogue keys
 * `cosign.refusal.<code>`); `field` names the part of the file that is wrong, `limit` the size limit.
 */
export const COSIGN_REFUSAL_CODES = [
  'tooLarge',
  'notJson',
  'notCoSigning',
  'isPacket',
  'isConfirmation',
  'newerVersion',
  'wrongShape',
  'hashMismatch',
  'badSignature',
  'unknownPacket',
  'otherDraft',
  'textMismatch',
] as const;
export const CoSignRefusalCodeSchema = z.enum(COSIGN_REFUSAL_CODES);
export type CoSignRefusalCode = z.infer<typeof CoSignRefusalCodeSchema>;

export const CoSignRefusalSchema = z
  .object({
    code: CoSignRefusalCodeSchema,
    field: z.string().max(200).optional(),
    limit: z.number().int().min(0).optional(),
    /** For `otherDraft`: the title of the draft the confirmation belongs to. */
    title: z.string().max(500).optional(),
  })
  .strict();
export type CoSignRefusal = z.infer<typeof CoSignRefusalSchema>;

/** A file refused: what the import answers instead of what it stored (nothing was). */
export class CoSignRefused extends Error {
  override name = 'CoSignRefused';
  constructor(readonly refusal: CoSignRefusal) {
    super(`co-signing file refused: ${refusal.code}${refusal.field ? ` (${refusal.field})` : ''}`);
  }
}
