import { z } from 'zod';
import { DeliverySchema } from '../domain/delivery';
import { type ApiEntries, NoInput } from './contract-parts';

/** A backup file held by the main side for a restore (uploaded to the web host, or picked in the open dialog). */
export const IncomingFileSchema = z.object({ fileId: z.string(), fileName: z.string() });
export const RestoreSummarySchema = z.object({
  documents: z.number(),
  annotations: z.number(),
  drafts: z.number(),
  previousKeptAt: z.string().nullable(),
});

export const dataApi = {
  /** Everything (store and document texts), as one archive file the deputy keeps where they like. */
  'data.exportBackup': {
    effect: 'read',
    input: NoInput,
    output: DeliverySchema,
  },
  /** Desktop app: the open dialog; the main side reads the picked file itself (the web host uploads it instead). */
  'data.chooseBackupFile': {
    effect: 'read',
    input: NoInput,
    output: IncomingFileSchema.nullable(),
  },
  /** Restores a backup file chosen or uploaded before: validated first, the current data kept as a backup. */
  'data.restoreBackup': {
    effect: 'write',
    input: z.object({ fileId: z.string().min(1).max(100) }).strict(),
    output: RestoreSummarySchema,
  },
  /** Restores the emergency copy an 'emergency-copy' notice names (checked like a backup file; the current data kept first). */
  'data.restoreEmergencyCopy': {
    effect: 'write',
    input: z.object({ noticeId: z.string().min(1).max(100) }).strict(),
    output: RestoreSummarySchema,
  },
} as const satisfies ApiEntries<'data'>;
