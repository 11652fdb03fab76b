import type { z } from 'zod';
import type { ErrorMessageKey } from '../../shared/i18n/error-messages';
import type { Store } from '../storage/store';
import type { StoreData } from '../storage/store-schema';
import { storedRecord } from '../storage/stored-record';
import { DomainError } from './domain-error';

/**
 * One of the store's collections of removable records (drafts, vote items, speech cards, submissions), as the
 * services read and change it: a record looked up by id in the state asked for (standing or removed), and a
 * change that puts a new frozen record in its place (stored-record.ts says why records are never mutated).
 */
export function recordCollection<T extends { readonly id: string }>(
  store: Store,
  spec: {
    schema: z.ZodType<T>;
    records: (data: StoreData) => T[];
    isRemoved: (record: T) => boolean;
    /** The error when no standing record has the id, and when no removed one has it. */
    notFound: ErrorMessageKey;
    noRemoved: ErrorMessageKey;
  },
) {
  const find = (id: string, removed: boolean): T => {
    const record = spec.records(store.data).find((r) => r.id === id);
    if (!record || spec.isRemoved(record) !== removed) throw new DomainError('NOT_FOUND', removed ? spec.noRemoved : spec.notFound);
    return record;
  };
  /**
   * The record's successor is worked out and checked before the store is touched, so a refusal (from `change`
   * or the schema) leaves it as it was; the new record keeps the old one's place in the list.
   * Async, so a refusal is a rejected promise like any other failure of a change, never a throw.
   */
  const replace = async (id: string, removed: boolean, change: (current: T) => T): Promise<T> => {
    const next = storedRecord(spec.schema, change(find(id, removed)));
    return store.update((data) => {
      const list = spec.records(data);
      list[list.findIndex((r) => r.id === id)] = next;
      return next;
    });
  };
  return { find, replace };
}
