import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BACKUP_BYTES } from '../../shared/domain/limits';
import { DomainError } from './domain-error';

/** The desktop app's open dialog: the path the deputy picked, or null when they cancelled. */
export type ChooseFile = () => Promise<string | null>;

export interface IncomingFile {
  fileId: string;
  fileName: string;
}

/**
 * Backup files on their way to a restore, never carried in one JSON call: the web host streams an
 * upload in (`stage`), the desktop app reads the file the deputy picked in its open dialog
 * (`choose`). Restore then takes it by id. One file is held at a time; one size limit for both.
 */
export interface IncomingFiles {
  stage(fileName: string, bytes: Uint8Array): IncomingFile;
  /** The picked file, or null when cancelled (or when there is no dialog: the web host). */
  choose(): Promise<IncomingFile | null>;
  take(fileId: string): Promise<Uint8Array>;
}

export function createIncomingFiles(chooseFile?: ChooseFile): IncomingFiles {
  let held: { file: IncomingFile; read: () => Promise<Uint8Array> } | null = null;
  const hold = (fileName: string, read: () => Promise<Uint8Array>): IncomingFile => {
    const file = { fileId: randomUUID(), fileName };
    held = { file, read };
    return file;
  };
  return {
    stage: (fileName, bytes) => hold(fileName, async () => bytes),
    async choose() {
      // The web host has no dialog: its page uploads the file instead.
      if (!chooseFile) return null;
      const path = await chooseFile();
      if (path === null) return null;
      return hold(basename(path), async () => {
        const size = (await stat(path)).size;
        if (size > MAX_BACKUP_BYTES)
          throw new DomainError('INVALID_INPUT', 'data.backupTooLarge', { limit: MAX_BACKUP_BYTES / 1024 / 1024 });
        return readFile(path);
      });
    },
    async take(fileId) {
      if (!held || held.file.fileId !== fileId) throw new DomainError('NOT_FOUND', 'data.backupGone');
      const { read } = held;
      held = null;
      return read();
    },
  };
}
