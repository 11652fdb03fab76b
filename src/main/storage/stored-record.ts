import type { z } from 'zod';

/**
 * Records in the store's large collections (annotations, drafts, vote items) are frozen, deeply:
 * a service changes one by putting a new record in its place, never by mutating it. That is what
 * lets the serializer cache each record's JSON by object identity (store-serializer.ts), and a
 * mutation that slips in fails loudly instead of being silently left out of the file.
 *
 * A new record is also checked against the same schema the store file is read with, so no code
 * path can write a file that the next start would refuse (and set aside) as invalid.
 */
export function storedRecord<T extends object>(schema: z.ZodType<T>, value: T): T {
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `Refusing to store an invalid record (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}); nothing was changed.`,
    );
  }
  return deepFreeze(value);
}

/** A record read from a file that was validated as a whole. */
export function frozenRecord<T extends object>(value: T): T {
  return deepFreeze(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
