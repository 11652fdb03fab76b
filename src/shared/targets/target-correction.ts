/**
 * The deputy's correction of one row of the Targets and results table: another result (a figure of
 * this year's report, or "not reported") and/or another verdict. It is keyed by the two documents
 * and by the words of the figures (their text and sentence), not by paragraph ids or offsets, so a
 * revised version of either report keeps it: the row is found again by its words, or the correction
 * is shown as stale (the passage is gone), never silently dropped.
 */
import { z } from 'zod';
import { DocumentIdSchema } from '../domain/document';

export const VERDICTS = ['met', 'exceeded', 'missed', 'not reported', 'unclear'] as const;
export const VerdictSchema = z.enum(VERDICTS);

/** A figure by its words: as the report writes it, its sentence, and where it was (for a stale correction's message). */
export const FigureQuoteSchema = z
  .object({
    text: z.string().min(1).max(500),
    sentence: z.string().max(5000),
    citation: z.string().max(100),
  })
  .strict();
export type FigureQuote = z.infer<typeof FigureQuoteSchema>;

export const CorrectedResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('figure'), figure: FigureQuoteSchema }).strict(),
  z.object({ kind: z.literal('not reported') }).strict(),
]);
export type CorrectedResult = z.infer<typeof CorrectedResultSchema>;

export const TargetCorrectionSchema = z
  .object({
    id: z.string().min(1).max(100),
    lastYearId: DocumentIdSchema,
    thisYearId: DocumentIdSchema,
    /** The target the row is for. */
    target: FigureQuoteSchema.extend({ indicator: z.string().max(100).nullable() }).strict(),
    /** The result the deputy chose instead of the app's pairing; null keeps the app's pairing. */
    result: CorrectedResultSchema.nullable(),
    /** The verdict the deputy gave; null lets the app judge (the chosen result, if any). */
    verdict: VerdictSchema.nullable(),
    updatedAt: z.iso.datetime(),
  })
  .strict();
export type TargetCorrection = z.infer<typeof TargetCorrectionSchema>;
