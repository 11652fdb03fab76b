import { createContext } from 'react';
import type { HighlightMap, HighlightRange } from './highlight-segments';

const NONE: readonly HighlightRange[] = [];

/**
 * The highlights of every paragraph, outside React state: each paragraph subscribes and reads only
 * its own ranges, so a change re-renders just the paragraphs whose ranges changed.
 */
export interface HighlightStore {
  get(paragraphId: string): readonly HighlightRange[];
  current(): HighlightMap;
  set(map: HighlightMap): void;
  subscribe(listener: () => void): () => void;
}

export function createHighlightStore(): HighlightStore {
  let map: HighlightMap = new Map();
  const listeners = new Set<() => void>();
  return {
    get: (paragraphId) => map.get(paragraphId) ?? NONE,
    current: () => map,
    set(next) {
      map = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Null in read-only views (an old version): paragraphs render plain text. */
export const HighlightContext = createContext<HighlightStore | null>(null);
