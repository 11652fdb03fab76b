import { z } from 'zod';
import { AnnotationIdSchema } from './annotation';
import { DocumentIdSchema } from './document';

/** The deputy's intended vote on an agenda item. */
export const INTENTIONS = ['for', 'against', 'abstain', 'undecided'] as const;
export const IntentionSchema = z.enum(INTENTIONS);
export type Intention = z.infer<typeof IntentionSchema>;

/** A resolution (one vote: for / against / abstain) or a ballot over candidates (the livelihood projects). */
export const VOTE_ITEM_KINDS = ['resolution', 'ballot'] as const;
export const VoteItemKindSchema = z.enum(VOTE_ITEM_KINDS);
export type VoteItemKind = z.infer<typeof VoteItemKindSchema>;

/**
 * The usual agenda of a municipal people's congress session, in order. An untouched default item
 * stores its key (the UI shows the title of its own language catalogue); a renamed one its title.
 */
export const DEFAULT_AGENDA_KEYS = [
  'governmentWorkReport',
  'planReport',
  'budgetReport',
  'standingCommitteeReport',
  'courtReport',
  'procuratorateReport',
  'livelihoodBallot',
] as const;
export const DefaultAgendaKeySchema = z.enum(DEFAULT_AGENDA_KEYS);
export type DefaultAgendaKey = z.infer<typeof DefaultAgendaKeySchema>;

/**
 * How the ballot is filled in: approve / oppose / abstain on each candidate with at most M approvals
 * (`perCandidate`), tick at most M (`chooseUpTo`), or rank up to M candidates 1..k (`rank`).
 */
export const BALLOT_MODES = ['perCandidate', 'chooseUpTo', 'rank'] as const;
export const BallotModeSchema = z.enum(BALLOT_MODES);
export type BallotMode = z.infer<typeof BallotModeSchema>;

/** A mark on one candidate. In `chooseUpTo` mode, `approve` means "chosen" and anything else "not chosen". */
export const CANDIDATE_MARKS = ['approve', 'oppose', 'abstain'] as const;
export const CandidateMarkSchema = z.enum(CANDIDATE_MARKS);
export type CandidateMark = z.infer<typeof CandidateMarkSchema>;

export const AGENDA_MAX = 500;
export const ITEM_TITLE_MAX = 500;
export const RATIONALE_MAX = 20_000;
export const LINKS_MAX = 200;
/** Live candidates on one ballot (removed ones are kept for undo until the list is replaced). */
export const CANDIDATES_MAX = 500;
export const CANDIDATE_NAME_MAX = 200;
export const CANDIDATE_DESCRIPTION_MAX = 2_000;
/** Investment in 万元 (10,000 yuan): up to 10 trillion yuan. */
export const INVESTMENT_MAX = 1_000_000_000;
/** M of a new ballot: Zhejiang's cities usually put ~15 candidate projects to the vote and choose 10. */
export const DEFAULT_MAX_CHOICES = 10;

export const VoteItemIdSchema = z.string().regex(/^v-[a-z0-9-]{6,64}$/, 'not a vote item id');
export const CandidateIdSchema = z.string().regex(/^c-[a-z0-9-]{6,64}$/, 'not a candidate id');

export const ItemTitleSchema = z
  .string()
  .max(ITEM_TITLE_MAX, `a title has at most ${ITEM_TITLE_MAX} characters`)
  .transform((title) => title.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'the title is empty'));

export const RationaleSchema = z.string().max(RATIONALE_MAX, `the reasons have at most ${RATIONALE_MAX.toLocaleString('en')} characters`);

/** M: how many candidates may be chosen (approved, ticked or ranked); at least 1. */
export const MaxChoicesSchema = z
  .number()
  .int('M must be a whole number')
  .min(1, 'M must be at least 1: a ballot where no candidate may be chosen cannot be filled in')
  .max(CANDIDATES_MAX, `M is at most ${CANDIDATES_MAX}`);

/** A rank given on a `rank` ballot; stored as marked (gaps and duplicates are reported, not fixed). */
export const RankSchema = z.number().int('a rank is a whole number').min(1, 'ranks start at 1').max(CANDIDATES_MAX);

/** Completion date as normalized by the paste parser: '' (unknown), YYYY, YYYY-MM or YYYY-MM-DD. */
export const CompletionSchema = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a completion date is YYYY, YYYY-MM or YYYY-MM-DD'),
]);

/** What the deputy enters about a candidate project (typed one by one or pasted as a list). */
export const CandidateContentSchema = z.object({
  name: z
    .string()
    .max(CANDIDATE_NAME_MAX, `a candidate's name has at most ${CANDIDATE_NAME_MAX} characters`)
    .transform((name) => name.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, "the candidate's name is empty")),
  description: z
    .string()
    .max(CANDIDATE_DESCRIPTION_MAX, `a description has at most ${CANDIDATE_DESCRIPTION_MAX.toLocaleString('en')} characters`),
  /** In 万元 (10,000 yuan); null when not given. */
  investment: z
    .number('the investment must be a number (in 10,000 yuan)')
    .finite()
    .min(0, 'the investment cannot be negative')
    .max(INVESTMENT_MAX)
    .nullable(),
  completion: CompletionSchema,
});
export type CandidateContent = z.infer<typeof CandidateContentSchema>;

export const CandidateSchema = CandidateContentSchema.extend({
  id: CandidateIdSchema,
  /** perCandidate: approve / oppose / abstain; chooseUpTo: approve = chosen; null = not marked. */
  mark: CandidateMarkSchema.nullable(),
  /** rank mode: the rank given, as marked; null = not ranked. */
  rank: RankSchema.nullable(),
  /** Set when removed; restorable until the list is replaced. */
  deletedAt: z.iso.datetime().nullable(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const BallotSchema = z.object({
  mode: BallotModeSchema,
  maxChoices: MaxChoicesSchema,
  candidates: z.array(CandidateSchema).max(CANDIDATES_MAX * 2),
});
export type Ballot = z.infer<typeof BallotSchema>;

/** A report paragraph an item's reasons rest on, with the labels it had when linked. */
export const ParagraphLinkSchema = z.object({
  documentId: DocumentIdSchema,
  documentTitle: z.string(),
  paragraphId: z.string().min(1).max(200),
  /** Human citation label, e.g. `II.9 ¶3`. */
  citation: z.string().max(100),
  /** The paragraph's opening words (at most 120 characters), for lists and the export. */
  excerpt: z.string().max(200),
});
export type ParagraphLink = z.infer<typeof ParagraphLinkSchema>;

export const VoteItemSchema = z.object({
  id: VoteItemIdSchema,
  kind: VoteItemKindSchema,
  /** Set for an untouched default item: the UI shows its catalogue title and `title` is ''. */
  defaultKey: DefaultAgendaKeySchema.nullable(),
  title: z.string().max(ITEM_TITLE_MAX),
  intention: IntentionSchema,
  rationale: RationaleSchema,
  paragraphLinks: z.array(ParagraphLinkSchema).max(LINKS_MAX),
  annotationIds: z.array(AnnotationIdSchema).max(LINKS_MAX),
  /** Only for `kind: 'ballot'`. */
  ballot: BallotSchema.nullable(),
  /** null for a default item never edited. */
  updatedAt: z.iso.datetime().nullable(),
  /** Set when removed from the agenda; restorable (undo). */
  deletedAt: z.iso.datetime().nullable(),
});
export type VoteItem = z.infer<typeof VoteItemSchema>;
