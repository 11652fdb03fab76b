import { MAX_IMPORT_BYTES, WEB_HOST_REQUEST_BYTES } from '../../shared/domain/limits';

/** What the page checks before sending a file (the limits are shared with the main side: src/shared/domain/limits.ts). */
export { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from '../../shared/domain/limits';

export type FileCheck = 'ok' | 'tooLarge';

/** The API refuses files over 50 MB; the page refuses them first, without reading them. */
export function checkImportFile(file: { size: number }): FileCheck {
  return file.size > MAX_IMPORT_BYTES ? 'tooLarge' : 'ok';
}

/** True when the file, as base64 in a JSON request, passes the web host's request limit. */
export function exceedsWebHostLimit(file: { size: number }): boolean {
  return Math.ceil(file.size / 3) * 4 + 1024 > WEB_HOST_REQUEST_BYTES;
}

/** The file name's extension, lower-case, without the dot ('' when none). */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
