import { DomainError } from '../domain-error';

/** A file that cannot become a report, with what is wrong and what to do, in plain words. */
export function importRefused(fileName: string, problem: string): DomainError {
  return new DomainError('INVALID_INPUT', `"${fileName}" cannot be imported: ${problem}`);
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** A .docx whose parts unpack to more than this is refused (a zip bomb, or not a report). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
