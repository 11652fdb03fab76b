import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUPS_KEPT } from '../../shared/domain/limits';
import { PRIVATE_FOLDER_MODE, writeFileDurably } from './durable-file-writer';

export const BACKUP_INTERVAL_MS = 60_000;
const PREFIX = 'deputy-desk.';
const SUFFIX = '.json';
/** `deputy-desk.<sequence>.<time>.json`: the sequence orders, the time is for people. */
const NUMBERED = /^deputy-desk\.(\d+)\.[^/]*\.json$/;

/**
 * Rolling copies of the last good store files in `<data folder>/backups/`: one at every start, at
 * most one a minute while editing (a trailing one after the last save of a burst), and one at quit;
 * the newest BACKUPS_KEPT kept. Only files this app has just validated or written are copied, so
 * every backup is a good one.
 *
 * Backups are ordered by a sequence number in their names (one more than the highest in the
 * folder), never by the clock: a clock that was once ahead must not make new copies sort oldest
 * and be deleted at once. Copies named by earlier versions (time only) sort after numbered ones,
 * by modification time.
 */
export class BackupRotation {
  readonly folder: string;
  readonly #now: () => Date;
  readonly #keep: number;
  readonly #intervalMs: number;
  #last = Number.NEGATIVE_INFINITY;
  #sequence: number | null = null;
  #running: Promise<void> | null = null;
  #trailing: NodeJS.Timeout | null = null;

  constructor(folder: string, options: { now: () => Date; keep?: number; intervalMs?: number }) {
    this.folder = folder;
    this.#now = options.now;
    this.#keep = options.keep ?? BACKUPS_KEPT;
    this.#intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
  }

  /** Copies `source` into the backups now and drops the oldest beyond the limit. */
  async rotate(source: string): Promise<string> {
    this.#cancelTrailing();
    const content = await readFile(source);
    // Not recursive: a data folder removed meanwhile is not silently recreated from here.
    await mkdir(this.folder, { mode: PRIVATE_FOLDER_MODE }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    this.#sequence ??= await this.#highestSequence();
    this.#sequence += 1;
    const at = this.#now();
    const name = `${PREFIX}${String(this.#sequence).padStart(10, '0')}.${at.toISOString().replace(/[:.]/g, '-')}${SUFFIX}`;
    await writeFileDurably(join(this.folder, name), content);
    this.#last = at.getTime();
    const stale = (await this.newestFirst()).slice(this.#keep);
    await Promise.all(stale.map((file) => rm(file, { force: true })));
    return join(this.folder, name);
  }

  /**
   * After a save: a copy if the last one is older than the interval, else one when the interval
   * is over (so the last edits of a burst get a copy too); never awaited on the typing path.
   */
  rotateIfDue(source: string): void {
    if (this.#running) return;
    const wait = this.#last + this.#intervalMs - this.#now().getTime();
    if (wait > 0) {
      if (!this.#trailing) {
        this.#trailing = setTimeout(() => {
          this.#trailing = null;
          this.#start(source);
        }, wait);
        this.#trailing.unref();
      }
      return;
    }
    this.#start(source);
  }

  /** Waits for a rotation in progress (flush, tests). */
  async idle(): Promise<void> {
    await this.#running;
  }

  /** Waits for a rotation in progress and cancels a planned one (quitting). */
  async settle(): Promise<void> {
    this.#cancelTrailing();
    await this.#running;
  }

  /** Backup files, newest first. */
  async newestFirst(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const entries = await Promise.all(
      names
        .filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX))
        .map(async (name) => {
          const sequence = Number(NUMBERED.exec(name)?.[1] ?? -1);
          const mtime = await stat(join(this.folder, name)).then(
            (s) => s.mtimeMs,
            () => 0,
          );
          return { name, sequence, mtime };
        }),
    );
    return entries
      .sort((a, b) => b.sequence - a.sequence || b.mtime - a.mtime || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
      .map((entry) => join(this.folder, entry.name));
  }

  #start(source: string): void {
    this.#running = this.rotate(source)
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.#running = null;
      });
  }

  #cancelTrailing(): void {
    if (this.#trailing) clearTimeout(this.#trailing);
    this.#trailing = null;
  }

  async #highestSequence(): Promise<number> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    return names.reduce((highest, name) => Math.max(highest, Number(NUMBERED.exec(name)?.[1] ?? 0)), 0);
  }
}
