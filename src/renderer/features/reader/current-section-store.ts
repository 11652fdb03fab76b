/** The outline's current section, kept outside React state so the reading pane never re-renders for it. */
export interface CurrentSectionStore {
  get(): string | null;
  set(path: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createCurrentSectionStore(initial: string | null = null): CurrentSectionStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(path) {
      if (path === current) return;
      current = path;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
