import { errorCode } from '../error-code';

/** A write error in words a deputy can act on. */
export function describeWriteFailure(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full: free some space';
    case 'EROFS':
      return 'the data folder is on a read-only disk';
    case 'EACCES':
    case 'EPERM':
      return 'Deputy Desk may not write in its data folder: check its permissions';
    case 'ENOENT':
      return 'the data folder has disappeared (a removed drive?)';
    default:
      return `the data file could not be written (${code ?? (error instanceof Error ? error.message : 'unknown error')})`;
  }
}

/** Waits between retries of a failing write: quick at first, then every 30 s. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;
