import { z } from 'zod';
import { ReanchoredSchema, ReanchorJobSchema } from '../anchoring/reanchor-messages';
import { CompareVersionsJobSchema } from '../compare/compare-job';
import { ComparisonSchema } from '../compare/comparison-schema';
import { ImportRefusalSchema } from '../domain/import-refusal';
import type { JobContract } from './worker-protocol';

/**
 * Every job the app runs in a capped worker (src/main/workers): its input, its result and the
 * reason it gives when it refuses its input. A job's handler is in src/main/workers/app-jobs.ts.
 */
export const jobContract = {
  /** A report file's text (any import format), or why it cannot be imported. */
  'import.readFile': {
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes must be a Uint8Array'),
      })
      .strict(),
    output: z.object({ text: z.string(), format: z.string() }).strict(),
    refusal: ImportRefusalSchema,
  },
  /** A revision's annotations re-anchored (src/shared/anchoring/reanchor-batch.ts): one result per target, in order. */
  'anchor.reanchor': {
    input: ReanchorJobSchema,
    output: z.array(ReanchoredSchema),
    refusal: z.never(),
  },
  /** Two versions of a document compared (src/shared/compare/compare-versions.ts). */
  'compare.versions': {
    input: CompareVersionsJobSchema,
    output: ComparisonSchema,
    refusal: z.never(),
  },
} as const satisfies JobContract;

export type AppJobContract = typeof jobContract;
