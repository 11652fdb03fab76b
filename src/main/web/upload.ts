import type { IncomingMessage } from 'node:http';
import type { ApiResult } from '../../shared/contract/result';
import { MAX_BACKUP_BYTES } from '../../shared/domain/limits';
import { BodyTooLargeError, readBodyBytes } from './request-guard';

/** The path of the streaming upload (a backup file on its way to a restore); same guards as /api. */
export const UPLOAD_PATH = '/upload';
export const FILE_NAME_HEADER = 'x-deputy-desk-file-name';

/** Hands the uploaded bytes to the main side (IncomingFiles.stage) and answers what it holds. */
export type ReceiveUpload = (fileName: string, bytes: Uint8Array) => unknown;

/**
 * Reads the raw body (the file itself, not JSON) up to the backup size limit that export also
 * keeps to, so whatever "back up everything" wrote can come back in.
 */
export async function receiveUpload(
  request: IncomingMessage,
  receive: ReceiveUpload,
): Promise<{ status: number; body: ApiResult<unknown> }> {
  let fileName = 'backup';
  try {
    fileName = decodeURIComponent(String(request.headers[FILE_NAME_HEADER] ?? 'backup')).slice(0, 255);
  } catch {
    // A malformed name is not worth refusing the file for.
  }
  try {
    const bytes = await readBodyBytes(request, MAX_BACKUP_BYTES);
    return { status: 200, body: { ok: true, data: receive(fileName, bytes) } };
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    const limit = `${MAX_BACKUP_BYTES / 1024 / 1024} MB`;
    return {
      status: 413,
      body: {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `This file cannot be restored: it is larger than ${limit}, the largest backup Deputy Desk reads. Your current data is unchanged.`,
        },
      },
    };
  }
}
