import type { TFunction } from 'i18next';
import type { ImportRefusal } from '../../shared/domain/import-refusal';
import { ApiCallError } from '../api/client';
import { apiErrorMessage } from './error-message';

/** The refusal of a failed import call, if it was one. */
export function importRefusalOf(error: unknown): ImportRefusal | null {
  return error instanceof ApiCallError ? (error.importRefusal ?? null) : null;
}

/**
 * Why an import (library, revised version, drop or paste) was refused, in the interface language;
 * the main side's own words for other failures, else null.
 */
export function importErrorMessage(error: unknown, t: TFunction, language: string): string | null {
  const refusal = importRefusalOf(error);
  if (!refusal) return apiErrorMessage(error);
  return t(`library.refusal.${refusal.code}`, {
    limit: formatLimit(refusal, language),
    extension: refusal.extension ?? '',
    pages: formatPages(refusal.pages, language),
  });
}

/** Limits as a person reads them: megabytes, seconds or a count. */
function formatLimit(refusal: ImportRefusal, language: string): string {
  const limit = refusal.limit ?? 0;
  if (refusal.code === 'tooLarge' || refusal.code === 'unpackedTooLarge') return `${Math.round(limit / 1024 / 1024)} MB`;
  if (refusal.code === 'memory') return `${limit} MB`;
  if (refusal.code === 'time') return String(Math.round(limit / 1000));
  return limit.toLocaleString(language);
}

/** The pages a PDF refusal names, as a list in the interface language ("3, 5 and 9", "3、5和9"). */
function formatPages(pages: readonly number[] | undefined, language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format((pages ?? []).map(String));
}
