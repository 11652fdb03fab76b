/**
 * Where in a revision a quote could have moved to, without scanning the whole text for it: an index
 * of the revision's character 6-grams, built once per revision and shared by all its annotations.
 * A passage that moved far away with a few words changed still shares most of its 6-grams with
 * the quote, at the same offset from its start; windows around offsets that many grams vote for
 * are then searched approximately (fuzzy-search.ts). A gram occurring very often ("the de") says
 * nothing about where the passage is and is skipped.
 */
import type { DocumentText } from './document-text';

const GRAM = 6;
/** Grams occurring more often than this are skipped. */
const MAX_GRAM_HITS = 24;
/** Votes are counted per bucket of start offsets, so that an insertion or deletion inside the quote still votes for one place. */
const BUCKET = 32;
/** At most this many places are searched, and a place needs this many votes. */
const MAX_PLACES = 6;
const MIN_VOTES = 3;

export interface GramIndex {
  /** Likely start offsets of the quote in the text, most-voted first; grams of its stored context vote too. */
  likelyStarts(quote: { exact: string; prefix: string; suffix: string }): number[];
}

const cache = new WeakMap<DocumentText, GramIndex>();

/** The index of `doc`, built on first use and kept as long as `doc` is. */
export function gramIndexOf(doc: DocumentText): GramIndex {
  let index = cache.get(doc);
  if (index === undefined) {
    index = buildGramIndex(doc.text);
    cache.set(doc, index);
  }
  return index;
}

/** Hash of text[at, at + GRAM): positions with equal grams share a bucket; others rarely do (the table has ≥ 2 slots per position). */
function gramHash(text: string, at: number, mask: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ text.charCodeAt(at + k), 0x01000193);
  return (h ^ (h >>> 15)) & mask;
}

function sameGram(a: string, at: number, b: string, bt: number): boolean {
  for (let k = 0; k < GRAM; k++) if (a.charCodeAt(at + k) !== b.charCodeAt(bt + k)) return false;
  return true;
}

/** Chained hash table in typed arrays: building it for a 70,000-character report takes a few milliseconds. */
function buildGramIndex(text: string): GramIndex {
  const grams = Math.max(0, text.length - GRAM + 1);
  let size = 1024;
  while (size < grams * 2) size *= 2;
  const mask = size - 1;
  const head = new Int32Array(size).fill(-1);
  const count = new Int32Array(size);
  const next = new Int32Array(grams);
  for (let at = grams - 1; at >= 0; at--) {
    const bucket = gramHash(text, at, mask);
    next[at] = head[bucket] ?? -1;
    head[bucket] = at;
    count[bucket] = (count[bucket] ?? 0) + 1;
  }
  return {
    likelyStarts({ exact, prefix, suffix }) {
      const votes = new Map<number, number>();
      const passage = prefix + exact + suffix;
      for (let offset = 0; offset + GRAM <= passage.length; offset++) {
        const bucket = gramHash(passage, offset, mask);
        // A bucket this full holds a common gram: it says nothing about where the passage is.
        if ((count[bucket] ?? 0) > MAX_GRAM_HITS) continue;
        // Buckets and positions are within the arrays: the -1 (end of chain) defaults only satisfy the index type.
        for (let at = head[bucket] ?? -1; at >= 0; at = next[at] ?? -1) {
          if (!sameGram(text, at, passage, offset)) continue;
          const start = Math.floor(Math.max(0, at - offset + prefix.length) / BUCKET);
          votes.set(start, (votes.get(start) ?? 0) + 1);
        }
      }
      return [...votes]
        .filter(([, n]) => n >= MIN_VOTES)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, MAX_PLACES)
        .map(([bucket]) => bucket * BUCKET);
    },
  };
}
