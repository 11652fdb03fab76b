import type { Language } from '../../shared/domain/settings';
import { translator } from '../../shared/i18n/shared-i18n';
import { errorCode } from '../error-code';

/** A write error in words a deputy can act on, in their language. */
export function describeWriteFailure(error: unknown, language: Language = 'en'): string {
  const t = translator(language, 'errors', 'writeFailure');
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
      return t('diskFull');
    case 'EROFS':
      return t('readOnlyDisk');
    case 'EACCES':
    case 'EPERM':
      return t('noPermission');
    case 'ENOENT':
      return t('folderGone');
    default:
      return t('other', { detail: code ?? (error instanceof Error ? error.message : 'unknown error') });
  }
}

/** Waits between retries of a failing write: quick at first, then every 30 s. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;
