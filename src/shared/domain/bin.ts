import { z } from 'zod';
import { AnnotationIdSchema } from './annotation';
import { DocumentIdSchema } from './document';
import { DraftIdSchema } from './draft';
import { SubmissionIdSchema } from './submission';
import { SpeechCardIdSchema } from '../speech/speech-card';
import { CandidateIdSchema, DefaultAgendaKeySchema, VoteItemIdSchema } from './vote';

/** Every kind of record a removal keeps (soft delete), so that it can be restored by id. */
export const BIN_KINDS = ['annotation', 'draft', 'document', 'voteItem', 'candidate', 'speechCard', 'submission'] as const;
export const BinKindSchema = z.enum(BIN_KINDS);
export type BinKind = z.infer<typeof BinKindSchema>;

/** A removed record by kind and id (each id checked against its kind's form). */
export const BinRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('annotation'), id: AnnotationIdSchema }).strict(),
  z.object({ kind: z.literal('draft'), id: DraftIdSchema }).strict(),
  z.object({ kind: z.literal('document'), id: DocumentIdSchema }).strict(),
  z.object({ kind: z.literal('voteItem'), id: VoteItemIdSchema }).strict(),
  z.object({ kind: z.literal('candidate'), id: CandidateIdSchema }).strict(),
  z.object({ kind: z.literal('speechCard'), id: SpeechCardIdSchema }).strict(),
  z.object({ kind: z.literal('submission'), id: SubmissionIdSchema }).strict(),
]);
export type BinRef = z.infer<typeof BinRefSchema>;

/** One removed record as the removed-items list shows it. */
export const BinEntrySchema = z.object({
  kind: BinKindSchema,
  id: z.string(),
  /** What the deputy knows it by: a title (maybe empty for a draft or a speech card), a candidate's name, an annotation's quote. */
  label: z.string(),
  /** A default agenda item's key: its title is shown in the interface language. Null for everything else. */
  defaultKey: DefaultAgendaKeySchema.nullable(),
  /** Where it lives: an annotation's document, a candidate's agenda item; null for the others. */
  parentId: z.string().nullable(),
  removedAt: z.iso.datetime(),
});
export type BinEntry = z.infer<typeof BinEntrySchema>;

/** The ref of an entry, for `bin.restore`. */
export function binRef(entry: Pick<BinEntry, 'kind' | 'id'>): BinRef {
  return BinRefSchema.parse({ kind: entry.kind, id: entry.id });
}
