/**
 * Limits shared by the main side and the page, in one place so that both say the same. Other
 * limits (store, backups) may join them here.
 */

/** Files a report can be imported from, by extension (the page's file pickers accept these). */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.docx'] as const;
/** For `<input type="file" accept>`. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** A file larger than this is refused before it is read (no report comes near it). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** A .docx whose parts unpack to more than this is refused (a zip bomb, or not a report). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** A .docx with more paragraphs than this is refused before it is parsed (a long report has a few thousand). */
export const MAX_DOCX_PARAGRAPHS = 200_000;
/** … and with more runs (stretches of equally formatted text) than this. */
export const MAX_DOCX_RUNS = 1_000_000;
/** A report's text, from any file or paste, is refused above this many characters (about 5,000 pages). */
export const MAX_TEXT_CHARS = 10_000_000;

/** Reading one file may take this long, and this much heap, before it is stopped. */
export const IMPORT_TIME_LIMIT_MS = 60_000;
export const IMPORT_MEMORY_LIMIT_MB = 1024;
