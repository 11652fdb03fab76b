import type { DraftContent } from '../../../shared/domain/draft';

/** What the deputy changed in a draft and is not saved yet: any subset of its fields. */
export type DraftChange = Partial<DraftContent>;

/** Changes that could not be saved, by draft: kept when the editor closes, and retried when it opens again. */
export type UnsavedChanges = Map<string, DraftChange>;

/** Two waiting changes as one: the newer value of a field wins. */
export const mergeChanges = (older: DraftChange, newer: DraftChange): DraftChange => ({ ...older, ...newer });
