import { z } from 'zod';
import { DraftIdSchema } from '../domain/draft';
import { DeliverySchema } from '../domain/delivery';
import { WEB_HOST_REQUEST_BYTES } from '../domain/limits';
import { CoSignDeputySchema, CoSignPacketSchema, PacketIdSchema, Sha256HexSchema } from '../cosign/cosign-format';
import { CoSignRefusalSchema } from '../cosign/cosign-refusal';
import { type ApiEntries, NoInput } from './contract-parts';

const DraftRef = z.object({ draftId: DraftIdSchema }).strict();
const PacketRef = z.object({ packetId: PacketIdSchema }).strict();
/** A co-signing file's text as the page read it (the file's own size limit is checked on the main side). */
const FileText = z
  .object({ text: z.string().max(WEB_HOST_REQUEST_BYTES, `the file is larger than ${WEB_HOST_REQUEST_BYTES / 1024 / 1024} MB`) })
  .strict();
const Refused = z.object({ refused: CoSignRefusalSchema }).strict();

/** One confirmation as the lead sees it: who, when, and whether it is for the draft's text as it is now. */
const ConfirmationViewSchema = z.object({
  id: z.string(),
  signer: CoSignDeputySchema,
  confirmedAt: z.iso.datetime(),
  importedAt: z.iso.datetime(),
  textHash: Sha256HexSchema,
  /** False when the draft's text changed since: the co-signer confirmed an older text. */
  current: z.boolean(),
});
const RequestSummarySchema = z.object({
  packetId: PacketIdSchema,
  title: z.string(),
  lead: CoSignDeputySchema,
  deadline: z.string(),
  importedAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().nullable(),
});

export const cosignApi = {
  /** The lead's view of a draft's co-signing: the hash of its text now, the packets sent, the confirmations back. */
  'cosign.status': {
    effect: 'read',
    input: DraftRef,
    output: z.object({
      textHash: Sha256HexSchema,
      packets: z.array(
        z.object({ packetId: PacketIdSchema, textHash: Sha256HexSchema, deadline: z.string(), createdAt: z.iso.datetime() }),
      ),
      confirmations: z.array(ConfirmationViewSchema),
    }),
  },
  /** The packet file of the draft's text as it is now (remembered, so the confirmations can be matched to it). */
  'cosign.exportPacket': {
    effect: 'write',
    input: z.object({ draftId: DraftIdSchema, deadline: z.union([z.iso.date(), z.literal('')]) }).strict(),
    output: DeliverySchema,
  },
  /** A co-signer's confirmation of one of this draft's packets: verified and kept, or refused (nothing changes). */
  'cosign.importConfirmation': {
    effect: 'write',
    input: z.object({ draftId: DraftIdSchema, text: FileText.shape.text }).strict(),
    output: z.union([Refused, z.object({ confirmation: ConfirmationViewSchema, alreadyHad: z.boolean() }).strict()]),
  },
  /** Another deputy's packet, to read and confirm: checked (text against its hash) and kept, or refused. */
  'cosign.importPacket': {
    effect: 'write',
    input: FileText,
    output: z.union([Refused, z.object({ packetId: PacketIdSchema }).strict()]),
  },
  /** The packets received, newest first. */
  'cosign.requests': { effect: 'read', input: NoInput, output: z.array(RequestSummarySchema) },
  /** One received packet whole, to read; and who would sign it (the profile). */
  'cosign.request': {
    effect: 'read',
    input: PacketRef,
    output: z.object({ packet: CoSignPacketSchema, confirmedAt: z.iso.datetime().nullable(), signer: CoSignDeputySchema.nullable() }),
  },
  /** The signed confirmation file of a received packet's text, by this deputy (from the profile). */
  'cosign.confirm': { effect: 'write', input: PacketRef, output: DeliverySchema },
} as const satisfies ApiEntries<'cosign'>;
