import { z } from 'zod';
import { DocumentIdSchema } from '../domain/document';
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
});

/** One of last year's targets with the result this year's report gives for it (src/shared/targets/pair-targets.ts). */
export const TargetPairingSchema = z.object({
  /** The lexicon's indicator id ("gdp", "cpi"), or null for a target paired by its words. */
  indicator: z.string().nullable(),
  target: PairedFigureSchema.extend({ bound: z.enum(['at least', 'at most', 'around']) }),
  result: PairedFigureSchema.nullable(),
  verdict: z.enum(['met', 'exceeded', 'missed', 'not reported', 'unclear']),
  /** How far the result fell short, in the target's unit, when missed. */
  shortfall: z.number().nullable(),
});
export type TargetPairingRow = z.infer<typeof TargetPairingSchema>;

export const TargetPairSchema = z.object({ lastYearId: DocumentIdSchema, thisYearId: DocumentIdSchema }).strict();
export type TargetPair = z.infer<typeof TargetPairSchema>;

export const targetsApi = {
  /** Last year's report's targets, each paired with this year's reported result and a verdict. Changes nothing. */
  'targets.pair': { effect: 'read', input: TargetPairSchema, output: z.array(TargetPairingSchema) },
  /**
   * The report of the year before for a document (same kind, year − 1 by the titles); without
   * `thisYearId`, the library's latest such pair. Null when the library holds none.
   */
  'targets.suggestPair': {
    effect: 'read',
    input: z.object({ thisYearId: DocumentIdSchema.optional() }).strict(),
    output: TargetPairSchema.nullable(),
  },
} as const satisfies ApiEntries<'targets'>;
