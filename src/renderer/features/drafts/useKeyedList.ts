import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface Keyed<T> {
  key: number;
  value: T;
}

let lastKey = 0;
const keyed = <T>(value: T): Keyed<T> => ({ key: ++lastKey, value });

/**
 * A list edited in place (measures, co-signers): each item keeps a stable key so its inputs keep
 * their identity when moved; `commit` reports the plain values; `focusAfter` moves focus once the
 * list has re-rendered (to the moved item's button, a new row…), so the keyboard never loses its place.
 */
export function useKeyedList<T>(initial: readonly T[], onCommit: (values: T[]) => void) {
  const [items, setItems] = useState<Keyed<T>[]>(() => initial.map(keyed));
  const itemsRef = useRef(items);
  const onCommitRef = useRef(onCommit);
  const focusTarget = useRef<string | null>(null);
  useLayoutEffect(() => {
    onCommitRef.current = onCommit;
  });
  useLayoutEffect(() => {
    const id = focusTarget.current;
    if (!id) return;
    focusTarget.current = null;
    document.getElementById(id)?.focus();
  }, [items]);

  const commit = useCallback((next: Keyed<T>[], focusId?: string) => {
    itemsRef.current = next;
    if (focusId) focusTarget.current = focusId;
    setItems(next);
    onCommitRef.current(next.map((item) => item.value));
  }, []);

  const setAt = useCallback(
    (key: number, value: T) => commit(itemsRef.current.map((item) => (item.key === key ? { key, value } : item))),
    [commit],
  );
  const append = useCallback(
    (values: readonly T[], focusId?: string) => commit([...itemsRef.current, ...values.map(keyed)], focusId),
    [commit],
  );
  const replaceAll = useCallback((values: readonly T[], focusId?: string) => commit(values.map(keyed), focusId), [commit]);
  const remove = useCallback(
    (index: number, focusId?: string) =>
      commit(
        itemsRef.current.filter((_, i) => i !== index),
        focusId,
      ),
    [commit],
  );
  const move = useCallback(
    (index: number, delta: -1 | 1, focusId?: string) => {
      const list = [...itemsRef.current];
      const to = index + delta;
      if (to < 0 || to >= list.length) return;
      [list[index], list[to]] = [list[to]!, list[index]!];
      commit(list, focusId);
    },
    [commit],
  );

  return { items, itemsRef, setAt, append, replaceAll, remove, move };
}
