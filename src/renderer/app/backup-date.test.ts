import { describe, expect, it } from 'vitest';
import { backupsFolderOf, backupTakenAt, describeBackup } from './backup-date';

describe('backup dates', () => {
  it('reads the timestamp of a rolling backup from its file name, on any platform', () => {
    const expected = new Date('2026-11-27T10:00:00.000Z');
    expect(backupTakenAt('/home/li/.config/Deputy Desk/backups/deputy-desk.2026-11-27T10-00-00-000Z-00013f2a.json')).toEqual(expected);
    expect(
      backupTakenAt('C:\\Users\\li\\AppData\\Roaming\\Deputy Desk\\backups\\deputy-desk.2026-11-27T10-00-00-000Z-0001ab.json'),
    ).toEqual(expected);
    // Numbered backups (sequence first, then the time): the names written since backups are ordered by sequence.
    expect(backupTakenAt('/home/li/.config/Deputy Desk/backups/deputy-desk.0000000012.2026-11-27T10-00-00-000Z.json')).toEqual(expected);
  });

  it('answers null for a name without a timestamp, and describes such a backup by its path', () => {
    expect(backupTakenAt('/data/backups/my-copy.json')).toBeNull();
    expect(backupTakenAt('/data/backups/deputy-desk.2026-13-45T99-00-00-000Z-1.json')).toBeNull();
    expect(describeBackup('/data/backups/my-copy.json', 'en')).toBe('/data/backups/my-copy.json');
  });

  it('formats the date in the UI language', () => {
    const path = '/d/backups/deputy-desk.2026-11-27T10-00-00-000Z-00013f2a.json';
    expect(describeBackup(path, 'en', 'UTC')).toContain('November 27, 2026');
    expect(describeBackup(path, 'zh-CN', 'UTC')).toContain('2026年11月27日');
  });

  it('puts the backups folder inside the data folder', () => {
    expect(backupsFolderOf('/home/li/.config/Deputy Desk')).toBe('/home/li/.config/Deputy Desk/backups');
    expect(backupsFolderOf('C:\\Users\\li\\Deputy Desk\\')).toBe('C:\\Users\\li\\Deputy Desk\\backups');
  });
});
