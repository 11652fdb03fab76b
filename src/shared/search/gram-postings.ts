/**
 * A character-gram inverted index over a list of folded texts, for substring search without word
 * breaking (Chinese has no spaces): every character and every pair of adjacent characters (UTF-16
 * code units) maps to the ascending list of texts holding it. A text holding a needle holds all of
 * the needle's grams, so intersecting their lists gives a superset of the texts to verify with
 * indexOf: results are exactly those of a full scan, found without reading the other texts.
 */

/** Key of one code unit: 0–0xffff. */
const unigram = (c: number): number => c;
/** Key of two adjacent code units; the first is never 0 (folded text holds no NUL), so keys never meet unigrams'. */
const bigram = (a: number, b: number): number => ((a << 16) | b) >>> 0;

export interface GramPostings {
  readonly size: number;
  /** Ascending indices of the texts that may hold `needle` (all of them for an empty needle). */
  candidates(needle: string): readonly number[];
}

/** At most this many of the needle's grams are intersected (the rarest): more narrows little and costs more. */
const MAX_GRAMS = 4;

function push(postings: Map<number, number[]>, key: number, text: number): void {
  const list = postings.get(key);
  if (list === undefined) postings.set(key, [text]);
  // Texts are added in ascending order: a repeat in the same text is the list's last element.
  else if (list[list.length - 1] !== text) list.push(text);
}

/** Intersection of ascending lists, smallest first. */
function intersect([first = [], ...others]: readonly (readonly number[])[]): number[] {
  let result = [...first];
  for (const other of others) {
    if (result.length === 0) break;
    const kept: number[] = [];
    let j = 0;
    for (const value of result) {
      while (j < other.length && (other[j] ?? value) < value) j += 1;
      if (j === other.length) break;
      if (other[j] === value) kept.push(value);
    }
    result = kept;
  }
  return result;
}

export function buildGramPostings(texts: readonly string[]): GramPostings {
  const postings = new Map<number, number[]>();
  texts.forEach((text, t) => {
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      push(postings, unigram(c), t);
      if (previous > 0) push(postings, bigram(previous, c), t);
      previous = c;
    }
  });
  const all = Array.from({ length: texts.length }, (_, i) => i);
  const none: readonly number[] = [];
  return {
    size: texts.length,
    candidates(needle) {
      if (needle.length === 0) return all;
      if (needle.length === 1) return postings.get(unigram(needle.charCodeAt(0))) ?? none;
      const lists: (readonly number[])[] = [];
      for (let i = 1; i < needle.length; i++) {
        const list = postings.get(bigram(needle.charCodeAt(i - 1), needle.charCodeAt(i)));
        // A gram no text holds: nothing to verify (the common case in most segments).
        if (list === undefined) return none;
        lists.push(list);
      }
      const [only] = lists;
      if (lists.length === 1 && only !== undefined) return only;
      lists.sort((a, b) => a.length - b.length);
      return intersect(lists.slice(0, MAX_GRAMS));
    },
  };
}
