/**
 * What crosses the thread boundary of the comparison job (src/shared/workers/job-contract.ts): the
 * two versions' outlines and the document's live annotations going in, the comparison coming out,
 * validated on both sides.
 */
import { z } from 'zod';
import { AnnotationSchema } from '../domain/annotation';
import { OutlineSchema } from '../domain/outline';

const VersionToCompareSchema = z.object({ version: z.number().int().min(1), current: z.boolean(), outline: OutlineSchema }).strict();

export const CompareVersionsJobSchema = z
  .object({
    documentId: z.string(),
    title: z.string(),
    from: VersionToCompareSchema,
    to: VersionToCompareSchema,
    annotations: z.array(AnnotationSchema),
  })
  .strict();
