import type { TFunction } from 'i18next';
import type { Notice } from '../../shared/domain/notice';
import { describeBackup } from './backup-date';

/** Removed documents are kept this long (src/main/services/bin-service.ts: BIN_KEPT_DAYS). */
const BIN_KEPT_DAYS = 30;

/** What a notice says: where an emergency copy is and how to restore it, or what happened to a damaged file. */
export function noticeText(notice: Notice, t: TFunction, language: string): string {
  if (notice.kind === 'emergency-copy') return t('notice.emergencyCopy', { path: notice.path });
  if (notice.kind === 'bin-purged') return t('notice.binPurged', { days: BIN_KEPT_DAYS, titles: notice.titles.join('; ') });
  if (notice.kind === 'texts-lost') {
    const versions = notice.lostTexts.map(({ title, version, current }) =>
      t(current ? 'notice.lostCurrentVersion' : 'notice.lostVersion', { title, version }),
    );
    return t('notice.textsLost', { versions: versions.join(language.startsWith('zh') ? '；' : '; ') });
  }
  if (notice.kind === 'store-salvaged') {
    return notice.original
      ? t('notice.storeSalvaged', { count: notice.setAsideCount, path: notice.path, original: notice.original })
      : t('notice.storeSalvagedInMemory', { count: notice.setAsideCount });
  }
  return storeRecoveredText(notice, t, language);
}

/** The records a salvage set aside, one line each (the first ones; the file holds them all). */
export function setAsideLines(notice: Notice, t: TFunction): string[] {
  const lines = notice.setAside.map((item) =>
    t('notice.setAsideItem', { what: t(`notice.collection.${item.collection}`), id: item.id ?? '', problem: item.problem }),
  );
  const more = notice.setAsideCount - notice.setAside.length;
  if (more > 0) lines.push(t('notice.setAsideMore', { count: more }));
  return lines;
}

/** What a 'store-recovered' notice says: restored from a backup (with its date), or a fresh start. */
export function storeRecoveredText(notice: Notice, t: TFunction, language: string): string {
  if (notice.restoredFrom) {
    return t('data.storeRestoredFromBackup', {
      reason: notice.reason,
      path: notice.path,
      backupDate: describeBackup(notice.restoredFrom, language),
    });
  }
  return t('notice.storeRecovered', { reason: notice.reason, path: notice.path });
}
