/**
 * BASELINE FOR COMPARISON ONLY — not used by the app.
 *
 * The Hypothesis client's way of re-anchoring a text-quote selector, re-implemented here from its
 * published description so that bench/anchor-bench.ts can compare our anchoring with it on the
 * same input: the position selector if the quote is still there, otherwise one approximate search
 * of the quote over the WHOLE text allowing up to half the quote length in errors (capped at 256),
 * each candidate scored 50 × quote similarity + 20 × prefix + 20 × suffix + 2 × position closeness.
 */
import search from 'approx-string-match';
import type { AnnotationTarget } from '../src/shared/domain/annotation';

/** 1 − errors/length of the best approximate occurrence of `expected` in `actual`; 0 when either is empty. */
function contextScore(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const best = search(actual, expected, expected.length)[0];
  return best === undefined ? 0 : 1 - best.errors / expected.length;
}

export function hypothesisStyleAnchor(target: Pick<AnnotationTarget, 'position' | 'quote'>, text: string): { start: number; end: number } | null {
  const { start, end } = target.position;
  const { exact, prefix, suffix } = target.quote;
  if (text.slice(start, end) === exact) return { start, end };
  if (exact.length === 0) return null;
  const matches = search(text, exact, Math.min(256, exact.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / exact.length;
    const prefixScore = prefix ? contextScore(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix) : 1;
    const suffixScore = suffix ? contextScore(text.slice(match.end, match.end + suffix.length), suffix) : 1;
    const positionScore = 1 - Math.abs(match.start - start) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (best === null || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best && { start: best.start, end: best.end };
}
