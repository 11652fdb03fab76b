/**
 * Ordering of lists that keep removed entries for undo (agenda items, candidates): positions count
 * live entries only, and removed ones keep their slots so that a restore puts them back where they were.
 */
interface Removable {
  readonly id: string;
  readonly deletedAt: string | null;
}

/** The list with the live entry `id` moved to live position `toIndex`; removed entries stay in their slots. */
export function moveAmongLive<T extends Removable>(list: readonly T[], id: string, toIndex: number): T[] {
  const live = list.filter((entry) => entry.deletedAt === null);
  const from = live.findIndex((entry) => entry.id === id);
  if (from < 0) return [...list];
  const [moved] = live.splice(from, 1);
  live.splice(Math.max(0, Math.min(toIndex, live.length)), 0, moved!);
  let next = 0;
  return list.map((entry) => (entry.deletedAt === null ? live[next++]! : entry));
}

/** The list with `entries` inserted before the live entry at `index` (at the end when `index` is past the last). */
export function insertAmongLive<T extends Removable>(list: readonly T[], entries: readonly T[], index?: number): T[] {
  const result = [...list];
  if (index === undefined) return [...result, ...entries];
  let seen = 0;
  const at = result.findIndex((entry) => entry.deletedAt === null && seen++ === index);
  result.splice(at < 0 ? result.length : at, 0, ...entries);
  return result;
}

export function liveCount(list: readonly Removable[]): number {
  return list.reduce((n, entry) => n + (entry.deletedAt === null ? 1 : 0), 0);
}
