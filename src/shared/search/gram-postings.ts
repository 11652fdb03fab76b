/**
 * A character-gram index over a list of folded texts, for substring search without word breaking
 * (Chinese has no spaces). Every pair of adjacent characters (UTF-16 code units) maps to the
 * ascending list of the places it occurs at, so a needle is looked for only where its rarest pair
 * is, each place verified with startsWith: a long paragraph holds most common pairs somewhere, and
 * scanning it whole for every query was most of a search's time. A one-character needle uses the
 * list of texts holding that character. Matches are exactly those of a full scan, in the same order.
 */

/** Key of two adjacent code units; the first is never 0 (folded text holds no NUL), so keys never meet unigrams'. */
const bigram = (a: number, b: number): number => ((a << 16) | b) >>> 0;

export interface GramPostings {
  readonly size: number;
  /**
   * Calls `visit(text, at)` for every occurrence of a non-empty `needle`, text by text in order and
   * left to right in each, not overlapping (as `indexOf` from the end of the previous one finds
   * them); stops when `visit` returns false.
   */
  forEachMatch(needle: string, visit: (text: number, at: number) => boolean): void;
}

/** Slots of keys: a table for pairs of ASCII characters (most of an English text), a map for the rest. */
class Slots {
  readonly #ascii = new Int32Array(128 * 128).fill(-1);
  readonly #others = new Map<number, number>();
  count = 0;

  get(a: number, b: number): number {
    if (a < 128 && b < 128) return this.#ascii[(a << 7) | b] ?? -1;
    return this.#others.get(bigram(a, b)) ?? -1;
  }

  add(a: number, b: number): number {
    const found = this.get(a, b);
    if (found >= 0) return found;
    const slot = this.count++;
    if (a < 128 && b < 128) this.#ascii[(a << 7) | b] = slot;
    else this.#others.set(bigram(a, b), slot);
    return slot;
  }
}

export function buildGramPostings(texts: readonly string[]): GramPostings {
  // Places are offsets in all texts laid end to end: text t holds [starts[t], starts[t + 1]).
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((text, t) => (starts[t + 1] = (starts[t] ?? 0) + text.length));
  const total = starts[texts.length] ?? 0;
  const slots = new Slots();
  const slotAt = new Int32Array(total).fill(-1);
  let counts = new Int32Array(1024);
  const holders = new Map<number, number[]>();
  texts.forEach((text, t) => {
    const base = starts[t] ?? 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const list = holders.get(c);
      if (list === undefined) holders.set(c, [t]);
      // Texts are added in ascending order: a repeat in the same text is the list's last element.
      else if (list[list.length - 1] !== t) list.push(t);
      if (i + 1 === text.length) break;
      const slot = slots.add(c, text.charCodeAt(i + 1));
      if (slot >= counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[slot] = (counts[slot] ?? 0) + 1;
      slotAt[base + i] = slot;
    }
  });
  // Each slot's places, ascending, in one array: slot s holds places[offsets[s], offsets[s + 1]).
  const offsets = new Int32Array(slots.count + 1);
  for (let s = 0; s < slots.count; s++) offsets[s + 1] = (offsets[s] ?? 0) + (counts[s] ?? 0);
  const cursor = offsets.slice(0, slots.count);
  const places = new Int32Array(offsets[slots.count] ?? 0);
  for (let g = 0; g < total; g++) {
    const slot = slotAt[g] ?? -1;
    if (slot < 0) continue;
    const k = cursor[slot] ?? 0;
    places[k] = g;
    cursor[slot] = k + 1;
  }

  /** The needle's rarest pair: its slot and where it sits in the needle; null when some pair occurs nowhere. */
  function rarestPair(needle: string): { slot: number; shift: number } | null {
    let best: { slot: number; shift: number } | null = null;
    let fewest = Infinity;
    for (let i = 1; i < needle.length; i++) {
      const slot = slots.get(needle.charCodeAt(i - 1), needle.charCodeAt(i));
      if (slot < 0) return null;
      const count = (offsets[slot + 1] ?? 0) - (offsets[slot] ?? 0);
      if (count < fewest) {
        fewest = count;
        best = { slot, shift: i - 1 };
      }
    }
    return best;
  }

  return {
    size: texts.length,
    forEachMatch(needle, visit) {
      if (needle.length === 1) {
        for (const t of holders.get(needle.charCodeAt(0)) ?? []) {
          const text = texts[t] ?? '';
          for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (!visit(t, at)) return;
        }
        return;
      }
      const pair = rarestPair(needle);
      if (pair === null) return;
      const end = offsets[pair.slot + 1] ?? 0;
      let t = 0;
      let matchedText = -1;
      let matchEnd = 0;
      for (let k = offsets[pair.slot] ?? 0; k < end; k++) {
        const place = (places[k] ?? 0) - pair.shift;
        while ((starts[t + 1] ?? total) <= place) t++;
        const at = place - (starts[t] ?? 0);
        // The needle starts in this text (startsWith fails when it would run into the next one) and
        // does not overlap the previous match in it.
        if (at < 0 || (t === matchedText && at < matchEnd)) continue;
        if (!(texts[t] ?? '').startsWith(needle, at)) continue;
        if (!visit(t, at)) return;
        matchedText = t;
        matchEnd = at + needle.length;
      }
    },
  };
}
