import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JSON_MIME_TYPE, type Delivery } from '../../shared/domain/delivery';
import { DurableFileWriter } from '../storage/durable-file-writer';
import { BACKUPS_FOLDER_NAME, type Store } from '../storage/store';
import { parseStoreText } from '../storage/validated-json-file';
import { DomainError } from './domain-error';
import type { FileDelivery } from './file-delivery';

export interface RestoreSummary {
  documents: number;
  annotations: number;
  drafts: number;
  /** Where the data that was replaced was kept (never removed by the rolling backups). */
  previousKeptAt: string | null;
}

export interface DataService {
  /** Everything the deputy has, as one JSON file they keep where they like. */
  exportBackup(): Promise<Delivery>;
  /** Validates a backup file first; keeps the current data as a rolling backup; then replaces it. */
  restoreBackup(text: string): Promise<RestoreSummary>;
}

export function createDataService(deps: { store: Store; clock: () => Date; deliver: FileDelivery; dataFolder: string }): DataService {
  const { store, clock, deliver, dataFolder } = deps;

  /**
   * Keeps the data about to be replaced in `backups/before-restore-<time>.json`, a name the rolling
   * backups never delete. The copy is of the data in memory (what the deputy sees, saved to disk or
   * not), taken again if anything changed while it was being written.
   */
  const keepCurrentData = async (): Promise<string> => {
    const keptAt = join(dataFolder, BACKUPS_FOLDER_NAME, `before-restore-${clock().toISOString().replace(/[:.]/g, '-')}.json`);
    await mkdir(dirname(keptAt), { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      const snapshot = JSON.stringify(store.data);
      await new DurableFileWriter(keptAt).write(() => snapshot);
      if (JSON.stringify(store.data) === snapshot) return keptAt;
    }
    throw new DomainError('CONFLICT', 'Your data kept changing while it was being set aside; try the restore again.');
  };

  return {
    exportBackup: () =>
      deliver({
        fileName: `deputy-desk-backup-${clock().toISOString().slice(0, 10)}.json`,
        mimeType: JSON_MIME_TYPE,
        bytes: Buffer.from(JSON.stringify(store.data, null, 1)),
      }),
    async restoreBackup(text) {
      const parsed = parseStoreText(text.replace(/^\uFEFF/, ''));
      if (typeof parsed === 'string') {
        throw new DomainError('INVALID_INPUT', `This file cannot be restored: ${parsed}. Your current data is unchanged.`);
      }
      const previousKeptAt = await keepCurrentData();
      // parseStoreText gives migrated, validated data with frozen records, ready for the store.
      // replace() puts it in place at once, so nothing can change between the copy and the swap.
      const data = parsed.data;
      await store.replace(data);
      return { documents: data.documents.length, annotations: data.annotations.length, drafts: data.drafts.length, previousKeptAt };
    },
  };
}
