/**
 * Stage (c) of anchoring: approximate search of a quote whose text was edited, with a bounded
 * error budget, searched first in windows around where the passage is expected and then in
 * windows where the revision's 6-grams say it may have moved (gram-index.ts), never in the whole
 * text. Myers' bit-parallel algorithm (approx-string-match) costs O(n · ⌈m/32⌉) for a window of n
 * characters and a quote of m, so the windows keep each search at a few thousand characters, and
 * a per-annotation work budget bounds the total: a quote not found within it is orphaned.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from '../domain/annotation';
import type { ParagraphSpan } from './document-text';
import { trimRange } from './describe-passage';
import type { GramIndex } from './gram-index';
import { contextAgreement } from './text-similarity';

/**
 * Share of the quote that may differ. 30% lets a word be changed, a comma dropped, a space doubled
 * or a paragraph split inside a sentence-long quote, while text that merely resembles it (the
 * report repeats formulas such as "we will further promote…") typically differs by 50% or more.
 * Hypothesis allows 50%, which lands deleted passages on unrelated words.
 */
export const MAX_ERROR_RATE = 0.3;
/** Long quotes: above ~850 characters 30% would be hundreds of errors (slow, and no longer "the same passage"). */
export const MAX_ERRORS_CAP = 256;
/** Below this a quote is too short to be recognised with an error: "5.2%" → "5.3%" is another figure. */
export const MIN_FUZZY_LENGTH = 4;
/** Short quotes (< this) need more context agreement: a few letters match all over a report. */
export const SHORT_QUOTE_LENGTH = 16;
export const SHORT_QUOTE_MIN_CONTEXT = 0.6;
/** A side of the context "still agrees" at this similarity (random English scores ~0.2–0.35 on 32 characters). */
export const CONTEXT_AGREES = 0.5;
/** Near the old position, a long quote this similar is accepted even with both surroundings rewritten. */
export const STRONG_QUOTE_SIMILARITY = 0.9;
export const LONG_QUOTE_LENGTH = 32;
/** Characters searched on each side of an expected position before falling back to the whole text. */
export const WINDOW_MARGIN = 2000;

/** Score weights: the quote dominates, context breaks ties between near-equal matches, position last. */
const WEIGHTS = { quote: 50, prefix: 15, suffix: 15, position: 5 };
const WEIGHT_TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** Distance (characters) at which closeness to the old position counts half. */
const POSITION_SCALE = 1000;
/** Prefix/suffix probes look at no more occurrences than this (a context is rarely that common). */
const MAX_PROBE_HITS = 50;

export interface FuzzyMatch {
  start: number;
  end: number;
  /** 0–1, weighted quote, context and position agreement. */
  score: number;
}

/**
 * Work allowed for one annotation, in character × 32-bit-word steps of the bit-parallel search
 * (about 10 ns each here): 1,500,000 is ~15 ms, while a quote of 200 characters searched in its
 * usual windows needs ~300,000.
 */
export const DEFAULT_SEARCH_STEPS = 1_500_000;

/** What is left of an annotation's work budget; `exhausted` once a search had to be skipped. */
export interface SearchBudget {
  steps: number;
  exhausted: boolean;
}

export interface FuzzyQuery {
  quote: TextQuoteSelector;
  /** Old start offset. */
  hint: number;
  /** Where the old start probably is now, carried along with unchanged paragraphs (position-hints.ts). */
  hints?: readonly number[];
  /** Span of the paragraph the passage started in, when that paragraph still exists unchanged. */
  paragraph?: ParagraphSpan;
  /** Where far-away copies may be; without it, the far pass scans the whole text. */
  index?: GramIndex;
  budget?: SearchBudget;
}

export function errorBudget(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  return Math.min(MAX_ERRORS_CAP, Math.floor(length * MAX_ERROR_RATE));
}

/** The occurrence of `needle` nearest to `near`, or -1. */
function nearestOccurrence(text: string, needle: string, near: number): number {
  let best = -1;
  let from = 0;
  for (let n = 0; n < MAX_PROBE_HITS; n++) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break; // later hits are only farther
    from = at + 1;
  }
  return best;
}

