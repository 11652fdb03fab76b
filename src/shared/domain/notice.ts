import { z } from 'zod';

/** The store's collections a record can be set aside from (salvage of a partly invalid file). */
export const SET_ASIDE_COLLECTIONS = [
  'documents',
  'annotations',
  'drafts',
  'voteItems',
  'notices',
  'readingPositions',
  'seededBundles',
  'inlineTexts',
  'settings',
  'profile',
  'targetCorrections',
  'submissions',
  'speechCards',
  'coSignPackets',
  'coSignConfirmations',
  'coSignRequests',
] as const;

/** One record of a damaged store file that did not validate and was set aside. */
export const SetAsideItemSchema = z.object({
  collection: z.enum(SET_ASIDE_COLLECTIONS),
  /** The record's id (or key) when it had a readable one. */
  id: z.string().nullable(),
  /** What is wrong with it, in plain words (from the validation). */
  problem: z.string(),
});
export type SetAsideItem = z.infer<typeof SetAsideItemSchema>;

/**
 * Something the app did on the deputy's behalf that they must be told about: a damaged store file
 * set aside ('store-recovered'), a partly invalid one whose bad records were set aside and the rest
 * loaded ('store-salvaged'), or an emergency copy of unsaved changes left by the last quit
 * ('emergency-copy', restorable with "Your data → Restore"), or removed documents deleted for good
 * after 30 days in the bin ('bin-purged').
 */
export const NoticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['store-recovered', 'store-salvaged', 'emergency-copy', 'bin-purged', 'texts-lost']),
  /** Where the damaged file was moved, where the set-aside records are, or where the emergency copy is. */
  path: z.string(),
  /** Why it could not be used, in plain words. */
  reason: z.string(),
  /** The backup loaded instead, or null when no good backup existed (a fresh start). */
  restoredFrom: z.string().nullable().default(null),
  /** 'store-salvaged': where the original damaged file was kept, unchanged (null when it could not be moved). */
  original: z.string().nullable().default(null),
  /** 'store-salvaged': the records set aside (the first ones; `setAsideCount` says how many in all). */
  setAside: z.array(SetAsideItemSchema).max(200).default([]),
  setAsideCount: z.number().int().min(0).default(0),
  /** 'bin-purged': the titles of the removed documents deleted for good (removed more than 30 days before). */
  titles: z.array(z.string().max(300)).max(200).default([]),
  /**
   * 'texts-lost': the document versions whose text went with a data folder deleted while running
   * and was no longer in memory to be written again.
   */
  lostTexts: z
    .array(z.object({ title: z.string().max(300), version: z.number().int().min(1), current: z.boolean() }))
    .max(200)
    .default([]),
  at: z.iso.datetime(),
});
export type Notice = z.infer<typeof NoticeSchema>;
