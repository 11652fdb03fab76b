import { z } from 'zod';

/**
 * Something the app did on the deputy's behalf that they must be told about: a damaged store file
 * set aside ('store-recovered'), or an emergency copy of unsaved changes left by the last quit
 * ('emergency-copy', restorable with "Your data → Restore").
 */
export const NoticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['store-recovered', 'emergency-copy']),
  /** Where the damaged file was moved, or where the emergency copy is. */
  path: z.string(),
  /** Why it could not be used, in plain words. */
  reason: z.string(),
  /** The backup loaded instead, or null when no good backup existed (a fresh start). */
  restoredFrom: z.string().nullable().default(null),
  at: z.iso.datetime(),
});
export type Notice = z.infer<typeof NoticeSchema>;
