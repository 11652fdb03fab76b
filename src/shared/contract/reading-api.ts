import { z } from 'zod';
import { DocumentIdSchema, ReadingPositionSchema } from '../domain/document';
import { type ApiEntries, DocumentRef } from './contract-parts';

export const readingApi = {
  'reading.getPosition': {
    effect: 'read',
    input: DocumentRef,
    output: ReadingPositionSchema.nullable(),
  },
  'reading.setPosition': {
    effect: 'write',
    input: z.object({ documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict(),
    output: ReadingPositionSchema,
  },
} as const satisfies ApiEntries<'reading'>;
