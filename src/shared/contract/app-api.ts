import { z } from 'zod';
import { DocumentSummarySchema, ReadingPositionSchema, ReportDocumentSchema } from '../domain/document';
import { NoticeSchema } from '../domain/notice';
import { SettingsSchema } from '../domain/settings';
import { StorageHealthSchema } from '../domain/storage-health';
import { type ApiEntries, NoInput } from './contract-parts';

export const appApi = {
  /**
   * What the page needs for its first paint, in one call: the settings, the library, the document to
   * open (the one read last, else the first; null when the library is empty) and where the deputy
   * was in it, whether changes reach the disk, and the notices to show.
   */
  'app.boot': {
    effect: 'read',
    input: NoInput,
    output: z.object({
      settings: SettingsSchema,
      library: z.array(DocumentSummarySchema),
      document: ReportDocumentSchema.nullable(),
      position: ReadingPositionSchema.nullable(),
      health: StorageHealthSchema,
      notices: z.array(NoticeSchema),
    }),
  },
  'app.info': {
    effect: 'read',
    input: NoInput,
    output: z.object({
      version: z.string(),
      dataFolder: z.string(),
      notices: z.array(NoticeSchema),
    }),
  },
  /** Whether changes reach the disk; the page polls it to show a persistent warning while they don't. */
  'app.health': {
    effect: 'read',
    input: NoInput,
    output: StorageHealthSchema,
  },
  'app.dismissNotice': {
    effect: 'write',
    input: z.object({ noticeId: z.string().min(1).max(100) }).strict(),
    output: z.null(),
  },
} as const satisfies ApiEntries<'app'>;
