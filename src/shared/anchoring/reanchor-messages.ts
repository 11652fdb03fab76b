/**
 * What crosses the thread boundary of the re-anchoring worker, validated on both sides: the job
 * going in, and progress and results coming out (so a broken worker cannot write garbage into the
 * store).
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

export const ReanchorWorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number().int().min(0), total: z.number().int().min(0) }),
  z.object({ type: z.literal('done'), results: z.array(ReanchoredSchema) }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type ReanchorWorkerMessage = z.infer<typeof ReanchorWorkerMessageSchema>;
