import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ApiService } from '../../shared/contract/api-contract';
import { MAX_BACKUP_BYTES } from '../../shared/domain/limits';
import type { ErrorMessage } from '../../shared/i18n/error-messages';
import { BackupArchiveError, buildBackupArchive, isZipArchive, openBackupArchive, ZIP_MIME_TYPE } from '../storage/backup-archive';
import { DurableFileWriter } from '../storage/durable-file-writer';
import { moveInlineTexts, referencedTextHashes, type LibraryTexts } from '../storage/library-texts';
import { BACKUPS_FOLDER_NAME, type Store } from '../storage/store';
import type { StoreData } from '../storage/store-schema';
import { DamagedTextError } from '../storage/text-store';
import { parseStoreText } from '../storage/validated-json-file';
import { DomainError } from './domain-error';
import type { FileDelivery } from './file-delivery';
import type { IncomingFiles } from './incoming-files';
import { upgradeParsedDocuments } from './parser-upgrade';

/**
 * The `data.*` methods: everything the deputy has as one backup file, and restoring one. A restore
 * validates the file first (an archive of this version, or the JSON file of older ones), every text
 * checked against its name, and keeps the current data as a backup before replacing it.
 */
export function createDataService(deps: {
  store: Store;
  texts: LibraryTexts;
  clock: () => Date;
  deliver: FileDelivery;
  dataFolder: string;
  incoming: IncomingFiles;
}) {
  const { store, texts, clock, deliver, dataFolder, incoming } = deps;

  /**
   * Keeps the data about to be replaced in `backups/before-restore-<time>.json`, a name the rolling
   * backups never delete (nor the texts it names). The copy is of the data in memory (what the
   * deputy sees, saved to disk or not), taken again if anything changed while it was being written.
   */
  const keepCurrentData = async (): Promise<string> => {
    const keptAt = join(dataFolder, BACKUPS_FOLDER_NAME, `before-restore-${clock().toISOString().replace(/[:.]/g, '-')}.json`);
    await mkdir(dirname(keptAt), { recursive: true, mode: 0o700 });
    for (let attempt = 0; attempt < 3; attempt++) {
      const snapshot = JSON.stringify(store.data);
      await new DurableFileWriter(keptAt).write(() => snapshot);
      if (JSON.stringify(store.data) === snapshot) return keptAt;
    }
    throw new DomainError('CONFLICT', 'data.keptChanging');
  };

  /** A restore refused: `reason` as the storage checks name it, worded with the message in the deputy's language. */
  const refuse = (reason: ErrorMessage): never => {
    throw new DomainError('INVALID_INPUT', 'data.cannotRestore', { reason });
  };
  const tooLarge = (): never => {
    throw new DomainError('INVALID_INPUT', 'data.backupTooLarge', { limit: MAX_BACKUP_BYTES / 1024 / 1024 });
  };

  /** The backup's data, and its texts, all checked, before anything here changes. */
  const readBackup = async (bytes: Uint8Array): Promise<{ data: StoreData; texts: Map<string, Uint8Array> }> => {
    if (bytes.byteLength > MAX_BACKUP_BYTES) tooLarge();
    let json: string;
    let archived = new Map<string, Uint8Array>();
    if (isZipArchive(bytes)) {
      try {
        const opened = await openBackupArchive(bytes);
        json = opened.storeJson;
        archived = opened.texts;
      } catch (error) {
        if (error instanceof BackupArchiveError) refuse(error.reason);
        throw error;
      }
    } else {
      // The JSON file of earlier versions (texts inline): migrations move them out.
      json = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    }
    const parsed = parseStoreText(json.replace(/^\uFEFF/, ''));
    if ('reason' in parsed) return refuse(parsed.reason);
    const data = parsed.data;
    let missing = 0;
    for (const hash of referencedTextHashes(data)) {
      if (archived.has(hash) || data.inlineTexts?.[hash] !== undefined) continue;
      // Not in the file, but already here and intact (e.g. a backup made by hand from this folder).
      const local = await texts.files.readBytes(hash).catch(() => null);
      if (!local) missing += 1;
    }
    if (missing > 0) throw new DomainError('INVALID_INPUT', 'data.textsMissing', { missing });
    return { data, texts: archived };
  };

  /** A backup file's bytes, checked whole, put in place of the current data (kept first). */
  const restore = async (bytes: Uint8Array) => {
    const backup = await readBackup(bytes);
    for (const [hash, content] of backup.texts) await texts.files.putChecked(hash, content);
    const previousKeptAt = await keepCurrentData();
    // parseStoreText gives migrated, validated data with frozen records, ready for the store.
    // replace() puts it in place at once, so nothing can change between the copy and the swap.
    const data = backup.data;
    await store.replace(data);
    await moveInlineTexts(store, texts.files);
    // A backup made before a parser change has annotations placed on the earlier reading.
    await upgradeParsedDocuments(store, texts);
    return { documents: data.documents.length, annotations: data.annotations.length, drafts: data.drafts.length, previousKeptAt };
  };

  return {
    async exportBackup() {
      const data = store.data;
      const textBytes = new Map<string, Uint8Array>();
      for (const hash of referencedTextHashes(data)) {
        const inline = data.inlineTexts?.[hash];
        try {
          textBytes.set(hash, inline !== undefined ? Buffer.from(inline, 'utf8') : await texts.files.readBytes(hash));
        } catch (error) {
          if (!(error instanceof DamagedTextError)) throw error;
          const key = error.problem === 'missing' ? 'data.backupTextMissing' : 'data.backupTextDamaged';
          throw new DomainError('STORAGE', key, { path: error.path });
        }
      }
      const archive = await buildBackupArchive(JSON.stringify(data), textBytes);
      if (archive.byteLength > MAX_BACKUP_BYTES) {
        throw new DomainError('STORAGE', 'data.backupWouldBeTooLarge', { limit: MAX_BACKUP_BYTES / 1024 / 1024 });
      }
      return deliver({ fileName: `deputy-desk-backup-${clock().toISOString().slice(0, 10)}.zip`, mimeType: ZIP_MIME_TYPE, bytes: archive });
    },
    chooseBackupFile: () => incoming.choose(),
    restoreBackup: async ({ fileId }) => restore(await incoming.take(fileId)),
    /**
     * Restores the emergency copy an 'emergency-copy' notice names, the same way; the copy is then
     * renamed `<name>.restored` (kept, no longer offered at start).
     */
    async restoreEmergencyCopy({ noticeId }) {
      const notice = store.data.notices.find((n) => n.id === noticeId && n.kind === 'emergency-copy');
      if (!notice) throw new DomainError('NOT_FOUND', 'data.emergencyNotOffered');
      const size = await stat(notice.path).then(
        (s) => s.size,
        () => null,
      );
      if (size === null) throw new DomainError('NOT_FOUND', 'data.emergencyGone', { path: notice.path });
      if (size > MAX_BACKUP_BYTES) tooLarge();
      const summary = await restore(await readFile(notice.path));
      await rename(notice.path, `${notice.path}.restored`).catch(() => undefined); // restored: kept, never offered again
      return summary;
    },
  } satisfies ApiService<'data'>;
}
export type DataService = ReturnType<typeof createDataService>;
