// Size limits that both sides of a process boundary must agree on: one number, named once.

// ── Backups ("back up everything" / restore) ─────────────────────────────────────────────────
/**
 * The largest backup file: "back up everything" refuses to write a larger one, and restore
 * accepts every file up to it (streamed to the main side, never one JSON body). Document texts
 * compress about 4:1 in the archive, so this holds several gigabytes of reports.
 */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
/** The most an archive may expand to when read back (its entries' declared sizes, summed). */
export const MAX_BACKUP_UNPACKED_BYTES = 4 * MAX_BACKUP_BYTES;
