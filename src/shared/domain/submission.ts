import { z } from 'zod';
import { DraftIdSchema, DraftKindSchema, DRAFT_LINE_MAX, DRAFT_TEXT_MAX } from './draft';
import { LanguageSchema } from './settings';

/**
 * A suggestion or proposal after it was handed in (提交): what the congress office and the handling
 * units do with it, and what the deputy thinks of their reply. One record per submitted draft.
 */
export const SubmissionIdSchema = z.string().regex(/^s-[a-z0-9-]{6,64}$/, 'not a submission id');
export const PromiseIdSchema = z.string().regex(/^p-[a-z0-9-]{6,64}$/, 'not a promised action id');

/** A calendar date (YYYY-MM-DD), or '' until the deputy knows it. */
export const OptionalDateSchema = z.union([z.iso.date(), z.literal('')]);

/** 答复分类: A 已解决或采纳, B 正在解决或计划解决, C 列入计划逐步解决 / 待条件成熟解决, D 留作参考. */
export const REPLY_CATEGORIES = ['A', 'B', 'C', 'D'] as const;
export const ReplyCategorySchema = z.enum(REPLY_CATEGORIES);
export type ReplyCategory = z.infer<typeof ReplyCategorySchema>;

/** 采纳情况: what the reply says of the deputy's measures. */
export const ADOPTIONS = ['adopted', 'partlyAdopted', 'notAdopted'] as const;
export const AdoptionSchema = z.enum(ADOPTIONS);
export type Adoption = z.infer<typeof AdoptionSchema>;

/** 满意 / 基本满意 / 不满意. */
export const SATISFACTIONS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export const SatisfactionSchema = z.enum(SATISFACTIONS);
export type Satisfaction = z.infer<typeof SatisfactionSchema>;

/** The reply is due 3 months after assignment; the handling unit may have it extended, to 6 at most. */
export const REPLY_MONTHS_DEFAULT = 3;
export const REPLY_MONTHS_MAX = 6;

const line = z.string().max(DRAFT_LINE_MAX);
const text = z.string().max(DRAFT_TEXT_MAX);

/** Something the reply promises to do (承诺事项), by a date, and whether it was done. */
export const PromisedActionSchema = z.object({
  id: PromiseIdSchema,
  text: line,
  dueOn: OptionalDateSchema,
  /** When the deputy saw it done; '' while open. */
  doneOn: OptionalDateSchema,
  /** What the follow-up found. */
  note: line,
});
export type PromisedAction = z.infer<typeof PromisedActionSchema>;

/** What the deputy records after submission (everything but the draft's own text). */
export const SubmissionFieldsSchema = z.object({
  /** 建议编号 / 议案号, given by the congress office. */
  number: line,
  submittedOn: OptionalDateSchema,
  /** 主办单位. */
  leadUnit: line,
  /** 协办单位, as written (several names). */
  assistingUnits: line,
  /** 交办日期: the reply falls due `replyMonths` after it. */
  assignedOn: OptionalDateSchema,
  replyMonths: z.number().int().min(REPLY_MONTHS_DEFAULT).max(REPLY_MONTHS_MAX),
  repliedOn: OptionalDateSchema,
  category: ReplyCategorySchema.nullable(),
  adoption: AdoptionSchema.nullable(),
  /** The reply's text, typed or taken from its file. */
  replyText: text,
  /** 对办理工作 (contact, attitude) and 对办理结果 (the outcome). */
  handlingSatisfaction: SatisfactionSchema.nullable(),
  resultSatisfaction: SatisfactionSchema.nullable(),
  /** 要求重新办理: the new reply is due within one month. */
  rehandlingRequestedOn: OptionalDateSchema,
  rehandlingRepliedOn: OptionalDateSchema,
  promises: z.array(PromisedActionSchema).max(100),
});
export type SubmissionFields = z.infer<typeof SubmissionFieldsSchema>;

export const SubmissionSchema = SubmissionFieldsSchema.extend({
  id: SubmissionIdSchema,
  draftId: DraftIdSchema,
  /** The draft as it was handed in: its kind, title, language and deputy. */
  kind: DraftKindSchema,
  title: line,
  language: LanguageSchema,
  leadDeputy: line,
  delegation: line,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When the deputy withdrew it (it waits in the bin, restorable); null or absent while it stands. Absent in files written before withdrawing existed. */
  deletedAt: z.iso.datetime().nullable().optional(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

export const EMPTY_SUBMISSION_FIELDS: SubmissionFields = {
  number: '',
  submittedOn: '',
  leadUnit: '',
  assistingUnits: '',
  assignedOn: '',
  replyMonths: REPLY_MONTHS_DEFAULT,
  repliedOn: '',
  category: null,
  adoption: null,
  replyText: '',
  handlingSatisfaction: null,
  resultSatisfaction: null,
  rehandlingRequestedOn: '',
  rehandlingRepliedOn: '',
  promises: [],
};
