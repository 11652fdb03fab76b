/**
 * Text folded for matching: lower-cased, diacritics removed (é → e, Ü → u), full-width Latin letters
 * and digits narrowed. `map[i]` is the offset in the original text of folded character `i`
 * (null when folding kept every offset, the common case for ASCII text).
 */
export interface FoldedText {
  folded: string;
  map: Int32Array | null;
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;

const charCache = new Map<string, string>();

/** Folds one character (a code point) the way `foldText` does. */
export function foldChar(char: string): string {
  const cached = charCache.get(char);
  if (cached !== undefined) return cached;
  const folded = foldUncached(char);
  if (charCache.size < 20_000) charCache.set(char, folded);
  return folded;
}

function foldUncached(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  // Full-width ASCII variants (Ａ, ｂ, １) → ASCII.
  const narrowed = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : char;
  return narrowed.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function foldText(text: string): FoldedText {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), map: null };
  const pieces: string[] = [];
  // Offsets stay aligned while every character folds to exactly one code unit (é → e, 中 → 中): no map needed.
  let aligned = true;
  for (const char of text) {
    const piece = foldChar(char);
    if (piece.length !== char.length) aligned = false;
    pieces.push(piece);
  }
  if (aligned) return { folded: pieces.join(''), map: null };
  const map: number[] = [];
  let offset = 0;
  let index = 0;
  for (const char of text) {
    const piece = pieces[index++]!;
    for (let i = 0; i < piece.length; i++) map.push(offset);
    offset += char.length;
  }
  map.push(offset);
  return { folded: pieces.join(''), map: Int32Array.from(map) };
}

/** The original offset of folded offset `index` (index may equal folded.length). */
export function originalOffset(text: FoldedText, index: number, originalLength: number): number {
  if (text.map === null) return index;
  return index >= text.folded.length ? originalLength : (text.map[index] ?? originalLength);
}

/** Folds a query: same folding, inner white space collapsed, trimmed. */
export function foldQuery(query: string): string {
  return foldText(query.replace(/\s+/g, ' ').trim()).folded;
}
