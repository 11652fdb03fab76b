/**
 * Re-anchoring an annotation on a (possibly revised) document text, after the W3C Web Annotation
 * model as the Hypothesis client applies it: (a) the text-position selector, if the quote is still
 * at that offset; (b) an exact search of the quote, the right occurrence picked by its context;
 * (c) an approximate search with a bounded error budget (fuzzy-search.ts), within a bounded amount
 * of work per annotation; (d) for a quote edited beyond that search's error budget, the text
 * between its surviving prefix and suffix, when still half the quote (bracket-search.ts).
 * Otherwise orphaned: the caller keeps the annotation with its quote, never drops it.
 */
import type { AnchorStatus, AnnotationTarget } from '../domain/annotation';
import { bracketFind } from './bracket-search';
import type { DocumentText, ParagraphSpan } from './document-text';
import { paragraphIndexAt } from './document-text';
import { DEFAULT_SEARCH_STEPS, fuzzyFind, SHORT_QUOTE_LENGTH, SHORT_QUOTE_MIN_CONTEXT } from './fuzzy-search';
import { gramIndexOf } from './gram-index';
import type { PositionHints } from './position-hints';
import { contextAgreement } from './text-similarity';

export type AnchorResult =
  { status: 'exact'; start: number; end: number } | { status: 'fuzzy'; start: number; end: number; score: number } | { status: 'orphaned' };

type AnchorInput = Pick<AnnotationTarget, 'position' | 'quote'> & { paragraphId?: string };

export interface AnchorOptions {
  /** Estimates of where old offsets are now, from the previous version (position-hints.ts). */
  hints?: PositionHints;
  /** Work allowed for the approximate search of one annotation (see DEFAULT_SEARCH_STEPS). */
  searchSteps?: number;
}

/** Context agreement counts as equal below this, so that closeness to the old position decides. */
const CONTEXT_EPSILON = 1e-9;

/** The paragraph with this id, if the revision still has it (ids hash the text: it is unchanged). */
function paragraphById(doc: DocumentText, id: string | undefined): ParagraphSpan | undefined {
  return id === undefined ? undefined : doc.paragraphs.find((p) => p.id === id);
}

/** Every occurrence of `quote` (overlapping ones too: "aa" in "aaa" twice). */
function occurrences(text: string, quote: string): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) hits.push(at);
  return hits;
}

interface Occurrence {
  at: number;
  inParagraph: boolean;
  /** Best of prefix and suffix agreement. */
  context: number;
}

/**
 * Of the exact occurrences: the one that starts inside the passage's own unchanged paragraph,
 * else the one whose surroundings agree best with the stored prefix/suffix, else the one nearest
 * the old offset.
 */
function pickOccurrence(
  doc: DocumentText,
  hits: readonly number[],
  target: AnchorInput,
  paragraph: ParagraphSpan | undefined,
  expected: readonly number[],
): Occurrence | null {
  const { exact, prefix, suffix } = target.quote;
  let best: Occurrence | null = null;
  let bestKey: [number, number, number] = [-1, -1, -Infinity];
  for (const at of hits) {
    const inParagraph = paragraph !== undefined && at >= paragraph.start && at < paragraph.end;
    const context = contextAgreement(doc.text, at, at + exact.length, prefix, suffix);
    const distance = Math.min(...expected.map((e) => Math.abs(at - e)));
    const key: [number, number, number] = [inParagraph ? 1 : 0, context.prefix + context.suffix, -distance];
    const better =
      key[0] !== bestKey[0]
        ? key[0] > bestKey[0]
        : Math.abs(key[1] - bestKey[1]) > CONTEXT_EPSILON
          ? key[1] > bestKey[1]
          : key[2] > bestKey[2];
    if (better) {
      best = { at, inParagraph, context: Math.max(context.prefix, context.suffix) };
      bestKey = key;
    }
  }
  return best;
}

/**
 * A short quote ("5.2%", "GDP") occurs all over a report: an occurrence counts only if its
 * context still agrees, otherwise the annotated words were probably edited (fuzzy search may
 * then find them) and another "5.2%" elsewhere is not what the deputy annotated.
 */
function isCredible(occurrence: Occurrence, quoteLength: number): boolean {
  return quoteLength >= SHORT_QUOTE_LENGTH || occurrence.inParagraph || occurrence.context >= SHORT_QUOTE_MIN_CONTEXT;
}

export function anchor(target: AnchorInput, doc: DocumentText, options: AnchorOptions = {}): AnchorResult {
  const { exact } = target.quote;
  if (exact.length === 0) return { status: 'orphaned' };
  const { start, end } = target.position;
  // (a) Unchanged text before the passage: the stored offsets still hold.
  if (end - start === exact.length && doc.text.slice(start, end) === exact) return { status: 'exact', start, end };
  // (b) The quote is intact but moved (text inserted or deleted before it).
  const hits = occurrences(doc.text, exact);
  // A single hit of a long quote needs no scoring (the common case, kept cheap).
  if (hits.length === 1 && exact.length >= SHORT_QUOTE_LENGTH) return { status: 'exact', start: hits[0]!, end: hits[0]! + exact.length };
  const paragraph = paragraphById(doc, target.paragraphId);
  const hints = options.hints?.(start) ?? [];
  const occurrence = pickOccurrence(doc, hits, target, paragraph, [start, ...hints]);
  if (occurrence && isCredible(occurrence, exact.length))
    return { status: 'exact', start: occurrence.at, end: occurrence.at + exact.length };
  // (c) The quote itself was edited.
  const budget = { steps: options.searchSteps ?? DEFAULT_SEARCH_STEPS, exhausted: false };
  const match =
    fuzzyFind(doc.text, { quote: target.quote, hint: start, hints, paragraph, index: gramIndexOf(doc), budget }) ??
    // (d) Edited beyond the error budget, between surroundings that survived (not when the search ran out of work).
    (budget.exhausted ? null : bracketFind(doc.text, { quote: target.quote, expected: [start, ...hints], paragraph }));
  if (match === null) return { status: 'orphaned' };
  // A verbatim occurrence can win the approximate search (fuzzy-search.ts): it is then exact.
  if (doc.text.slice(match.start, match.end) === exact) return { status: 'exact', start: match.start, end: match.end };
  return { status: 'fuzzy', start: match.start, end: match.end, score: match.score };
}

/**
 * The target re-anchored on `doc`: new offsets and starting paragraph when placed, the same target
 * when orphaned. The quote is kept as stored, so the annotation always remembers the words the
 * deputy annotated, even after a fuzzy placement on slightly different ones.
 */
export function reanchorTarget(
  target: AnnotationTarget,
  doc: DocumentText,
  options?: AnchorOptions,
): { status: AnchorStatus; target: AnnotationTarget } {
  const result = anchor(target, doc, options);
  if (result.status === 'orphaned') return { status: 'orphaned', target };
  const paragraph = doc.paragraphs[paragraphIndexAt(doc.paragraphs, result.start)];
  return {
    status: result.status,
    target: {
      paragraphId: paragraph?.id ?? target.paragraphId,
      position: { start: result.start, end: result.end },
      quote: target.quote,
    },
  };
}
