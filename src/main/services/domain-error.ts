import type { ApiError, ApiErrorCode } from '../../shared/contract/result';

/** An expected failure with a message for the deputy; dispatch passes it on as `{ ok: false, error }`. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: Exclude<ApiErrorCode, 'UNKNOWN_METHOD' | 'INTERNAL'>,
    message: string,
    /** Structured reasons the page words itself (see ApiError). */
    readonly details: Pick<ApiError, 'importRefusal'> = {},
  ) {
    super(message);
  }
}
