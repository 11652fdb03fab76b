import { z } from 'zod';
import { BinEntrySchema, BinKindSchema, BinRefSchema } from '../domain/bin';
import { type ApiEntries, NoInput } from './contract-parts';

export const binApi = {
  /**
   * Removed records (annotations, drafts, documents, agenda items, candidates, speech cards, withdrawn submissions), newest removal first.
   * `sinceAppStart`: only this run's removals, the undo history that a page reload keeps.
   */
  'bin.list': {
    effect: 'read',
    input: z
      .object({
        kinds: z.array(BinKindSchema).min(1).max(10).optional(),
        sinceAppStart: z.boolean().default(false),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    output: z.array(BinEntrySchema),
  },
  /** Puts one removed record back (undo); answers the entry it had in the bin. */
  'bin.restore': { effect: 'write', input: BinRefSchema, output: BinEntrySchema },
  /** How many removed documents wait in the bin (deleted for good after `keptDays`). */
  'bin.summary': { effect: 'read', input: NoInput, output: z.object({ documents: z.number().int().min(0), keptDays: z.number().int() }) },
  /** "Empty removed items": every removed document deleted for good, with its annotations; its text files freed. */
  'bin.empty': {
    effect: 'write',
    input: NoInput,
    output: z.object({ documents: z.number().int().min(0), freedTexts: z.number().int().min(0) }),
  },
} as const satisfies ApiEntries<'bin'>;
