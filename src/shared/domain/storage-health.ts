import { z } from 'zod';

/**
 * Why the data was opened read-only (shown, never written): a newer Deputy Desk wrote the file
 * (its schema version), or the disk refuses writes at start (full, read-only, no permission).
 */
export const ReadOnlyCauseSchema = z.discriminatedUnion('cause', [
  z.object({ cause: z.literal('newer-version'), schemaVersion: z.number().int(), readsUpTo: z.number().int() }),
  z.object({ cause: z.literal('disk'), problem: z.string() }),
]);
export type ReadOnlyCause = z.infer<typeof ReadOnlyCauseSchema>;

/** Whether changes are reaching the disk. While not, they are kept in memory and retried. */
export const StorageHealthSchema = z.object({
  ok: z.boolean(),
  /** Why the last write failed, in plain words, while it fails. */
  problem: z.string().nullable(),
  /** When writing started to fail. */
  failingSince: z.iso.datetime().nullable(),
  lastSavedAt: z.iso.datetime().nullable(),
  /** Set when the data was opened read-only: every change is refused, nothing is written. */
  readOnly: ReadOnlyCauseSchema.nullable().default(null),
});
export type StorageHealth = z.infer<typeof StorageHealthSchema>;
