import { z } from 'zod';
import { DocumentIdSchema } from '../domain/document';
import { AnnotationIdSchema } from '../domain/annotation';
import { DeliverySchema } from '../domain/delivery';
import { LanguageSchema } from '../domain/settings';
import {
  AGENDA_MAX,
  BallotModeSchema,
  CANDIDATES_MAX,
  CandidateContentSchema,
  CandidateIdSchema,
  CandidateMarkSchema,
  IntentionSchema,
  ItemTitleSchema,
  MaxChoicesSchema,
  RankSchema,
  RationaleSchema,
  VoteItemIdSchema,
  VoteItemKindSchema,
} from '../domain/vote';
import { CandidateParseResultSchema } from '../votes/parse-candidates';
import { IntentionSummarySchema } from '../votes/summarize-intentions';
import { VoteAgendaItemSchema, VoteCitationSchema } from '../votes/vote-views';
import { type ApiEntries, NoInput } from './contract-parts';

const VoteItemRef = z.object({ itemId: VoteItemIdSchema }).strict();
const CandidateRef = z.object({ itemId: VoteItemIdSchema, candidateId: CandidateIdSchema }).strict();
const ParagraphLinkInput = z
  .object({ itemId: VoteItemIdSchema, documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) })
  .strict();
const AnnotationLinkInput = z.object({ itemId: VoteItemIdSchema, annotationId: AnnotationIdSchema }).strict();
const CandidateList = z.array(CandidateContentSchema.strict()).max(CANDIDATES_MAX, `a ballot holds at most ${CANDIDATES_MAX} candidates`);

export const voteApi = {
  /** The agenda of votes in order (a new store starts with the usual items of a session). */
  'vote.agenda': { effect: 'read', input: NoInput, output: z.array(VoteAgendaItemSchema) },
  /** A new item (a resolution unless `kind: 'ballot'`), at the end or before the live item at `index`. */
  'vote.addItem': {
    effect: 'write',
    input: z
      .object({
        title: ItemTitleSchema,
        kind: VoteItemKindSchema.default('resolution'),
        index: z.number().int().min(0).max(AGENDA_MAX).optional(),
      })
      .strict(),
    output: VoteAgendaItemSchema,
  },
  /** A renamed default item keeps the title given and loses its `defaultKey`. */
  'vote.renameItem': {
    effect: 'write',
    input: z.object({ itemId: VoteItemIdSchema, title: ItemTitleSchema }).strict(),
    output: VoteAgendaItemSchema,
  },
  /** Moves an item to a position of the live agenda (0-based); answers the whole agenda. */
  'vote.moveItem': {
    effect: 'write',
    input: z.object({ itemId: VoteItemIdSchema, toIndex: z.number().int().min(0).max(AGENDA_MAX) }).strict(),
    output: z.array(VoteAgendaItemSchema),
  },
  'vote.removeItem': { effect: 'write', input: VoteItemRef, output: VoteAgendaItemSchema },
  /** The intention, the reasons, or both (leave one out to keep it as it is). */
  'vote.setIntention': {
    effect: 'write',
    input: z
      .object({ itemId: VoteItemIdSchema, intention: IntentionSchema.optional(), rationale: RationaleSchema.optional() })
      .strict()
      .refine((input) => input.intention !== undefined || input.rationale !== undefined, 'give an intention, reasons, or both'),
    output: VoteAgendaItemSchema,
  },
  'vote.linkParagraph': { effect: 'write', input: ParagraphLinkInput, output: VoteAgendaItemSchema },
  'vote.unlinkParagraph': { effect: 'write', input: ParagraphLinkInput, output: VoteAgendaItemSchema },
  'vote.linkAnnotation': { effect: 'write', input: AnnotationLinkInput, output: VoteAgendaItemSchema },
  'vote.unlinkAnnotation': { effect: 'write', input: AnnotationLinkInput, output: VoteAgendaItemSchema },
  /** The items whose notes cite a paragraph (directly or through a linked annotation on it) or an annotation. */
  'vote.citing': {
    effect: 'read',
    input: z.union([
      z.object({ documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict(),
      z.object({ annotationId: AnnotationIdSchema }).strict(),
    ]),
    output: z.array(VoteCitationSchema),
  },
  'vote.setBallotRule': {
    effect: 'write',
    input: z.object({ itemId: VoteItemIdSchema, mode: BallotModeSchema, maxChoices: MaxChoicesSchema }).strict(),
    output: VoteAgendaItemSchema,
  },
  /** Replaces the candidate list (marks start afresh); names must differ. */
  'vote.setCandidates': {
    effect: 'write',
    input: z.object({ itemId: VoteItemIdSchema, candidates: CandidateList }).strict(),
    output: VoteAgendaItemSchema,
  },
  /** Appends candidates (typed or parsed from a paste), or inserts them before the live candidate at `index`. */
  'vote.addCandidates': {
    effect: 'write',
    input: z
      .object({
        itemId: VoteItemIdSchema,
        candidates: CandidateList.min(1, 'give at least one candidate'),
        index: z.number().int().min(0).max(CANDIDATES_MAX).optional(),
      })
      .strict(),
    output: VoteAgendaItemSchema,
  },
  'vote.updateCandidate': {
    effect: 'write',
    input: z
      .object({ itemId: VoteItemIdSchema, candidateId: CandidateIdSchema, change: CandidateContentSchema.partial().strict() })
      .strict(),
    output: VoteAgendaItemSchema,
  },
  'vote.removeCandidate': { effect: 'write', input: CandidateRef, output: VoteAgendaItemSchema },
  /** Reads a pasted list; with `itemId`, names already on that ballot come back as duplicates. Changes nothing. */
  'vote.parseCandidates': {
    effect: 'read',
    input: z
      .object({ text: z.string().max(200_000, 'the pasted list is longer than 200,000 characters'), itemId: VoteItemIdSchema.optional() })
      .strict(),
    output: CandidateParseResultSchema,
  },
  /** Marks one candidate exactly as the deputy did (a ballot that breaks its rule is reported, never fixed). */
  'vote.markCandidate': {
    effect: 'write',
    input: z
      .object({
        itemId: VoteItemIdSchema,
        candidateId: CandidateIdSchema,
        mark: CandidateMarkSchema.nullable().optional(),
        rank: RankSchema.nullable().optional(),
      })
      .strict()
      .refine((input) => input.mark !== undefined || input.rank !== undefined, { message: 'give a mark or a rank', path: ['mark'] }),
    output: VoteAgendaItemSchema,
  },
  'vote.clearMarks': { effect: 'write', input: VoteItemRef, output: VoteAgendaItemSchema },
  /** Counts per intention, the items undecided first, and each ballot's verdict. */
  'vote.summary': { effect: 'read', input: NoInput, output: IntentionSummarySchema },
  /** The voting notes (private) as a DOCX in the official layout. */
  'vote.exportDocx': { effect: 'read', input: z.object({ language: LanguageSchema }).strict(), output: DeliverySchema },
} as const satisfies ApiEntries<'vote'>;
