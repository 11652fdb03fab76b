import { ApiCallError } from '../api/client';

/** The human message of a failed call: the main side's own words for an ApiCallError, else null (the UI says "something went wrong"). */
export function apiErrorMessage(error: unknown): string | null {
  if (error instanceof ApiCallError) return error.message;
  return null;
}

/** The one way a failure becomes words on the page: the main side's message, else the error itself. */
export function errorText(error: unknown): string {
  return apiErrorMessage(error) ?? String(error);
}
