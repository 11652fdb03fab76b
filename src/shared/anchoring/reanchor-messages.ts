/**
 * What crosses the thread boundary of the re-anchoring job (src/shared/workers/job-contract.ts),
 * validated on both sides: the job going in and the results coming out, so that a broken worker
 * cannot write garbage into the store.
 */
import { z } from 'zod';
import { AnchorStatusSchema, AnnotationTargetSchema } from '../domain/annotation';

const DocumentTextSchema = z.object({
  text: z.string(),
  paragraphs: z.array(z.object({ id: z.string(), citation: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) })),
});

export const ReanchorJobSchema = z.object({
  targets: z.array(AnnotationTargetSchema),
  next: DocumentTextSchema,
  previous: DocumentTextSchema.optional(),
  searchSteps: z.number().int().positive().optional(),
});

export const ReanchoredSchema = z.object({ status: AnchorStatusSchema, target: AnnotationTargetSchema });
