/**
 * Sentence spans of a paragraph, for figure context and temporal classification.
 * One left-to-right scan with bounded look-behind: linear in the paragraph length.
 * A Latin sentence ends at ". ", "! " or "? " followed by something that can start a sentence,
 * except after an abbreviation ("No. 1", "Co., Ltd. in"); a Chinese one ends at 。！？.
 */

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const CJK_ENDS = new Set(['。', '！', '？']);
const LATIN_ENDS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '」', '』', '》']);
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
  'vs',
  'etc',
  'e.g',
  'i.e',
  'art',
  'fig',
  'vol',
  'approx',
  'dept',
]);

function canStart(ch: string): boolean {
  if (ch === '') return false;
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) return true;
  return /[0-9“‘"'(（《「\u3400-\u9fff]/u.test(ch);
}

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 8 && /[A-Za-z.]/.test(text.charAt(start - 1))) start -= 1;
  const word = text.slice(start, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function push(out: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let from = 0;
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    const cjk = CJK_ENDS.has(ch);
    if (!cjk && !LATIN_ENDS.has(ch)) continue;
    let end = i + 1;
    while (end < n && CLOSERS.has(text.charAt(end))) end += 1;
    if (!cjk) {
      let next = end;
      while (next < n && text.charAt(next) === ' ') next += 1;
      if (next === end || !canStart(text.charAt(next))) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
    }
    push(out, text, from, end);
    from = end;
    i = end - 1;
  }
  push(out, text, from, n);
  return out;
}
