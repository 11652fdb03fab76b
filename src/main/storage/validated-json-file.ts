import { rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { TextFile } from 'lowdb/node';
import { DurableFileWriter } from './durable-file-writer';
import { migrateToCurrent } from './migrations';
import { StoreDataSchema, type StoreData } from './store-schema';
import { createStoreSerializer } from './store-serializer';
import { frozenRecord } from './stored-record';

/** A store file that could not be used and was moved aside, never overwritten. */
export interface SetAsideFile {
  movedTo: string;
  reason: string;
  /** The backup loaded instead, or null when there was none that was good. */
  restoredFrom: string | null;
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

  constructor(file: string, options: { now: () => Date; onSetAside: (event: SetAsideFile) => void; recover?: Recover }) {
    this.#file = file;
    this.#text = new TextFile(file);
    this.#writer = new DurableFileWriter(file);
    this.#now = options.now;
    this.#onSetAside = options.onSetAside;
    this.#recover = options.recover ?? (async () => null);
  }

  async read(): Promise<StoreData | null> {
    let text: string | null;
    try {
      text = await this.#text.read();
    } catch (error) {
      return this.#setAside(`it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (text === null) return null;
    const problem = parseStoreText(text);
    if (typeof problem === 'string') return this.#setAside(problem);
    return problem.data;
  }

  write(data: StoreData): Promise<void> {
    // Compact JSON, records cached by identity (store-serializer.ts): the file is for the app.
    return this.#writer.write(() => this.#serialize(data));
  }

  async #setAside(reason: string): Promise<StoreData | null> {
    const stamp = this.#now().toISOString().replace(/[:.]/g, '-');
    const ext = extname(this.#file);
    const movedTo = join(dirname(this.#file), `${basename(this.#file, ext)}.damaged-${stamp}${ext || '.json'}`);
    try {
      await rename(this.#file, movedTo);
    } catch (error) {
      // Never go on to overwrite a file we could not move out of the way.
      throw new Error(
        `Deputy Desk cannot use its data file ${this.#file} (${reason}) and cannot move it aside ` +
          `(${(error as NodeJS.ErrnoException).code ?? 'error'}). Move or repair it, then start again.`,
        { cause: error },
      );
    }
    const recovered = await this.#recover();
    this.#onSetAside({ movedTo, reason, restoredFrom: recovered?.from ?? null });
    return recovered?.data ?? null;
  }
}

/** Either the valid data or a plain-words reason why the text is not a usable store file. */
export function parseStoreText(text: string): { data: StoreData } | string {
  if (text.trim() === '') return 'it is empty';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON (damaged or cut short)';
  }
  let migrated: unknown;
  try {
    migrated = migrateToCurrent(raw);
  } catch (error) {
    return (error as Error).message;
  }
  const parsed = StoreDataSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `its content is invalid at ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'unknown problem'}`;
  }
  const data = parsed.data;
  data.annotations = data.annotations.map(frozenRecord);
  data.drafts = data.drafts.map(frozenRecord);
  data.voteItems = data.voteItems.map(frozenRecord);
  return { data };
}
