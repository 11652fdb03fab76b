import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const BACKUPS_KEPT = 10;
export const BACKUP_INTERVAL_MS = 60_000;
const PREFIX = 'deputy-desk.';
const SUFFIX = '.json';

/**
 * Rolling copies of the last good store files in `<data folder>/backups/`: one at every start and
 * at most one a minute while editing, the newest BACKUPS_KEPT kept. Only files this app has just
 * validated or written are copied, so every backup is a good one.
 */
export class BackupRotation {
  readonly folder: string;
  readonly #now: () => Date;
  readonly #keep: number;
  readonly #intervalMs: number;
  #last = 0;
  #sequence = 0;
  #running: Promise<void> | null = null;

  constructor(folder: string, options: { now: () => Date; keep?: number; intervalMs?: number }) {
    this.folder = folder;
    this.#now = options.now;
    this.#keep = options.keep ?? BACKUPS_KEPT;
    this.#intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
  }

  /** Copies `source` into the backups now and drops the oldest beyond the limit. */
  async rotate(source: string): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const at = this.#now();
    // Sortable by time, file-system-safe, and unique even for two copies in the same millisecond.
    const unique = `${String(this.#sequence++).padStart(4, '0')}${randomBytes(2).toString('hex')}`;
    const name = `${PREFIX}${at.toISOString().replace(/[:.]/g, '-')}-${unique}${SUFFIX}`;
    await copyFile(source, join(this.folder, name));
    this.#last = at.getTime();
    const stale = (await this.newestFirst()).slice(this.#keep);
    await Promise.all(stale.map((file) => rm(file, { force: true })));
    return join(this.folder, name);
  }

  /** After a save: a copy if the last one is older than the interval; never awaited on the typing path. */
  rotateIfDue(source: string): void {
    if (this.#running || this.#now().getTime() - this.#last < this.#intervalMs) return;
    this.#running = this.rotate(source)
      .then(() => undefined, () => undefined)
      .finally(() => {
        this.#running = null;
      });
  }

  /** Waits for a rotation in progress (tests, quitting). */
  async settle(): Promise<void> {
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
    return names
      .filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX))
      .sort()
      .reverse()
      .map((n) => join(this.folder, n));
  }
}
