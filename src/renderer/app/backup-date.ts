import { formatDateTime } from './date-format';

/**
 * The moment a rolling backup was taken, read from its file name
 * (`deputy-desk.0000000012.2026-11-27T10-00-00-000Z.json`, as src/main/storage/backups.ts names them; earlier versions had no sequence number),
 * or null when the name has no such timestamp.
 */
export function backupTakenAt(path: string): Date | null {
  const name = path.split(/[\\/]/).pop() ?? '';
  const match = /^deputy-desk\.(?:\d+\.)?(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "the backup of <date>": the date from the backup's name, or its path when the name says nothing. */
export function describeBackup(path: string, language: string, timeZone?: string): string {
  const at = backupTakenAt(path);
  return at ? formatDateTime(at, language, 'long', timeZone) : path;
}

/** `<data folder>/backups`, with the folder's own separator. */
export function backupsFolderOf(dataFolder: string): string {
  const separator = dataFolder.includes('\\') && !dataFolder.includes('/') ? '\\' : '/';
  return `${dataFolder.replace(/[\\/]+$/, '')}${separator}backups`;
}
