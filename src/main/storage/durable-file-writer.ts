import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Store, backups and emergency copies are the deputy's private notes: owner only. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/**
 * Writes a file so that a crash or power cut leaves the old or the new content, never a mix:
 * temp file → fdatasync → rename over the target → fsync of the folder (where the platform allows).
 * Writes are serialized; while one is on its way, later requests are coalesced into one write of
 * the newest content, and every caller's promise resolves once content at least as new is on disk.
 * (steno, which lowdb uses, does the same minus the syncs; this adds them so "saved" means durable.)
 */
export class DurableFileWriter {
  readonly #file: string;
  #next: { render: () => string | Uint8Array; waiters: { resolve: () => void; reject: (error: unknown) => void }[] } | null = null;
  #busy = false;

  constructor(file: string) {
    this.#file = file;
  }

  /** `render` is called when the write really starts, so coalesced writes serialize only once. */
  write(render: () => string | Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#next) {
        this.#next.render = render;
        this.#next.waiters.push({ resolve, reject });
      } else {
        this.#next = { render, waiters: [{ resolve, reject }] };
      }
      if (!this.#busy) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#busy = true;
    while (this.#next) {
      const batch = this.#next;
      this.#next = null;
      try {
        await writeFileDurably(this.#file, batch.render());
        for (const waiter of batch.waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error);
      }
    }
    this.#busy = false;
  }
}

/**
 * One durable, atomic write of `content` to `file` (created owner-only). The temp file has a random
 * name and is created exclusively (`wx`), so a symlink planted beside the file is never followed.
 */
export async function writeFileDurably(file: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      await handle.writeFile(content);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(file));
}

/** Creates `folder` (and missing parents) owner-only; an existing folder is left as it is. */
export async function makePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/** Makes the rename itself durable. Not possible on Windows (folders cannot be opened): skipped there. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
