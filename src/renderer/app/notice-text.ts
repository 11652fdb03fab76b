import type { TFunction } from 'i18next';
import type { Notice } from '../../shared/domain/notice';
import { describeBackup } from './backup-date';

/** What a notice says: where an emergency copy is and how to restore it, or what happened to a damaged file. */
export function noticeText(notice: Notice, t: TFunction, language: string): string {
  if (notice.kind === 'emergency-copy') return t('notice.emergencyCopy', { path: notice.path });
  return storeRecoveredText(notice, t, language);
}

/** What a 'store-recovered' notice says: restored from a backup (with its date), or a fresh start. */
export function storeRecoveredText(notice: Notice, t: TFunction, language: string): string {
  if (notice.restoredFrom) {
    return t('data.storeRestoredFromBackup', { reason: notice.reason, path: notice.path, backupDate: describeBackup(notice.restoredFrom, language) });
  }
  return t('notice.storeRecovered', { reason: notice.reason, path: notice.path });
}
