import { z } from 'zod';
import { DeliverySchema } from '../domain/delivery';
import { DocumentIdSchema } from '../domain/document';
import { LanguageSchema } from '../domain/settings';
import { FigureQuoteSchema, TargetCorrectionSchema, VerdictSchema } from '../targets/target-correction';
import { type ApiEntries } from './contract-parts';

const PairedFigureSchema = z.object({
  figureId: z.string(),
  paragraphId: z.string(),
  citation: z.string(),
  /** The figure as the report writes it, with its qualifier ("around 6%"). */
  text: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  sentence: z.string(),
  /** Where `text` is in the document's text (annotation and draft offsets). */
  passage: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
});
export type PairedFigureRow = z.infer<typeof PairedFigureSchema>;

const BoundSchema = z.enum(['at least', 'at most', 'around']);

/** One of last year's targets with the result this year's report gives for it (src/shared/targets/pair-targets.ts). */
export const TargetPairingSchema = z.object({
  /** The lexicon's indicator id ("gdp", "cpi"), or null for a target paired by its words. */
  indicator: z.string().nullable(),
  target: PairedFigureSchema.extend({ bound: BoundSchema }),
  result: PairedFigureSchema.nullable(),
  verdict: VerdictSchema,
  /** How far the result fell short, in the target's unit, when missed. */
  shortfall: z.number().nullable(),
  /** The deputy's correction of this row, with the app's own answer (src/shared/targets/apply-corrections.ts). */
  correction: z
    .object({
      id: z.string(),
      resultChanged: z.boolean(),
      verdictChanged: z.boolean(),
      automatic: z.object({ resultText: z.string().nullable(), resultCitation: z.string().nullable(), verdict: VerdictSchema }),
      /** The result the deputy chose, gone from this year's report. */
      staleResult: FigureQuoteSchema.nullable(),
    })
    .nullable(),
});
export type TargetPairingRow = z.infer<typeof TargetPairingSchema>;

export const TargetPairSchema = z.object({ lastYearId: DocumentIdSchema, thisYearId: DocumentIdSchema }).strict();
export type TargetPair = z.infer<typeof TargetPairSchema>;

export const TargetsTableSchema = z.object({
  rows: z.array(TargetPairingSchema),
  /** Corrections whose target is no longer in last year's report. */
  stale: z.array(TargetCorrectionSchema),
});

/** One indicator's targets for the same year in two or more of the library's documents (src/shared/targets/consistency.ts). */
export const TargetComparisonSchema = z.object({
  indicator: z.string(),
  unit: z.string().nullable(),
  statements: z.array(PairedFigureSchema.extend({ documentId: DocumentIdSchema, title: z.string(), bound: BoundSchema })),
  consistent: z.boolean(),
});
export type TargetComparison = z.infer<typeof TargetComparisonSchema>;

export const targetsApi = {
  /** Last year's report's targets, each paired with this year's reported result and a verdict, as the deputy corrected them. Changes nothing. */
  'targets.pair': { effect: 'read', input: TargetPairSchema, output: TargetsTableSchema },
  /**
   * The report of the year before for a document (same kind, year − 1 by the titles); without
   * `thisYearId`, the library's latest such pair. Null when the library holds none.
   */
  'targets.suggestPair': {
    effect: 'read',
    input: z.object({ thisYearId: DocumentIdSchema.optional() }).strict(),
    output: TargetPairSchema.nullable(),
  },
  /** This year's figures a target may be paired with instead (results, not this year's own targets), in reading order. */
  'targets.results': { effect: 'read', input: z.object({ documentId: DocumentIdSchema }).strict(), output: z.array(PairedFigureSchema) },
  /**
   * Corrects one row (by its target's figure id in the current pairing): another result, "not
   * reported", or null to keep the app's pairing; a verdict, or null to let the app judge. Both null
   * removes the correction (the answer is then null).
   */
  'targets.correct': {
    effect: 'write',
    input: TargetPairSchema.extend({
      targetFigureId: z.string().min(1).max(200),
      result: z.union([z.object({ figureId: z.string().min(1).max(200) }).strict(), z.literal('not reported'), z.null()]),
      verdict: VerdictSchema.nullable(),
    }).strict(),
    output: TargetCorrectionSchema.nullable(),
  },
  /** Removes a correction (a stale one, whose target is gone). */
  'targets.removeCorrection': {
    effect: 'write',
    input: z.object({ correctionId: z.string().min(1).max(100) }).strict(),
    output: TargetCorrectionSchema,
  },
  /** The year's targets of a document beside those the library's other documents set for the same year, flagged where they differ. */
  'targets.consistency': {
    effect: 'read',
    input: z.object({ documentId: DocumentIdSchema }).strict(),
    output: z.array(TargetComparisonSchema),
  },
  /** The table (indicator, target, result, verdict, citations) as a DOCX in the official layout. */
  'targets.exportDocx': {
    effect: 'read',
    input: TargetPairSchema.extend({ language: LanguageSchema }).strict(),
    output: DeliverySchema,
  },
} as const satisfies ApiEntries<'targets'>;
