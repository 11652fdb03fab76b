import type { TFunction } from 'i18next';
import type { Notice } from '../../../shared/domain/notice';
import { describeBackup } from './backup-date';

/** What a 'store-recovered' notice says: restored from a backup (with its date), or a fresh start. */
export function storeRecoveredText(notice: Notice, t: TFunction, language: string): string {
  if (notice.restoredFrom) {
    return t('data.storeRestoredFromBackup', { reason: notice.reason, path: notice.path, backupDate: describeBackup(notice.restoredFrom, language) });
  }
  return t('notice.storeRecovered', { reason: notice.reason, path: notice.path });
}
