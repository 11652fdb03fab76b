/**
 * Stage (d) of anchoring: a quote edited beyond the approximate search's error budget (a clause
 * inserted into it or replaced inside it) while both of its surroundings survive word for word
 * near where it was. The text between them is the passage that replaced it, when that text is
 * still at least half the quote: a deleted passage leaves its prefix and suffix side by side, and
 * a sentence rewritten in other words keeps much less than half.
 */
import type { TextQuoteSelector } from '../domain/annotation';
import { trimRange } from './describe-passage';
import type { ParagraphSpan } from './document-text';
import { similarity } from './text-similarity';

/** Contexts shorter than this (a quote at the start or end of the report) say too little. */
const MIN_CONTEXT = 16;
/** The quote, or what replaced it, must be at least this long: a few letters are found anywhere. */
const MIN_QUOTE = 16;
/** Share of the quote that must still be there (1 − edit distance ÷ the longer of the two). */
export const MIN_BRACKETED_SIMILARITY = 0.5;
/** The surroundings are looked for this far (characters) from where the passage is expected. */
const REACH = 2000;
/** Prefix occurrences examined at most (a 32-character context is rarely repeated). */
const MAX_PREFIX_HITS = 20;

export interface BracketQuery {
  quote: TextQuoteSelector;
  /** Where the passage is expected to start (old offset, carried offsets, its unchanged paragraph). */
  expected: readonly number[];
  paragraph?: ParagraphSpan;
}

export interface BracketMatch {
  start: number;
  end: number;
  /** Similarity of the bracketed text to the quote. */
  score: number;
}

export function bracketFind(text: string, { quote, expected, paragraph }: BracketQuery): BracketMatch | null {
  const { exact, prefix, suffix } = quote;
  if (prefix.length < MIN_CONTEXT || suffix.length < MIN_CONTEXT || exact.length < MIN_QUOTE) return null;
  const near = (at: number) =>
    expected.some((e) => Math.abs(at - e) <= REACH) || (paragraph !== undefined && at >= paragraph.start && at <= paragraph.end);
  // Edge white space of the quote is kept as it was stored; otherwise the match is trimmed like a selection.
  const trims = !/^\s|\s$/.test(exact);
  let best: BracketMatch | null = null;
  let from = 0;
  for (let n = 0; n < MAX_PREFIX_HITS; n++) {
    const hit = text.indexOf(prefix, from);
    if (hit < 0) break;
    from = hit + 1;
    const start = hit + prefix.length;
    if (!near(start)) continue;
    const after = text.indexOf(suffix, start);
    // Longer than twice the quote, the text between cannot be half the quote.
    if (after < 0 || after - start > 2 * exact.length) continue;
    const range = trims ? trimRange(text, start, after) : { start, end: after };
    if (range === null || range.end - range.start < MIN_QUOTE) continue;
    const score = similarity(exact, text.slice(range.start, range.end));
    if (score >= MIN_BRACKETED_SIMILARITY && (best === null || score > best.score)) best = { ...range, score };
  }
  return best;
}
