/**
 * Splits a numbered line whose heading and body are printed on one line
 * ("1. We did X. We continued Y…") at the end of the first sentence.
 * A single left-to-right scan with O(1) look-behind per candidate: linear in the line length.
 */
import { isCjk } from './normalize-text';

export interface HeadingSplit {
  /** The first sentence, keeping its final punctuation. */
  heading: string;
  /** The rest of the line, or null when the line is a heading alone. */
  body: string | null;
}

const CJK_TERMINATORS = new Set(['。', '！', '？']);
const LATIN_TERMINATORS = new Set(['.', '!', '?']);
// Closing quotes/brackets that belong to the sentence they follow: "…Jiaxing”. Next".
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '」', '』', '》', ']']);
// Words commonly followed by a period that does not end a sentence ("No. 1 Reform Project").
const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'co',
  'inc',
  'ltd',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'art',
  'fig',
  'vol',
  'approx',
  'dept',
  'govt',
]);

function startsSentence(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) return true; // upper-case letter
  if (/[0-9“‘"'(（《「]/.test(ch)) return true;
  return isCjk(ch);
}

/** The word right before the period at `dot` (bounded look-behind), lower-cased. */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && dot - start < 12 && /[A-Za-z.]/.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, dot).toLowerCase();
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** Splits `text` after its first sentence if more text follows; otherwise the whole text is the heading. */
export function splitHeadingBody(text: string): HeadingSplit {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    const cjk = CJK_TERMINATORS.has(ch);
    if (!cjk && !LATIN_TERMINATORS.has(ch)) continue;
    let end = i + 1;
    while (end < n && CLOSERS.has(text.charAt(end))) end += 1;
    if (end >= n) break;
    if (!cjk) {
      // A Latin sentence ends at ". " followed by something that can start a sentence.
      if (text.charAt(end) !== ' ' || !startsSentence(text.charAt(end + 1))) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
    }
    const body = text.slice(end).trim();
    if (body !== '') return { heading: text.slice(0, end).trim(), body };
  }
  return { heading: text, body: null };
}
