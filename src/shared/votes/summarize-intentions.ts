import { z } from 'zod';
import { DefaultAgendaKeySchema, INTENTIONS, IntentionSchema, VoteItemKindSchema, type Intention, type VoteItem } from '../domain/vote';
import { BallotChoicesSchema, ballotChoices } from './ballot-choices';
import { BallotEvaluationSchema, evaluateBallot } from './ballot-evaluation';

export const IntentionCountsSchema = z.object({
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
  undecided: z.number().int(),
});
export type IntentionCounts = z.infer<typeof IntentionCountsSchema>;

export const IntentionSummaryItemSchema = z.object({
  itemId: z.string(),
  kind: VoteItemKindSchema,
  /** As on the item: the UI shows the catalogue title when set, else `title`. */
  defaultKey: DefaultAgendaKeySchema.nullable(),
  title: z.string(),
  intention: IntentionSchema,
  /** Position on the agenda (0-based), since the list is not in agenda order. */
  agendaIndex: z.number().int(),
  hasRationale: z.boolean(),
  paragraphLinks: z.number().int(),
  annotationLinks: z.number().int(),
  /** For a ballot item: its counts and verdict. */
  ballot: BallotEvaluationSchema.nullable(),
  /** For a ballot item: the projects it chooses (its marks are its intention). */
  choices: BallotChoicesSchema.nullable(),
});
export type IntentionSummaryItem = z.infer<typeof IntentionSummaryItemSchema>;

export const IntentionSummarySchema = z.object({
  total: z.number().int(),
  /** Intentions of the resolutions; a ballot has none of its own (its marks are the intention). */
  counts: IntentionCountsSchema,
  /** Ballot items on the agenda (not in `counts`). */
  ballots: z.number().int(),
  /** Undecided items (and ballots not validly marked) first, then the others; agenda order within each group. */
  items: z.array(IntentionSummaryItemSchema),
  /** Ballots whose marks break their rule. */
  invalidBallots: z.number().int(),
  /** Ballots with unmarked candidates or nothing marked (not invalid). */
  incompleteBallots: z.number().int(),
});
export type IntentionSummary = z.infer<typeof IntentionSummarySchema>;

/** Counts per intention and the list of items, undecided first; removed items are left out. */
export function summarizeIntentions(agenda: readonly VoteItem[]): IntentionSummary {
  const counts = Object.fromEntries(INTENTIONS.map((i) => [i, 0])) as Record<Intention, number>;
  const needsAttention: IntentionSummaryItem[] = [];
  const decided: IntentionSummaryItem[] = [];
  let invalidBallots = 0;
  let incompleteBallots = 0;
  let ballots = 0;
  let agendaIndex = 0;
  for (const item of agenda) {
    if (item.deletedAt !== null) continue;
    const ballot = item.ballot ? evaluateBallot(item.ballot) : null;
    if (ballot) ballots += 1;
    else counts[item.intention] += 1;
    if (ballot?.verdict === 'invalid') invalidBallots += 1;
    if (ballot?.verdict === 'incomplete') incompleteBallots += 1;
    const open = ballot ? ballot.verdict !== 'valid' : item.intention === 'undecided';
    (open ? needsAttention : decided).push({
      itemId: item.id,
      kind: item.kind,
      defaultKey: item.defaultKey,
      title: item.title,
      intention: item.intention,
      agendaIndex: agendaIndex++,
      hasRationale: item.rationale.trim() !== '',
      paragraphLinks: item.paragraphLinks.length,
      annotationLinks: item.annotationIds.length,
      ballot,
      choices: item.ballot ? ballotChoices(item.ballot) : null,
    });
  }
  return { total: agendaIndex, counts, ballots, items: [...needsAttention, ...decided], invalidBallots, incompleteBallots };
}
