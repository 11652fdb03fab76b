/**
 * Limits shared by the main side and the page, in one place so that both say the same.
 */

/** Files a report can be imported from, by extension (the page's file pickers accept these). */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;
/** For `<input type="file" accept>`. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** A file larger than this is refused before it is read (no report comes near it). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** A .docx whose parts unpack to more than this is refused (a zip bomb, or not a report). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/**
 * A .docx with more paragraphs than this is refused before it is parsed: a long report has a few
 * thousand, and the parser needs about 6 KB of memory per paragraph (100,000 took 20 s and 620 MB here).
 */
export const MAX_DOCX_PARAGRAPHS = 100_000;
/** … and with more runs (stretches of equally formatted text) than this (200,000 runs took 35 s and 890 MB). */
export const MAX_DOCX_RUNS = 300_000;
/** A report's text, from any file or paste, is refused above this many characters (about 5,000 pages). */
export const MAX_TEXT_CHARS = 10_000_000;

/**
 * A PDF with more pages than this is refused before its pages are read: the longest session
 * reports (budget reports with their tables) run to a few hundred pages; 100 pages read in about 1 s.
 */
export const MAX_PDF_PAGES = 2000;
/**
 * One PDF page whose text layer holds more characters than this is refused: a dense A4 page of
 * small print holds about 5,000; more is a drawing made of text pieces or a hostile file.
 */
export const MAX_PDF_PAGE_CHARS = 100_000;

/** Reading one file may take this long, and this much heap, before it is stopped. */
export const IMPORT_TIME_LIMIT_MS = 60_000;
export const IMPORT_MEMORY_LIMIT_MB = 1536;

// ── Backups ("back up everything" / restore) ─────────────────────────────────────────────────
/**
 * The largest backup file: "back up everything" refuses to write a larger one, and restore
 * accepts every file up to it (streamed to the main side, never one JSON body). Document texts
 * compress about 4:1 in the archive, so this holds several gigabytes of reports.
 */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
/** The most an archive may expand to when read back (its entries' declared sizes, summed). */
export const MAX_BACKUP_UNPACKED_BYTES = 4 * MAX_BACKUP_BYTES;
/** Rolling backups of the store the main side keeps (the page says how many). */
export const BACKUPS_KEPT = 10;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────
/** The web host refuses a request body larger than this; a file travels in it as base64, about 4/3 larger. */
export const WEB_HOST_REQUEST_BYTES = 10 * 1024 * 1024;

// ── Annotations ───────────────────────────────────────────────────────────────────────────────
export const TAG_MAX_LENGTH = 40;
export const TAGS_MAX_COUNT = 20;

// ── Drafts ────────────────────────────────────────────────────────────────────────────────────
/** Statutory minimum of joint signatures for a proposal to a municipal people's congress (a setting). */
export const DEFAULT_PROPOSAL_MIN_CO_SIGNERS = 10;
