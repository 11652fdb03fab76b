import { z } from 'zod';

/** Whether changes are reaching the disk. While not, they are kept in memory and retried. */
export const StorageHealthSchema = z.object({
  ok: z.boolean(),
  /** Why the last write failed, in plain words, while it fails. */
  problem: z.string().nullable(),
  /** When writing started to fail. */
  failingSince: z.iso.datetime().nullable(),
  lastSavedAt: z.iso.datetime().nullable(),
});
export type StorageHealth = z.infer<typeof StorageHealthSchema>;
