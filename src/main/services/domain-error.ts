import type { ApiError, ApiErrorCode } from '../../shared/contract/result';
import type { Language } from '../../shared/domain/settings';
import { wordMessage, type ErrorMessageKey, type MessageValues } from '../../shared/i18n/error-messages';

/**
 * An expected failure with a message for the deputy; dispatch passes it on as `{ ok: false, error }`.
 * The message is a key of the `errors` catalogue and the values it fills in: dispatch words it in the
 * deputy's language when it answers (`messageIn`); `message` is the English text, for logs and the CLI.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: Exclude<ApiErrorCode, 'UNKNOWN_METHOD' | 'INTERNAL'>,
    readonly key: ErrorMessageKey,
    readonly values: MessageValues = {},
    /** Structured reasons the page words itself (see ApiError). */
    readonly details: Pick<ApiError, 'importRefusal'> = {},
  ) {
    super(wordMessage('en', key, values));
  }

  /** The message in `language`, from the `errors` catalogue. */
  messageIn(language: Language): string {
    return wordMessage(language, this.key, this.values);
  }
}