/** Where the passage probably is now: old offset, its unchanged paragraph, and where its prefix or suffix still occurs verbatim. */
function expectedPositions(text: string, query: FuzzyQuery): number[] {
  const { quote, hint } = query;
  const positions = [Math.min(hint, text.length), ...(query.hints ?? [])];
  if (query.paragraph) positions.push(query.paragraph.start, query.paragraph.end);
  if (quote.prefix.length >= 8) {
    const at = nearestOccurrence(text, quote.prefix, hint - quote.prefix.length);
    if (at >= 0) positions.push(at + quote.prefix.length);
  }
  if (quote.suffix.length >= 8) {
    const at = nearestOccurrence(text, quote.suffix, hint + quote.exact.length);
    if (at >= 0) positions.push(Math.max(0, at - quote.exact.length));
  }
  return positions;
}

/** Sorted, merged [from, to) windows around the expected positions. */
function searchWindows(text: string, query: FuzzyQuery): Array<[number, number]> {
  const length = query.quote.exact.length;
  const spans = expectedPositions(text, query)
    .map((p): [number, number] => [Math.max(0, p - WINDOW_MARGIN - length), Math.min(text.length, p + length + WINDOW_MARGIN)])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

interface Evidence {
  length: number;
  quoteSimilarity: number;
  prefix: number;
  suffix: number;
  /** Within WINDOW_MARGIN of the old offset or of the passage's unchanged paragraph. */
  near: boolean;
}

/**
 * Whether a candidate is the annotated passage rather than a look-alike. Government reports repeat
 * formulas ("follow the guidance of Xi Jinping Thought on…"), so a deleted passage often has a
 * near-copy elsewhere with one side of its context identical: far from the old position both sides
 * must agree; near it, one side (or, for a long quote, a near-identical text) is enough.
 */
function isAcceptable(e: Evidence): boolean {
  const oneSide = Math.max(e.prefix, e.suffix) >= (e.length < SHORT_QUOTE_LENGTH ? SHORT_QUOTE_MIN_CONTEXT : CONTEXT_AGREES);
  if (oneSide && Math.min(e.prefix, e.suffix) >= CONTEXT_AGREES) return true;
  if (!e.near) return false;
  return oneSide || (e.length >= LONG_QUOTE_LENGTH && e.quoteSimilarity >= STRONG_QUOTE_SIMILARITY);
}

/** Ranges (of start offsets) counted as near where the passage was. */
function nearRanges(query: FuzzyQuery): Array<[number, number]> {
  const reach = WINDOW_MARGIN + query.quote.exact.length;
  const ranges: Array<[number, number]> = [query.hint, ...(query.hints ?? [])].map((h) => [h - reach, h + reach]);
  if (query.paragraph) ranges.push([query.paragraph.start - WINDOW_MARGIN, query.paragraph.end + WINDOW_MARGIN]);
  return ranges;
}

/**
 * approx-string-match reports only the matches with the fewest errors. When all of those are
 * rejected (typically another "5.2%" whose context disagrees), they are masked out and the search
 * repeated near the old position, so that the edited "5.3%" with one error can still be found.
 * The whole-text pass makes one round: far away only a match with both sides agreeing is taken.
 */
const NEAR_SEARCH_ROUNDS = 3;
const MASK = '\u0000';

/** Takes the cost of searching `chars` characters for the quote from the budget; false (and nothing taken) when it does not cover it. */
function spend(query: FuzzyQuery, chars: number): boolean {
  const budget = query.budget;
  if (budget === undefined) return true;
  const steps = chars * Math.ceil(query.quote.exact.length / 32);
  if (steps > budget.steps) {
    budget.exhausted = true;
    return false;
  }
  budget.steps -= steps;
  return true;
}

/** Distance from `at` to the nearest place the passage is expected. */
function distanceToExpected(query: FuzzyQuery, at: number): number {
  let distance = Math.abs(at - query.hint);
  for (const h of query.hints ?? []) distance = Math.min(distance, Math.abs(at - h));
  return distance;
}

/** Best acceptable candidate of approx-string-match in text[from, to). */
function bestInRange(text: string, from: number, to: number, query: FuzzyQuery, budget: number, rounds: number): FuzzyMatch | null {
  const { quote } = query;
  const length = quote.exact.length;
  // Trim a match's edges only when the quote itself has none (describePassage trims selections).
  const trims = !/^\s|\s$/.test(quote.exact);
  const near = nearRanges(query);
  let haystack = from === 0 && to === text.length ? text : text.slice(from, to);
  // The best verbatim occurrence rejected for its context: an edited copy found in a later round
  // must score higher on the same weights, or the verbatim one it displaced is the passage (its
  // paragraph moved, or words next to it were edited, so its context agrees less).
  let verbatim: FuzzyMatch | null = null;
  for (let round = 0; round < rounds; round++) {
    if (!spend(query, haystack.length)) return null;
    const matches = search(haystack, quote.exact, budget);
    let best: FuzzyMatch | null = null;
    for (const match of matches) {
      const range = trims ? trimRange(text, from + match.start, from + match.end) : { start: from + match.start, end: from + match.end };
      if (range === null) continue;
      const quoteSimilarity = 1 - match.errors / length;
      const context = contextAgreement(text, range.start, range.end, quote.prefix, quote.suffix);
      const isNear = near.some(([a, b]) => range.start >= a && range.start <= b);
      const closeness = 1 / (1 + distanceToExpected(query, range.start) / POSITION_SCALE);
      const score =
        (WEIGHTS.quote * quoteSimilarity +
          WEIGHTS.prefix * context.prefix +
          WEIGHTS.suffix * context.suffix +
          WEIGHTS.position * closeness) /
        WEIGHT_TOTAL;
      const candidate = { start: range.start, end: range.end, score };
      if (!isAcceptable({ length, quoteSimilarity, prefix: context.prefix, suffix: context.suffix, near: isNear })) {
        if (match.errors === 0 && isNear && (verbatim === null || score > verbatim.score)) verbatim = candidate;
        continue;
      }
      if (best === null || score > best.score) best = candidate;
    }
    if (best !== null) return round > 0 && verbatim !== null && verbatim.score > best.score ? verbatim : best;
    // Masking cannot help once the fewest errors already use the whole budget.
    if (matches.length === 0 || matches[0]!.errors >= budget) return null;
    haystack = masked(haystack, matches);
  }
  return null;
}

function masked(haystack: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (end <= at) continue;
    const from = Math.max(at, start);
    parts.push(haystack.slice(at, from), MASK.repeat(end - from));
    at = end;
  }
  parts.push(haystack.slice(at));
  return parts.join('');
}

