import { z } from 'zod';

/** Something the app did on the deputy's behalf that they must be told about (e.g. a damaged store file set aside). */
export const NoticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['store-recovered']),
  /** Where the damaged file was moved. */
  path: z.string(),
  /** Why it could not be used, in plain words. */
  reason: z.string(),
  /** The backup loaded instead, or null when no good backup existed (a fresh start). */
  restoredFrom: z.string().nullable().default(null),
  at: z.iso.datetime(),
});
export type Notice = z.infer<typeof NoticeSchema>;
