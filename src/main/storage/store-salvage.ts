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

const shape = StoreDataSchema.shape;
const LISTS = {
  documents: shape.documents.element,
  annotations: shape.annotations.element,
  drafts: shape.drafts.element,
  voteItems: shape.voteItems.element,
  notices: shape.notices.element,
  seededBundles: shape.seededBundles.element,
} as const;
const MAPS = { readingPositions: shape.readingPositions.valueType, inlineTexts: shape.inlineTexts.unwrap().valueType } as const;
const WHOLE = { settings: shape.settings, profile: shape.profile } as const;

/**
 * Loads every record of a (migrated) store object that validates and sets aside the ones that do
 * not, instead of refusing the whole file for one bad field. Lists are checked record by record,
 * maps entry by entry, settings and profile whole (a bad one falls back to the defaults). An
 * annotation whose document was set aside goes with it, so nothing kept points at a missing document.
 * A file whose shape itself is broken (a list missing or not a list) is not salvaged: the answer
 * is then the reason, and the caller falls back to the newest good backup.
 */
export function salvageStoreData(raw: Record<string, unknown>): Salvaged | string {
  const data = createDefaultData();
  const setAside: SetAsideRecord[] = [];
  const put = <K extends keyof StoreData>(key: K, value: StoreData[K]) => {
    data[key] = value;
  };

  for (const [key, schema] of Object.entries(LISTS) as [keyof typeof LISTS, z.ZodType][]) {
    const value = raw[key];
    if (!Array.isArray(value)) return `its content is invalid at ${key}: ${value === undefined ? 'missing' : 'not a list'}`;
    const kept: unknown[] = [];
    for (const record of value) {
      const checked = schema.safeParse(record);
      if (checked.success) kept.push(checked.data);
      else setAside.push({ collection: key, id: idOf(record), problem: describe(checked.error), record });
    }
    put(key, kept as never);
  }

  for (const [key, schema] of Object.entries(MAPS) as [keyof typeof MAPS, z.ZodType][]) {
    const value = raw[key];
    if (value === undefined && key === 'inlineTexts') continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `its content is invalid at ${key}: not a table of entries`;
    const kept: Record<string, unknown> = {};
    for (const [entryKey, entry] of Object.entries(value)) {
      const checked = (key === 'inlineTexts' ? shape.inlineTexts.unwrap().keyType : shape.readingPositions.keyType).safeParse(entryKey)
        .success
        ? schema.safeParse(entry)
        : null;
      if (checked?.success) kept[entryKey] = checked.data;
      else
        setAside.push({
          collection: key,
          id: entryKey,
          problem: checked ? describe(checked.error) : 'its key is not valid',
          record: entry,
        });
    }
    put(key, kept as never);
  }

  // Settings and profile field by field: a bad field falls back to its default, the others stay.
  for (const [key, schema] of Object.entries(WHOLE) as [keyof typeof WHOLE, z.ZodType][]) {
    const value = raw[key];
    const checked = schema.safeParse(value);
    if (checked.success) {
      put(key, checked.data as never);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      setAside.push({ collection: key, id: null, problem: describe(checked.error), record: value });
      continue;
    }
    let kept: Record<string, unknown> = { ...data[key] };
    for (const [field, fieldValue] of Object.entries(value)) {
      const tried = schema.safeParse({ ...kept, [field]: fieldValue });
      if (tried.success) kept = tried.data as Record<string, unknown>;
      else setAside.push({ collection: key, id: field, problem: describe(tried.error), record: fieldValue });
    }
    put(key, kept as never);
  }

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

  // Whatever was kept validates as a whole (the same check every start makes).
  const whole = StoreDataSchema.safeParse({ ...data, schemaVersion: CURRENT_SCHEMA_VERSION });
  if (!whole.success) return `its content is invalid at ${describe(whole.error)}`;
  return { data: whole.data, setAside };
}

function idOf(record: unknown): string | null {
  if (typeof record === 'string') return record.slice(0, 200);
  if (typeof record !== 'object' || record === null) return null;
  const id = (record as Record<string, unknown>).id;
  return typeof id === 'string' ? id.slice(0, 200) : null;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`.slice(0, 300);
}
