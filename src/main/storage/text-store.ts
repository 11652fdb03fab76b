import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from './durable-file-writer';

export const TEXTS_FOLDER_NAME = 'texts';
const HASH = /^[0-9a-f]{64}$/;
const SUFFIX = '.txt';
/** Verified texts kept in memory; the current versions are re-read rarely (outlines are cached too). */
const CACHE_CHARS = 32 * 1024 * 1024;

/** A text file that is missing or whose content no longer matches its name (its hash). */
export class DamagedTextError extends Error {
  override name = 'DamagedTextError';
  constructor(
    readonly hash: string,
    readonly path: string,
    readonly problem: 'missing' | 'damaged',
  ) {
    super(
      problem === 'missing' ? `the text file ${path} is missing` : `the text file ${path} is damaged (its content does not match its name)`,
    );
  }
}

export function isTextHash(value: string): boolean {
  return HASH.test(value);
}

/** The name of a text: SHA-256 of its UTF-8 bytes, in hex. */
export function hashOfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function hashOfText(text: string): string {
  return hashOfBytes(Buffer.from(text, 'utf8'));
}

/**
 * Large immutable texts (document versions), content-addressed in `<data folder>/texts/<sha256>.txt`
 * so that the hot store file holds only their names and a save never re-writes them. Each file is
 * written once (temp file with a random name opened exclusively, fsync, rename, fsync of the
 * folder), created 0600 in a 0700 folder, and checked against its name whenever it is read.
 */
export class TextStore {
  readonly folder: string;
  readonly #cache = new Map<string, string>();
  #cachedChars = 0;
  /** Being written: kept even though nothing references them yet (the store update follows the write). */
  readonly #writing = new Map<string, number>();
  /** A removal in progress: writes wait for it, so a text is never deleted under a write that reuses it. */
  #removing: Promise<unknown> = Promise.resolve();

  constructor(folder: string) {
    this.folder = folder;
  }

  pathOf(hash: string): string {
    if (!isTextHash(hash)) throw new Error(`not a text name: ${hash.slice(0, 80)}`);
    return join(this.folder, `${hash}${SUFFIX}`);
  }

  /** Stores the text (once: an identical text is already there) and answers its name. */
  async put(text: string): Promise<string> {
    const bytes = Buffer.from(text, 'utf8');
    const hash = hashOfBytes(bytes);
    await this.#write(hash, bytes);
    this.#remember(hash, text);
    return hash;
  }

  /** Stores bytes that must have the given name (restoring an archive); refuses any that do not. */
  async putChecked(hash: string, bytes: Uint8Array): Promise<void> {
    if (hashOfBytes(bytes) !== hash) throw new DamagedTextError(hash, this.pathOf(hash), 'damaged');
    await this.#write(hash, bytes);
  }

  /** The text, checked against its name. Synchronous: texts are read where outlines are derived. */
  read(hash: string): string {
    const cached = this.#cache.get(hash);
    if (cached !== undefined) return cached;
    const path = this.pathOf(hash);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new DamagedTextError(hash, path, 'missing');
    }
    if (hashOfBytes(bytes) !== hash) throw new DamagedTextError(hash, path, 'damaged');
    const text = bytes.toString('utf8');
    this.#remember(hash, text);
    return text;
  }

  /** The file's bytes, checked against its name (for backups). */
  async readBytes(hash: string): Promise<Buffer> {
    const path = this.pathOf(hash);
    const bytes = await readFile(path).catch(() => {
      throw new DamagedTextError(hash, path, 'missing');
    });
    if (hashOfBytes(bytes) !== hash) throw new DamagedTextError(hash, path, 'damaged');
    return bytes;
  }

  async has(hash: string): Promise<boolean> {
    return stat(this.pathOf(hash)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /** Names of every text file in the folder. */
  async hashes(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith(SUFFIX) && isTextHash(n.slice(0, -SUFFIX.length))).map((n) => n.slice(0, -SUFFIX.length));
  }

  /**
   * Reads these texts into memory (as far as the cache holds them), in the background: the ones
   * a deputy cannot do without are then at hand to be written again if the folder is deleted.
   * A missing or damaged file is left to `read` to report.
   */
  async warm(hashes: Iterable<string>): Promise<void> {
    for (const hash of hashes) {
      if (this.#cache.has(hash)) continue;
      const bytes = await readFile(this.pathOf(hash)).catch(() => null);
      if (bytes !== null && hashOfBytes(bytes) === hash) this.#remember(hash, bytes.toString('utf8'));
    }
  }

  /**
   * Writes again, from the texts held in memory, those of `hashes` whose files are gone (the data
   * folder was deleted while running); answers the names of those that could not be (not in memory).
   */
  async rewriteFromMemory(hashes: Iterable<string>): Promise<string[]> {
    const lost: string[] = [];
    for (const hash of hashes) {
      if (await this.has(hash)) continue;
      const text = this.#cache.get(hash);
      if (text === undefined) lost.push(hash);
      else await this.#write(hash, Buffer.from(text, 'utf8'));
    }
    return lost;
  }

  /**
   * Deletes the text files not in `keep()` (asked again right before each deletion, so a text the
   * store started to name meanwhile stays) and not being written; answers how many went.
   */
  removeAllBut(keep: () => ReadonlySet<string>): Promise<number> {
    const run = this.#removing.then(async () => {
      let removed = 0;
      for (const hash of await this.hashes()) {
        if (keep().has(hash) || this.#writing.has(hash)) continue;
        await rm(this.pathOf(hash), { force: true });
        this.#forget(hash);
        removed += 1;
      }
      return removed;
    });
    this.#removing = run.catch(() => undefined);
    return run;
  }

  async #write(hash: string, bytes: Uint8Array): Promise<void> {
    this.#writing.set(hash, (this.#writing.get(hash) ?? 0) + 1);
    try {
      await this.#removing;
      await this.#writeOnce(hash, bytes);
    } finally {
      const left = this.#writing.get(hash)! - 1;
      if (left === 0) this.#writing.delete(hash);
      else this.#writing.set(hash, left);
    }
  }

  async #writeOnce(hash: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(hash);
    if (await this.#isIntact(hash, path)) return;
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    // A random name opened exclusively: never follows a planted file or symlink.
    const temp = join(this.folder, `.${hash}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temp, path);
    await syncFolder(this.folder);
  }

  /** An existing file is reused only if it really holds the text (a damaged one is replaced). */
  async #isIntact(hash: string, path: string): Promise<boolean> {
    try {
      return hashOfBytes(await readFile(path)) === hash;
    } catch {
      return false;
    }
  }

  #remember(hash: string, text: string): void {
    if (text.length > CACHE_CHARS / 4 || this.#cache.has(hash)) return;
    this.#cache.set(hash, text);
    this.#cachedChars += text.length;
    for (const [oldest, value] of this.#cache) {
      if (this.#cachedChars <= CACHE_CHARS) break;
      this.#cache.delete(oldest);
      this.#cachedChars -= value.length;
    }
  }

  #forget(hash: string): void {
    const text = this.#cache.get(hash);
    if (text === undefined) return;
    this.#cache.delete(hash);
    this.#cachedChars -= text.length;
  }
}
