import { z } from 'zod';
import { NoticeSchema } from '../domain/notice';
import { StorageHealthSchema } from '../domain/storage-health';
import { type ApiEntries, NoInput } from './contract-parts';

export const appApi = {
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
