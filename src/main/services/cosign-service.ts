import { randomUUID } from 'node:crypto';
import type { ApiOutput, ApiService } from '../../shared/contract/api-contract';
import { COSIGN_FORMAT_VERSION, COSIGN_PACKET_FORMAT, CoSignDeputySchema, type CoSignDeputy } from '../../shared/cosign/cosign-format';
import {
  CoSignRequestSchema,
  ReceivedConfirmationSchema,
  SentPacketSchema,
  type ReceivedConfirmation,
} from '../../shared/cosign/cosign-records';
import { CoSignRefused } from '../../shared/cosign/cosign-refusal';
import { confirmedRows } from '../../shared/cosign/confirmed-rows';
import { coSignText, sha256Hex } from '../../shared/cosign/cosign-text';
import { readConfirmationFile, readPacketFile } from '../../shared/cosign/read-cosign-file';
import { JSON_MIME_TYPE } from '../../shared/domain/delivery';
import type { Draft } from '../../shared/domain/draft';
import type { Language } from '../../shared/domain/settings';
import { translator } from '../../shared/i18n/shared-i18n';
import type { Store } from '../storage/store';
import { labelsFor } from './export/labels';
import type { CoSignMarks } from './export/co-signers-table';
import { storedRecord } from '../storage/stored-record';
import type { SigningKey } from './cosign-key';
import { signConfirmation, verifyConfirmation } from './cosign-signing';
import { DomainError } from './domain-error';
import { safeFileName, type FileDelivery } from './file-delivery';

/** The name of a co-signing file, in the draft's language (the export catalogue's `cosign` words). */
function fileName(language: Language, key: 'packetFile' | 'confirmationFile', title: string, name = ''): string {
  return safeFileName(
    translator(language, 'export', 'cosign')(key, { title, name }),
    key === 'packetFile' ? 'packet' : 'confirmation',
    'json',
  );
}

type ConfirmationView = ApiOutput<'cosign.status'>['confirmations'][number];

/** The hash of a draft's co-signing text as it is now. */
export const draftTextHash = (draft: Draft): Promise<string> => sha256Hex(coSignText(draft));

/** What a refused file answers (nothing was stored); any other failure goes on as it is. */
async function refusedOr<T>(work: () => Promise<T>): Promise<T | { refused: CoSignRefused['refusal'] }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CoSignRefused) return { refused: error.refusal };
    throw error;
  }
}

/**
 * The `cosign.*` methods, co-signing without a server. The lead sends a packet of a draft's text and
 * takes back co-signers' signed confirmations; a co-signer reads a packet and signs a confirmation.
 */
