import { strFromU8, strToU8, unzip, zipSync, type Unzipped, type Zippable } from 'fflate';
import { MAX_BACKUP_UNPACKED_BYTES } from '../../shared/domain/limits';
import { wordMessage, type ErrorMessage } from '../../shared/i18n/error-messages';
import { hashOfBytes, isTextHash } from './text-store';

/** The archive "back up everything" writes: the store file plus every text it names. */
export const ARCHIVE_STORE_ENTRY = 'deputy-desk.json';
const TEXT_ENTRY = /^texts\/([0-9a-f]{64})\.txt$/;

export const ZIP_MIME_TYPE = 'application/zip';

/** Zip files start with a local file header ("PK\x03\x04"); old backups are JSON text. */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Builds the archive. In one pass on this thread: fflate's asynchronous zip starts a worker per
 * entry, which made a 60-text library take ~10 s instead of well under one.
 */
export async function buildBackupArchive(storeJson: string, texts: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const entries: Zippable = { [ARCHIVE_STORE_ENTRY]: strToU8(storeJson) };
  for (const [hash, bytes] of texts) entries[`texts/${hash}.txt`] = bytes;
  return zipSync(entries, { level: 6 });
}

/** Why an archive cannot be restored: a message of the `errors` catalogue, worded in the deputy's language by the caller. */
export class BackupArchiveError extends Error {
  override name = 'BackupArchiveError';
  constructor(readonly reason: ErrorMessage) {
    super(wordMessage('en', reason.key, reason.values));
  }
}

export interface OpenedArchive {
  storeJson: string;
  /** Texts by name, each already checked against its name. */
  texts: Map<string, Uint8Array>;
}

/**
 * Reads an archive back, refusing one that would expand beyond the limit (sizes from the central
 * directory, which is what unzip reads) or whose texts do not match their names.
 */
export async function openBackupArchive(bytes: Uint8Array): Promise<OpenedArchive> {
  let unpacked = 0;
  const files = await new Promise<Unzipped>((resolve, reject) => {
    try {
      unzip(
        bytes,
        {
          filter: (file) => {
            if (file.name !== ARCHIVE_STORE_ENTRY && !TEXT_ENTRY.test(file.name)) return false;
            unpacked += file.originalSize;
            if (unpacked > MAX_BACKUP_UNPACKED_BYTES) throw new BackupArchiveError({ key: 'storeReason.archiveTooLarge' });
            return true;
          },
        },
        (error, data) => (error ? reject(error) : resolve(data)),
      );
    } catch (error) {
      reject(error);
    }
  }).catch((error: unknown) => {
    throw error instanceof BackupArchiveError ? error : new BackupArchiveError({ key: 'storeReason.archiveDamaged' });
  });
  const store = files[ARCHIVE_STORE_ENTRY];
  if (!store) throw new BackupArchiveError({ key: 'storeReason.archiveNoStore', values: { entry: ARCHIVE_STORE_ENTRY } });
  const texts = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(files)) {
    const hash = TEXT_ENTRY.exec(name)?.[1];
    if (!hash || !isTextHash(hash)) continue;
    if (hashOfBytes(content) !== hash) throw new BackupArchiveError({ key: 'storeReason.archiveTextDamaged', values: { name } });
    texts.set(hash, content);
  }
  return { storeJson: strFromU8(store), texts };
}
