/**
 * Edit distance for the short strings anchoring compares (quote contexts of ≤ 32 characters,
 * see QUOTE_CONTEXT_LENGTH). Plain two-row Levenshtein: at 32 × 32 cells it is cheaper than
 * setting up a bit-parallel search, and it is called once per candidate.
 */

// Reused between calls: anchoring is synchronous, so one buffer pair is enough and avoids garbage.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance (insertions, deletions, substitutions; UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      // Every index is within the rows (sized to b above): the 0 defaults only satisfy the index type.
      const substitution = (previousRow[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previousRow[j] ?? 0) + 1;
      const insertion = (currentRow[j - 1] ?? 0) + 1;
      currentRow[j] = Math.min(substitution, deletion, insertion);
    }
    const swap = previousRow;
    previousRow = currentRow;
    currentRow = swap;
  }
  return previousRow[b.length] ?? 0;
}

/** 1 for identical strings, 0 for nothing in common; two empty strings are identical. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

/**
 * How well the text before a candidate agrees with a stored prefix, and the text after it with a
 * stored suffix. The windows taken from `text` have the stored length, so an edit next to the
 * quote costs a few points rather than everything. An empty stored context (quote at the very
 * start or end of the document) agrees only with an equally empty window.
 */
export function contextAgreement(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): { prefix: number; suffix: number } {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return {
    prefix: prefix.length === 0 ? (start === 0 ? 1 : 0.5) : similarity(prefix, before),
    suffix: suffix.length === 0 ? (end === text.length ? 1 : 0.5) : similarity(suffix, after),
  };
}
