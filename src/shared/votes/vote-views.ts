import { z } from 'zod';
import { DefaultAgendaKeySchema, IntentionSchema, VoteItemSchema, type VoteItem } from '../domain/vote';
import { BallotEvaluationSchema, evaluateBallot } from './ballot-evaluation';

/** An agenda item as the API returns it: the stored item plus, for a ballot, its live count and verdict. */
export const VoteAgendaItemSchema = VoteItemSchema.extend({
  evaluation: BallotEvaluationSchema.nullable(),
});
export type VoteAgendaItem = z.infer<typeof VoteAgendaItemSchema>;

export function toAgendaItem(item: VoteItem): VoteAgendaItem {
  return { ...item, evaluation: item.ballot ? evaluateBallot(item.ballot) : null };
}

/** An agenda item whose notes cite a paragraph or an annotation (answer of `vote.citing`). */
export const VoteCitationSchema = z.object({
  itemId: z.string(),
  defaultKey: DefaultAgendaKeySchema.nullable(),
  title: z.string(),
  intention: IntentionSchema,
  /** Linked directly (`paragraph` / `annotation`), or through a linked annotation on that paragraph. */
  via: z.enum(['paragraph', 'annotation']),
});
export type VoteCitation = z.infer<typeof VoteCitationSchema>;

/**
 * The live items that cite `ref`: a paragraph (linked directly, or through a linked annotation whose
 * passage starts in it) or an annotation. Pure, so the renderer can compute it from `vote.agenda` too.
 */
export function itemsCiting(
  agenda: readonly VoteItem[],
  ref: { documentId: string; paragraphId: string } | { annotationId: string },
  annotationParagraph: (annotationId: string) => { documentId: string; paragraphId: string } | undefined = () => undefined,
): VoteCitation[] {
  const result: VoteCitation[] = [];
  for (const item of agenda) {
    if (item.deletedAt !== null) continue;
    let via: VoteCitation['via'] | null = null;
    if ('annotationId' in ref) {
      if (item.annotationIds.includes(ref.annotationId)) via = 'annotation';
    } else if (item.paragraphLinks.some((l) => l.documentId === ref.documentId && l.paragraphId === ref.paragraphId)) {
      via = 'paragraph';
    } else if (
      item.annotationIds.some((id) => {
        const at = annotationParagraph(id);
        return at?.documentId === ref.documentId && at.paragraphId === ref.paragraphId;
      })
    ) {
      via = 'annotation';
    }
    if (via) result.push({ itemId: item.id, defaultKey: item.defaultKey, title: item.title, intention: item.intention, via });
  }
  return result;
}
