import { rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { TextFile } from 'lowdb/node';
import { DurableFileWriter, writeFileDurably } from './durable-file-writer';
import { wordMessage, type ErrorMessage } from '../../shared/i18n/error-messages';
import { issuePath, issueProblem } from '../../shared/i18n/zod-issue-message';
import { isRecord } from '../../shared/is-record';
import { errorCode } from '../error-code';
import { migrateToCurrent, MigrationError } from './migrations';
import { createDefaultData, CURRENT_SCHEMA_VERSION, StoreDataSchema, type StoreData } from './store-schema';
import { salvageStoreData, type SetAsideRecord } from './store-salvage';
import { createStoreSerializer } from './store-serializer';
import { frozenRecord } from './stored-record';

/** A store file that could not be used and was moved aside, never overwritten. */
export interface SetAsideFile {
  movedTo: string;
  reason: string;
  /** The backup loaded instead, or null when there was none that was good. */
  restoredFrom: string | null;
}

/** A partly invalid store file: its good records were loaded, the others set aside. */
export interface SalvagedFile {
  /** Where the original file was kept, unchanged (null on a read-only start: it stays where it is). */
  original: string | null;
  /** The file holding the records set aside (null on a read-only start: nothing can be written). */
  setAsideFile: string | null;
  items: SetAsideRecord[];
}

/** Reads the newest good backup, if any (see backups.ts). */
export type Recover = () => Promise<{ data: StoreData; from: string } | null>;

/**
 * lowdb adapter for the store file: durable atomic writes (DurableFileWriter: temp file, sync,
 * rename; serialized and coalesced) and, on read, JSON parse → migrations → zod validation. A file that fails any step
 * is renamed to `<name>.damaged-<timestamp>.json`, and `read()` answers the newest good backup
 * (or null, so lowdb starts from defaults); `onSetAside` tells the caller what happened.
 */
export class ValidatedJsonFile implements Adapter<StoreData> {
  readonly #file: string;
  readonly #text: TextFile;
  readonly #writer: DurableFileWriter;
  readonly #serialize = createStoreSerializer();
  readonly #now: () => Date;
  readonly #onSetAside: (event: SetAsideFile) => void;
  readonly #recover: Recover;
  readonly #onSalvaged: (event: SalvagedFile) => void;
  readonly #onNewer: (schemaVersion: number) => void;
  #readOnly: boolean;

  constructor(
    file: string,
    options: {
      now: () => Date;
      onSetAside: (event: SetAsideFile) => void;
      recover?: Recover;
      onSalvaged?: (event: SalvagedFile) => void;
      /** The file was written by a newer version: what validates is shown, nothing is ever written. */
      onNewer?: (schemaVersion: number) => void;
      /** A read-only start (the disk refuses writes): nothing is moved or written, damage is handled in memory. */
      readOnly?: boolean;
    },
  ) {
    this.#file = file;
    this.#text = new TextFile(file);
    this.#writer = new DurableFileWriter(file);
    this.#now = options.now;
    this.#onSetAside = options.onSetAside;
    this.#recover = options.recover ?? (async () => null);
    this.#onSalvaged = options.onSalvaged ?? (() => undefined);
    this.#onNewer = options.onNewer ?? (() => undefined);
    this.#readOnly = options.readOnly ?? false;
  }

  async read(): Promise<StoreData | null> {
    let text: string | null;
    try {
      text = await this.#text.read();
    } catch (error) {
      return this.#setAside(`it could not be read (${errorCode(error) ?? 'error'})`);
    }
    if (text === null) return null;
    const reading = readStoreText(text);
    switch (reading.kind) {
      case 'valid':
        return reading.data;
      case 'unusable':
        return this.#setAside(reading.reason);
      case 'newer':
        this.#readOnly = true;
        this.#onNewer(reading.schemaVersion);
        return reading.data;
      case 'salvaged':
        return this.#salvage(reading.data, reading.setAside);
    }
  }

  write(data: StoreData): Promise<void> {
    // The store refuses changes first (StoreReadOnlyError); this makes sure nothing ever overwrites the file.
    if (this.#readOnly) return Promise.reject(new Error('the data is open read-only'));
    // Compact JSON, records cached by identity (store-serializer.ts): the file is for the app.
    return this.#writer.write(() => this.#serialize(data));
  }

  /** The original is kept (moved aside, as a damaged file), the bad records go to their own file beside it. */
  async #salvage(data: StoreData, items: SetAsideRecord[]): Promise<StoreData> {
    if (this.#readOnly) {
      this.#onSalvaged({ original: null, setAsideFile: null, items });
      return data;
    }
    const original = await this.#moveAside();
    const setAsideFile = this.#sibling('set-aside');
    await writeFileDurably(
      setAsideFile,
      JSON.stringify({ setAsideFrom: original, at: this.#now().toISOString(), records: items }, null, 2),
    );
    this.#onSalvaged({ original, setAsideFile, items });
    return data;
  }

  #sibling(label: string): string {
    const stamp = this.#now().toISOString().replace(/[:.]/g, '-');
    const ext = extname(this.#file);
    return join(dirname(this.#file), `${basename(this.#file, ext)}.${label}-${stamp}${ext || '.json'}`);
  }

  async #setAside(reason: string): Promise<StoreData | null> {
    if (this.#readOnly) {
      const recovered = await this.#recover();
      this.#onSetAside({ movedTo: this.#file, reason, restoredFrom: recovered?.from ?? null });
      return recovered?.data ?? null;
    }
    const movedTo = await this.#moveAside(reason);
    const recovered = await this.#recover();
    this.#onSetAside({ movedTo, reason, restoredFrom: recovered?.from ?? null });
    return recovered?.data ?? null;
  }

  async #moveAside(reason = 'some of its records are invalid'): Promise<string> {
    const movedTo = this.#sibling('damaged');
    try {
      await rename(this.#file, movedTo);
    } catch (error) {
      // Never go on to overwrite a file we could not move out of the way.
      throw new Error(
        `Deputy Desk cannot use its data file ${this.#file} (${reason}) and cannot move it aside ` +
          `(${errorCode(error) ?? 'error'}). Move or repair it, then start again.`,
        { cause: error },
      );
    }
    return movedTo;
  }
}

export type StoreReading =
  | { kind: 'valid'; data: StoreData }
  | { kind: 'salvaged'; data: StoreData; setAside: SetAsideRecord[] }
  /** Written by a newer version: the records this version can read, for a read-only view. */
  | { kind: 'newer'; schemaVersion: number; data: StoreData }
  | { kind: 'unusable'; reason: string };

/**
 * How the store file can be used: whole, salvaged (records that do not validate set aside), as a
 * read-only view (a newer version wrote it), or not at all (not JSON, not a store, unknown shape).
 */
export function readStoreText(text: string): StoreReading {
  const parsedStrictly = parseStoreText(text);
  if ('data' in parsedStrictly) return { kind: 'valid', data: parsedStrictly.data };
  // The notice of a set-aside file is made before the data (and so the deputy's language) is known.
  const strict = wordMessage('en', parsedStrictly.reason.key, parsedStrictly.reason.values);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unusable', reason: strict };
  }
  const version = isRecord(raw) ? raw.schemaVersion : undefined;
  const newer = typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION;
  let migrated: Record<string, unknown>;
  try {
    migrated = newer && isRecord(raw) ? { ...raw, schemaVersion: CURRENT_SCHEMA_VERSION } : migrateToCurrent(raw);
  } catch {
    return { kind: 'unusable', reason: strict };
  }
  const salvaged = salvageStoreData(migrated);
  if (newer)
    return { kind: 'newer', schemaVersion: version, data: typeof salvaged === 'string' ? createDefaultData() : frozen(salvaged.data) };
  if (typeof salvaged === 'string') return { kind: 'unusable', reason: strict };
  return { kind: 'salvaged', data: frozen(salvaged.data), setAside: salvaged.setAside };
}

function frozen(data: StoreData): StoreData {
  data.annotations = data.annotations.map(frozenRecord);
  data.drafts = data.drafts.map(frozenRecord);
  data.voteItems = data.voteItems.map(frozenRecord);
  return data;
}

/** Either the valid data or why the text is not a usable store file (a message of the `errors` catalogue). */
export function parseStoreText(text: string): { data: StoreData } | { reason: ErrorMessage } {
  if (text.trim() === '') return { reason: { key: 'storeReason.empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { reason: { key: 'storeReason.notJson' } };
  }
  let migrated: unknown;
  try {
    migrated = migrateToCurrent(raw);
  } catch (error) {
    if (error instanceof MigrationError) return { reason: error.reason };
    throw error;
  }
  const parsed = StoreDataSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const problem = issueProblem(issue, migrated);
    const where = issuePath(issue);
    return {
      reason:
        where === null
          ? { key: 'storeReason.invalidWhole', values: { problem } }
          : { key: 'storeReason.invalidAt', values: { where, problem } },
    };
  }
  return { data: frozen(parsed.data) };
}
