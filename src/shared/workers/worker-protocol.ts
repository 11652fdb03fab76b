import { z } from 'zod';

/**
 * What crosses the boundary between the main process and a job worker (a worker thread today, an
 * Electron utility process later). Both sides validate every message with these schemas; a job's
 * own input, output and refusal are validated with the schemas of its entry in the job contract.
 */

/** The job a worker is given (its first and only message from the main side). */
export const JobRequestSchema = z.object({ job: z.string().min(1).max(100), input: z.unknown() }).strict();
export type JobRequest = z.infer<typeof JobRequestSchema>;

/** How far a job has come: a stage name, and a count when the job knows one (`total` null when it does not). */
export const JobProgressSchema = z
  .object({
    stage: z.string().min(1).max(50),
    done: z.number().int().min(0),
    total: z.number().int().min(0).nullable(),
  })
  .strict();
export type JobProgress = z.infer<typeof JobProgressSchema>;

export const WorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: JobProgressSchema }).strict(),
  z.object({ type: z.literal('done'), output: z.unknown() }).strict(),
  /** The job looked at its input and refused it (a limit of its own, such as a paragraph cap). */
  z.object({ type: z.literal('refused'), reason: z.unknown() }).strict(),
  /** The job failed unexpectedly (a bug, not bad input). */
  z.object({ type: z.literal('failed'), message: z.string().max(2000) }).strict(),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;

/** One job: the schemas of its input, of what it answers, and of the reason it gives when it refuses its input. */
export interface JobSpec {
  input: z.ZodType;
  output: z.ZodType;
  refusal: z.ZodType;
}
export type JobContract = Record<string, JobSpec>;
