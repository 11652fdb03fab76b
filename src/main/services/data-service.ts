import { JSON_MIME_TYPE, type Delivery } from '../../shared/domain/delivery';
import type { Store } from '../storage/store';
import { parseStoreText } from '../storage/validated-json-file';
import { DomainError } from './domain-error';
import type { FileDelivery } from './file-delivery';

export interface RestoreSummary {
  documents: number;
  annotations: number;
  drafts: number;
  /** Where the data that was replaced was kept. */
  previousKeptAt: string | null;
}

export interface DataService {
  /** Everything the deputy has, as one JSON file they keep where they like. */
  exportBackup(): Promise<Delivery>;
  /** Validates a backup file first; keeps the current data as a rolling backup; then replaces it. */
  restoreBackup(text: string): Promise<RestoreSummary>;
}

export function createDataService(deps: { store: Store; clock: () => Date; deliver: FileDelivery }): DataService {
  const { store, clock, deliver } = deps;
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
      await store.flush();
      const previousKeptAt = await store.backupNow();
      // parseStoreText gives migrated, validated data with frozen records, ready for the store.
      const data = parsed.data;
      await store.replace(data);
      return { documents: data.documents.length, annotations: data.annotations.length, drafts: data.drafts.length, previousKeptAt };
    },
  };
}
