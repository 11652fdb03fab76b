/**
 * Sentence ends in a paragraph or a line: the one splitter behind figure context (`splitSentences`)
 * and headings printed with their body on one line (`splitHeadingBody`).
 * One left-to-right scan with bounded look-behind: linear in the text length.
 * A Chinese sentence ends at 。！？; a Latin one at ". ", "! " or "? " followed by something that can
 * start a sentence, except after an abbreviation ("No. 1", "Co., Ltd. in"). Closing quotes and
 * brackets belong to the sentence they follow ("…Jiaxing”. Next").
 */
import { isCjk } from './normalize-text';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

export interface HeadingSplit {
  /** The first sentence, keeping its final punctuation. */
  heading: string;
  /** The rest of the line, or null when the line is a heading alone. */
  body: string | null;
}

const CJK_ENDS = new Set(['。', '！', '？']);
const LATIN_ENDS = new Set(['.', '!', '?']);
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

function startsSentence(ch: string): boolean {
  if (ch === '') return false;
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) return true; // upper-case letter
  return /[0-9“‘"'(（《「]/.test(ch) || isCjk(ch);
}

/** A single letter or a known abbreviation right before the period at `dot` (bounded look-behind). */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 12 && /[A-Za-z.]/.test(text.charAt(start - 1))) start -= 1;
  const word = text.slice(start, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** Where the next sentence from `from` ends (after its closers), or -1 when the rest is one sentence. */
function nextSentenceEnd(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const ch = text.charAt(i);
    const cjk = CJK_ENDS.has(ch);
    if (!cjk && !LATIN_ENDS.has(ch)) continue;
    let end = i + 1;
    while (end < n && CLOSERS.has(text.charAt(end))) end += 1;
    if (!cjk) {
      let next = end;
      while (next < n && text.charAt(next) === ' ') next += 1;
      if (next === end || !startsSentence(text.charAt(next))) {
        i = end - 1;
        continue;
      }
      if (ch === '.' && isAbbreviation(text, i)) continue;
    }
    return end;
  }
  return -1;
}

function push(out: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** The sentences of a paragraph, trimmed, with their offsets into it. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  for (let end = nextSentenceEnd(text, 0); end !== -1; end = nextSentenceEnd(text, end)) {
    push(out, text, from, end);
    from = end;
  }
  push(out, text, from, text.length);
  return out;
}

/** Splits `text` after its first sentence if more text follows; otherwise the whole text is the heading. */
export function splitHeadingBody(text: string): HeadingSplit {
  for (let end = nextSentenceEnd(text, 0); end !== -1; end = nextSentenceEnd(text, end)) {
    const body = text.slice(end).trim();
    if (body !== '') return { heading: text.slice(0, end).trim(), body };
  }
  return { heading: text, body: null };
}
