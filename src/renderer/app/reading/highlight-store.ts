import { createContext, useEffect, useState } from 'react';
import type { DocumentText } from '../../../shared/anchoring/document-text';
import type { Annotation } from '../../../shared/domain/annotation';
import { highlightsByParagraph, type HighlightMap, type HighlightRange } from './highlight-segments';

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

/** The open document's store, set again from its annotations whenever they or its text change. */
export function useHighlightStore(annotations: readonly Annotation[], documentText: DocumentText): HighlightStore {
  const [store] = useState(createHighlightStore);
  useEffect(() => {
    store.set(highlightsByParagraph(annotations, documentText.paragraphs, store.current()));
  }, [annotations, documentText, store]);
  return store;
}
