/**
 * Records in the store's large collections (annotations, and later drafts) are frozen, deeply:
 * a service changes one by putting a new record in its place, never by mutating it. That is what
 * lets the serializer cache each record's JSON by object identity (store-serializer.ts), and a
 * mutation that slips in fails loudly instead of being silently left out of the file.
 */
export function storedRecord<T extends object>(value: T): T {
  return deepFreeze(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
