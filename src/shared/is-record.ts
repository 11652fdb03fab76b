/** Whether a parsed JSON value is an object of named fields (not null, not a list): its fields can be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
