/** The fields of a change that are given: an optional field left out must keep the stored value, not become undefined. */
export function definedFields<T extends object>(change: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const defined: { [K in keyof T]?: Exclude<T[K], undefined> } = {};
  for (const key of Object.keys(change) as (keyof T)[]) {
    const value = change[key];
    if (value !== undefined) defined[key] = value as Exclude<T[keyof T], undefined>;
  }
  return defined;
}
