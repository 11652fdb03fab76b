import { z } from 'zod';
import { DraftIdSchema } from '../domain/draft';
import { CoSignConfirmationSchema, CoSignPacketSchema, PacketIdSchema, Sha256HexSchema } from './cosign-format';

/** The lead's side: a packet sent out for one draft, with the hash of the text it carried. */
export const SentPacketSchema = z
  .object({
    packetId: PacketIdSchema,
    draftId: DraftIdSchema,
    textHash: Sha256HexSchema,
    deadline: z.union([z.iso.date(), z.literal('')]),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type SentPacket = z.infer<typeof SentPacketSchema>;

/** The lead's side: a confirmation that came back and was verified, kept whole (it can be checked again). */
export const ReceivedConfirmationSchema = z
  .object({
    id: z.string().regex(/^c-[0-9a-f-]{36}$/),
    draftId: DraftIdSchema,
    importedAt: z.iso.datetime(),
    confirmation: CoSignConfirmationSchema,
  })
  .strict();
export type ReceivedConfirmation = z.infer<typeof ReceivedConfirmationSchema>;

/** The co-signer's side: a packet received to read, and when this desk confirmed it (null until then). */
export const CoSignRequestSchema = z
  .object({
    packet: CoSignPacketSchema,
    importedAt: z.iso.datetime(),
    confirmedAt: z.iso.datetime().nullable(),
  })
  .strict();
export type CoSignRequest = z.infer<typeof CoSignRequestSchema>;
