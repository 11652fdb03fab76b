/**
 * PEER FOR COMPARISON ONLY — not used by the app.
 *
 * The Hypothesis client's re-anchoring of a text-position + text-quote target, written here from
 * its published description (annotator/anchoring: the position selector is tried first and kept
 * when the text there still equals the quote; then `matchQuote`), so that bench/anchor-bench.ts
 * compares our anchoring with the real thing on the same input:
 *  - search: every exact occurrence (`indexOf`) first; only when there is none, approximate
 *    search (approx-string-match) allowing min(256, quote.length / 2) errors;
 *  - each candidate scored 50 × quote + 20 × prefix + 20 × suffix + 2 × position, divided by 92,
 *    where quote = 1 − errors / length, prefix and suffix = 1 − errors / length of the best match of
 *    the stored context in the text of the same length before / after the candidate (1 when no
 *    context is stored), and position = 1 − |start − hint| / text length;
 *  - the best-scoring candidate is taken, whatever its score: Hypothesis has no acceptance threshold.
 */
import approxSearch from 'approx-string-match';
import type { AnnotationTarget } from '../src/shared/domain/annotation';

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Exact occurrences if there are any, else the best approximate ones. */
function candidates(text: string, needle: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    exact.push({ start: at, end: at + needle.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, needle, maxErrors);
}

/** How well `expected` occurs in `actual`: 1 − errors / length of its best match, 0 when either is empty. */
function contextScore(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const best = candidates(actual, expected, expected.length)[0];
  return best === undefined ? 0 : 1 - best.errors / expected.length;
}

/** Hypothesis's matchQuote: the best candidate for the quote in `text`, or null when there is none. */
export function matchQuote(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string; hint?: number },
): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null;
  const found = candidates(text, quote, Math.min(256, quote.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of found) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? contextScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1;
    const suffixScore = context.suffix ? contextScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1;
    const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / text.length;
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) /
      WEIGHT_TOTAL;
    if (best === null || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}

/** Position selector when its text still equals the quote, else matchQuote with the old start as hint; null = orphaned. */
export function hypothesisStyleAnchor(
  target: Pick<AnnotationTarget, 'position' | 'quote'>,
  text: string,
): { start: number; end: number } | null {
  const { start, end } = target.position;
  const { exact, prefix, suffix } = target.quote;
  if (text.slice(start, end) === exact) return { start, end };
  const match = matchQuote(text, exact, { prefix, suffix, hint: start });
  return match && { start: match.start, end: match.end };
}
