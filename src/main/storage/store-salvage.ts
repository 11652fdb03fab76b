import type { z } from 'zod';
import type { SetAsideItem } from '../../shared/domain/notice';
import { createDefaultData, CURRENT_SCHEMA_VERSION, StoreDataSchema, type StoreData } from './store-schema';

/** A record that did not validate, with the record itself (it goes to the set-aside file, never lost). */
export interface SetAsideRecord extends SetAsideItem {
  record: unknown;
}

export interface Salvaged {
  data: StoreData;
  setAside: SetAsideRecord[];
}

type Collection = SetAsideItem['collection'];
const shape = StoreDataSchema.shape;
const LISTS: [Collection, z.ZodType][] = [
  ['documents', shape.documents.element],
  ['annotations', shape.annotations.element],
  ['drafts', shape.drafts.element],
  ['voteItems', shape.voteItems.element],
  ['notices', shape.notices.element],
  ['seededBundles', shape.seededBundles.element],
  ['targetCorrections', shape.targetCorrections.element],
  ['submissions', shape.submissions.element],
  ['speechCards', shape.speechCards.element],
  ['coSignPackets', shape.coSignPackets.element],
  ['coSignConfirmations', shape.coSignConfirmations.element],
  ['coSignRequests', shape.coSignRequests.element],
];
/** Each map with its key and value schemas. */
const MAPS: [Collection, z.ZodType, z.ZodType][] = [
  ['readingPositions', shape.readingPositions.keyType, shape.readingPositions.valueType],
  ['inlineTexts', shape.inlineTexts.unwrap().keyType, shape.inlineTexts.unwrap().valueType],
];

/**
 * Loads every record of a (migrated) store object that validates and sets aside the ones that do
 * not, instead of refusing the whole file for one bad field. Lists are checked record by record,
 * maps entry by entry, settings and profile whole (a bad one falls back to the defaults). An
 * annotation whose document was set aside goes with it, so nothing kept points at a missing document.
 * A file whose shape itself is broken (a list missing or not a list) is not salvaged: the answer
 * is then the reason, and the caller falls back to the newest good backup.
 */
export function salvageStoreData(raw: Record<string, unknown>): Salvaged | string {
  const defaults = createDefaultData();
  // What is kept, collection by collection; the whole is validated (and typed) at the end.
  const kept: Record<string, unknown> = {};
  const setAside: SetAsideRecord[] = [];

  for (const [key, schema] of LISTS) {
    const value = raw[key];
    if (!Array.isArray(value)) return `its content is invalid at ${key}: ${value === undefined ? 'missing' : 'not a list'}`;
    const records: unknown[] = [];
    for (const record of value) {
      const checked = schema.safeParse(record);
      if (checked.success) records.push(checked.data);
      else setAside.push({ collection: key, id: idOf(record), problem: describe(checked.error), record });
    }
    kept[key] = records;
  }

  for (const [key, keySchema, schema] of MAPS) {
    const value = raw[key];
    if (value === undefined && key === 'inlineTexts') continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `its content is invalid at ${key}: not a table of entries`;
    const entries: Record<string, unknown> = {};
    for (const [entryKey, entry] of Object.entries(value)) {
      const checked = keySchema.safeParse(entryKey).success ? schema.safeParse(entry) : null;
      if (checked?.success) entries[entryKey] = checked.data;
      else
        setAside.push({
          collection: key,
          id: entryKey,
          problem: checked ? describe(checked.error) : 'its key is not valid',
          record: entry,
        });
    }
    kept[key] = entries;
  }

  // Settings and profile field by field: a bad field falls back to its default, the others stay.
  kept.settings = salvageFields('settings', shape.settings, raw.settings, defaults.settings, setAside);
  kept.profile = salvageFields('profile', shape.profile, raw.profile, defaults.profile, setAside);

  // Whatever was kept validates as a whole (the same check every start makes).
  const whole = StoreDataSchema.safeParse({ ...defaults, ...kept, schemaVersion: CURRENT_SCHEMA_VERSION });
  if (!whole.success) return `its content is invalid at ${describe(whole.error)}`;
  const data = whole.data;

  // Annotations of a document that was set aside go too (they would point at nothing).
  const goneDocuments = new Set(setAside.filter((item) => item.collection === 'documents' && item.id !== null).map((item) => item.id));
  if (goneDocuments.size > 0) {
    data.annotations = data.annotations.filter((annotation) => {
      if (!goneDocuments.has(annotation.documentId)) return true;
      setAside.push({
        collection: 'annotations',
        id: annotation.id,
        problem: `its document ${annotation.documentId} was set aside`,
        record: annotation,
      });
      return false;
    });
  }
  return { data, setAside };
}

/** A whole record (settings, profile) as it validates, or its defaults with each field that validates on top. */
function salvageFields<T extends Record<string, unknown>>(
  key: Collection,
  schema: z.ZodType<T>,
  value: unknown,
  fallback: T,
  setAside: SetAsideRecord[],
): T {
  const checked = schema.safeParse(value);
  if (checked.success) return checked.data;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    setAside.push({ collection: key, id: null, problem: describe(checked.error), record: value });
    return fallback;
  }
  let kept: T = { ...fallback };
  for (const [field, fieldValue] of Object.entries(value)) {
    const tried = schema.safeParse({ ...kept, [field]: fieldValue });
    if (tried.success) kept = tried.data;
    else setAside.push({ collection: key, id: field, problem: describe(tried.error), record: fieldValue });
  }
  return kept;
}

function idOf(record: unknown): string | null {
  if (typeof record === 'string') return record.slice(0, 200);
  if (typeof record !== 'object' || record === null) return null;
  const id = 'id' in record ? record.id : undefined;
  return typeof id === 'string' ? id.slice(0, 200) : null;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`.slice(0, 300);
}
