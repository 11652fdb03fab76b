import { z } from 'zod';
import { DeliverySchema } from '../domain/delivery';
import { DraftIdSchema } from '../domain/draft';
import { LanguageSchema } from '../domain/settings';
import { OptionalDateSchema, SubmissionFieldsSchema, SubmissionIdSchema, SubmissionSchema } from '../domain/submission';
import { type ApiEntries, IncomingFile, NoInput } from './contract-parts';

const ReminderSchema = z.object({
  kind: z.enum(['reply', 'rehandling', 'promise']),
  dueOn: z.iso.date(),
  days: z.number().int(),
  overdue: z.boolean(),
  promiseId: z.string().optional(),
  text: z.string().optional(),
});
/** A submission with what its dates mean today (the main side's clock): due dates, reminders, the list's filters. */
export const SubmissionViewSchema = SubmissionSchema.extend({
  status: z.object({
    replyDueOn: OptionalDateSchema,
    rehandlingDueOn: OptionalDateSchema,
    reminders: z.array(ReminderSchema),
    awaitingReply: z.boolean(),
    overdue: z.boolean(),
    dissatisfied: z.boolean(),
  }),
});
export type SubmissionView = z.infer<typeof SubmissionViewSchema>;

const SubmissionRef = z.object({ submissionId: SubmissionIdSchema }).strict();

export const submissionApi = {
  /** Every submitted suggestion and proposal (withdrawn ones left out), the latest submitted first, with today's status. */
  'submission.list': { effect: 'read', input: NoInput, output: z.array(SubmissionViewSchema) },
  'submission.get': { effect: 'read', input: SubmissionRef, output: SubmissionViewSchema },
  /** The submission a draft became, or null while it is a draft only (or its submission was withdrawn). */
  'submission.ofDraft': { effect: 'read', input: z.object({ draftId: DraftIdSchema }).strict(), output: SubmissionViewSchema.nullable() },
  /** Hands a draft in: refused while the checker finds a "must" problem, or when it was already submitted. */
  'submission.create': {
    effect: 'write',
    input: z.object({ draftId: DraftIdSchema, submittedOn: OptionalDateSchema.optional() }).strict(),
    output: SubmissionViewSchema,
  },
  /** Records what happened since: any subset of the fields (number, units, dates, reply, satisfaction, promises). */
  'submission.update': {
    effect: 'write',
    input: z.object({ submissionId: SubmissionIdSchema, change: SubmissionFieldsSchema.partial().strict() }).strict(),
    output: SubmissionViewSchema,
  },
  /** Withdraws a submission (soft delete): it leaves Submitted and waits in the bin, and `bin.restore` brings it back as it was. */
  'submission.withdraw': { effect: 'write', input: SubmissionRef, output: SubmissionViewSchema },
  /**
   * The text of a reply received as a file (.docx, .pdf, .txt, .md), read in the capped worker; the page
   * puts it in the reply's text, which saves it. Refused with the reason when the file cannot be read.
   */
  'submission.readReplyFile': {
    effect: 'read',
    input: z.object({ fileName: IncomingFile.fileName, base64: IncomingFile.base64 }).strict(),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
  /** The deputy's record of one year's suggestions and proposals (履职记录) as a DOCX in the official layout. */
  'submission.exportYear': {
    effect: 'read',
    input: z.object({ year: z.number().int().min(1949).max(2999), language: LanguageSchema }).strict(),
    output: DeliverySchema,
  },
} as const satisfies ApiEntries<'submission'>;