/** Windows around the places the gram index points to, outside the ones already searched. */
function farWindows(text: string, query: FuzzyQuery, searched: ReadonlyArray<[number, number]>, errors: number): Array<[number, number]> {
  const length = query.quote.exact.length;
  const windows: Array<[number, number]> = [];
  for (const start of query.index!.likelyStarts(query.quote)) {
    const from = Math.max(0, start - errors - 64);
    const to = Math.min(text.length, start + length + errors + 64);
    if (!searched.some(([a, b]) => from >= a && to <= b)) windows.push([from, to]);
  }
  return windows;
}

/** The best acceptable approximate match of the quote, or null (the annotation is then orphaned). */
export function fuzzyFind(text: string, query: FuzzyQuery): FuzzyMatch | null {
  const budget = errorBudget(query.quote.exact.length);
  if (budget === 0 || text.length === 0) return null;
  let best: FuzzyMatch | null = null;
  let covered = 0;
  const windows = searchWindows(text, query);
  for (const [from, to] of windows) {
    covered += to - from;
    const found = bestInRange(text, from, to, query, budget, NEAR_SEARCH_ROUNDS);
    if (found && (best === null || found.score > best.score)) best = found;
  }
  if (best !== null || covered >= text.length) return best;
  // Moved far away (or deleted): far away only a match with both sides agreeing is taken, in one round.
  if (query.index === undefined) return bestInRange(text, 0, text.length, query, budget, 1);
  for (const [from, to] of farWindows(text, query, windows, budget)) {
    const found = bestInRange(text, from, to, query, budget, 1);
    if (found && (best === null || found.score > best.score)) best = found;
  }
  return best;
}