export function createCoSignService(deps: { store: Store; clock: () => Date; deliver: FileDelivery; signingKey: SigningKey }) {
  const { store, clock, deliver, signingKey } = deps;

  const draftOf = (draftId: string): Draft => {
    const draft = store.data.drafts.find((d) => d.id === draftId && d.deletedAt === null);
    if (!draft) throw new DomainError('NOT_FOUND', 'draft.notFound');
    return draft;
  };
  const view = (record: ReceivedConfirmation, currentHash: string): ConfirmationView => ({
    id: record.id,
    signer: record.confirmation.signer,
    confirmedAt: record.confirmation.confirmedAt,
    importedAt: record.importedAt,
    textHash: record.confirmation.textHash,
    current: record.confirmation.textHash === currentHash,
  });
  const requestOf = (packetId: string) => {
    const request = store.data.coSignRequests.find((r) => r.packet.packetId === packetId);
    if (!request) throw new DomainError('NOT_FOUND', 'cosign.packetNotFound');
    return request;
  };
  const profileSigner = (): CoSignDeputy | null => {
    const { name, delegation, deputyNumber } = store.data.profile;
    const parsed = CoSignDeputySchema.safeParse({ name: name.trim(), delegation: delegation.trim(), deputyNumber: deputyNumber.trim() });
    return parsed.success ? parsed.data : null;
  };

  /** Which rows of the draft's co-signers confirmed its text as it is now (for the DOCX's table). */
  const marks = async (draft: Draft): Promise<CoSignMarks> => {
    const textHash = await draftTextHash(draft);
    const signers = store.data.coSignConfirmations
      .filter((c) => c.draftId === draft.id && c.confirmation.textHash === textHash)
      .map((c) => c.confirmation.signer);
    return { confirmed: confirmedRows(draft.coSigners, signers), textHash };
  };

  const api = {
    async status({ draftId }) {
      const draft = draftOf(draftId);
      const textHash = await draftTextHash(draft);
      const confirmations = store.data.coSignConfirmations
        .filter((c) => c.draftId === draftId)
        .map((c) => view(c, textHash))
        // Confirmations of the text as it is now first, then newest first.
        .sort((a, b) => Number(b.current) - Number(a.current) || b.confirmedAt.localeCompare(a.confirmedAt));
      const packets = store.data.coSignPackets
        .filter((p) => p.draftId === draftId)
        .map(({ packetId, textHash: hash, deadline, createdAt }) => ({ packetId, textHash: hash, deadline, createdAt }))
        .reverse();
      return { textHash, packets, confirmations };
    },

    async exportPacket({ draftId, deadline }) {
      const draft = draftOf(draftId);
      const lead = CoSignDeputySchema.safeParse({
        name: draft.leadDeputy.trim(),
        delegation: draft.delegation.trim(),
        deputyNumber: draft.deputyNumber.trim(),
      });
      if (!lead.success) throw new DomainError('INVALID_INPUT', 'cosign.noLeadDeputy');
      const text = coSignText(draft);
      if (text.trim() === '') throw new DomainError('INVALID_INPUT', 'cosign.noText');
      const now = clock().toISOString();
      const packetId = `p-${randomUUID()}`;
      const textHash = await sha256Hex(text);
      const packet = {
        format: COSIGN_PACKET_FORMAT,
        formatVersion: COSIGN_FORMAT_VERSION,
        packetId,
        kind: draft.kind,
        language: draft.language,
        title: draft.title.trim(),
        text,
        textHash,
        lead: lead.data,
        deadline,
        createdAt: now,
      };
      const delivery = await deliver({
        fileName: fileName(draft.language, 'packetFile', draft.title.trim() || labelsFor(draft.language).kind[draft.kind]),
        mimeType: JSON_MIME_TYPE,
        bytes: Buffer.from(`${JSON.stringify(packet, null, 2)}\n`),
      });
      // A packet never sent (the save dialog cancelled) is not remembered.
      if (delivery.kind !== 'cancelled') {
        const sent = storedRecord(SentPacketSchema, { packetId, draftId, textHash, deadline, createdAt: now });
        await store.update((data) => void data.coSignPackets.push(sent));
      }
      return delivery;
    },

    importConfirmation: ({ draftId, text }) =>
      refusedOr(async () => {
        const draft = draftOf(draftId);
        const confirmation = readConfirmationFile(text);
        const sent = store.data.coSignPackets.find((p) => p.packetId === confirmation.packetId);
        if (!sent) throw new CoSignRefused({ code: 'unknownPacket', field: 'packetId' });
        if (sent.draftId !== draftId) {
          const other = store.data.drafts.find((d) => d.id === sent.draftId);
          throw new CoSignRefused({ code: 'otherDraft', title: other?.title.trim() || confirmation.title });
        }
        if (sent.textHash !== confirmation.textHash) throw new CoSignRefused({ code: 'textMismatch', field: 'textHash' });
        if (!(await verifyConfirmation(confirmation))) throw new CoSignRefused({ code: 'badSignature', field: 'signature' });
        const currentHash = await draftTextHash(draft);
        const had = store.data.coSignConfirmations.find((c) => c.confirmation.signature === confirmation.signature);
        if (had) return { confirmation: view(had, currentHash), alreadyHad: true };
        const record = storedRecord(ReceivedConfirmationSchema, {
          id: `c-${randomUUID()}`,
          draftId,
          importedAt: clock().toISOString(),
          confirmation,
        });
        await store.update((data) => void data.coSignConfirmations.push(record));
        return { confirmation: view(record, currentHash), alreadyHad: false };
      }),

    importPacket: ({ text }) =>
      refusedOr(async () => {
        const packet = await readPacketFile(text);
        const request = storedRecord(CoSignRequestSchema, { packet, importedAt: clock().toISOString(), confirmedAt: null });
        await store.update((data) => {
          // The same packet again replaces the one kept (it is the same text: the hash was checked).
          const index = data.coSignRequests.findIndex((r) => r.packet.packetId === packet.packetId);
          if (index === -1) data.coSignRequests.push(request);
          else
            data.coSignRequests[index] = storedRecord(CoSignRequestSchema, {
              ...request,
              confirmedAt: data.coSignRequests[index]?.confirmedAt ?? null,
            });
        });
        return { packetId: packet.packetId };
      }),

    requests: () =>
      [...store.data.coSignRequests]
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt))
        .map(({ packet, importedAt, confirmedAt }) => ({
          packetId: packet.packetId,
          title: packet.title,
          lead: packet.lead,
          deadline: packet.deadline,
          importedAt,
          confirmedAt,
        })),

    request: ({ packetId }) => {
      const { packet, confirmedAt } = requestOf(packetId);
      return { packet, confirmedAt, signer: profileSigner() };
    },

    async confirm({ packetId }) {
      const { packet } = requestOf(packetId);
      const signer = profileSigner();
      if (!signer) throw new DomainError('INVALID_INPUT', 'cosign.noSignerName');
      const now = clock();
      const confirmation = await signConfirmation(packet, signer, now, await signingKey());
      const delivery = await deliver({
        fileName: fileName(packet.language, 'confirmationFile', packet.title || labelsFor(packet.language).kind[packet.kind], signer.name),
        mimeType: JSON_MIME_TYPE,
        bytes: Buffer.from(`${JSON.stringify(confirmation, null, 2)}\n`),
      });
      if (delivery.kind !== 'cancelled')
        await store.update((data) => {
          const index = data.coSignRequests.findIndex((r) => r.packet.packetId === packetId);
          const current = data.coSignRequests[index];
          if (current) data.coSignRequests[index] = storedRecord(CoSignRequestSchema, { ...current, confirmedAt: now.toISOString() });
        });
      return delivery;
    },
  } satisfies ApiService<'cosign'>;
  return { api, marks };
}
