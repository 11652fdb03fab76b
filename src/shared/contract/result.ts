import { z } from 'zod';
import { ImportRefusalSchema } from '../domain/import-refusal';

export const API_ERROR_CODES = ['UNKNOWN_METHOD', 'INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'STORAGE', 'INTERNAL'] as const;
export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string(),
  /** Why a file or text was not imported, for the page to say in the deputy's language. */
  importRefusal: ImportRefusalSchema.optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** What crosses a process boundary: never a thrown error, always one of these. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const ApiResultEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorSchema }),
]);

/** The single IPC channel and the HTTP header that carries the web host's per-run token. */
export const IPC_CHANNEL = 'deputy-desk:api';
export const TOKEN_HEADER = 'x-deputy-desk-token';
