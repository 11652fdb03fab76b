import { z } from 'zod';
import { LanguageSchema } from './settings';

export const DRAFT_KINDS = ['suggestion', 'proposal'] as const;
export const DraftKindSchema = z.enum(DRAFT_KINDS);
export type DraftKind = z.infer<typeof DraftKindSchema>;

/** Long enough for any real field; a 100,000-character field must still export across pages. */
export const DRAFT_TEXT_MAX = 200_000;
export const DRAFT_LINE_MAX = 500;
export const MEASURES_MAX = 200;
export const CO_SIGNERS_MAX = 500;
export const CITATIONS_MAX = 200;

export const DraftIdSchema = z.string().regex(/^d-[a-z0-9-]{6,64}$/, 'not a draft id');

const line = z.string().max(DRAFT_LINE_MAX);
const text = z.string().max(DRAFT_TEXT_MAX);

export const CoSignerSchema = z.object({ name: line, delegation: line, deputyNumber: line });
export type CoSigner = z.infer<typeof CoSignerSchema>;

/** A report passage quoted in a draft, with the citation label it had when quoted. */
export const DraftCitationSchema = z.object({
  documentId: z.string().max(100),
  documentTitle: line,
  paragraphId: z.string().max(200),
  citation: z.string().max(100),
  quote: text,
});
export type DraftCitation = z.infer<typeof DraftCitationSchema>;

/** Everything the deputy writes in a suggestion (建议) or proposal (议案). */
export const DraftContentSchema = z.object({
  kind: DraftKindSchema,
  language: LanguageSchema,
  title: line,
  category: line,
  /** 案由 / reasons. Paragraphs separated by blank lines or line breaks. */
  reasons: text,
  /** 案据 / basis and analysis. */
  basis: text,
  /** 方案 / measures: numbered items. */
  measures: z.array(text).max(MEASURES_MAX),
  citations: z.array(DraftCitationSchema).max(CITATIONS_MAX),
  leadDeputy: line,
  delegation: line,
  deputyNumber: line,
  contact: line,
  coSigners: z.array(CoSignerSchema).max(CO_SIGNERS_MAX),
  /** ISO date (YYYY-MM-DD) shown on the document; empty until set. */
  date: z.union([z.iso.date(), z.literal('')]),
  // Added later (optional: drafts written before read as "not legislative, nothing attached").
  /** A legislative proposal (法规案): it asks the congress to make or amend a regulation. */
  legislative: z.boolean().optional(),
  /** The draft text of the regulation a legislative proposal attaches, pasted or read from a text file. */
  attachedDraft: z.object({ fileName: line, text }).optional(),
});
export type DraftContent = z.infer<typeof DraftContentSchema>;

export const DraftSchema = DraftContentSchema.extend({
  id: DraftIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The deputy's own details, entered once; they pre-fill every new draft. */
export const ProfileSchema = z.object({
  name: line,
  delegation: line,
  deputyNumber: line,
  contact: line,
});
export type Profile = z.infer<typeof ProfileSchema>;
export const EMPTY_PROFILE: Profile = { name: '', delegation: '', deputyNumber: '', contact: '' };
