import { foldQuery, originalOffset } from './fold-text';
import { getSearchIndex, type IndexedText, type SearchIndex } from './search-index';
import type { SearchContext, SearchData, SearchOptions, SearchResult } from './search-types';

const DEFAULT_LIMIT = 500;
const DEFAULT_CONTEXT = 40;

/**
 * Finds `query` in the report's paragraphs and in the deputy's notes and tags: case- and
 * diacritic-insensitive, plain substring matching (so Chinese works without word breaking).
 * The folded texts and their gram index are built once per data change (cached on the data's
 * arrays; the report's per version of its paragraphs, the notes' per run of annotations).
 */
export function searchAll(data: SearchData, query: string, options: SearchOptions = {}): SearchResult[] {
  return searchIndex(getSearchIndex(data), query, options);
}

export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const needle = foldQuery(query);
  if (needle === '') return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT;
  const results: SearchResult[] = [];
  // Each segment's gram index finds the needle's matches in reading order, as a scan of every text would.
  for (const segment of index.segments) {
    if (results.length >= limit) break;
    segment.postings.forEachMatch(needle, (i, at) => {
      const entry = segment.entries[i];
      if (entry !== undefined) results.push(toResult(entry, at, at + needle.length, contextLength));
      return results.length < limit;
    });
  }
  return results;
}

/**
 * A result whose context is cut from the text when first read: a list shows a few dozen of up to
 * 500 results, and cutting contexts for all of them was most of a search's time.
 */
class Result implements SearchResult {
  #context: SearchContext | null = null;
  constructor(
    readonly kind: SearchResult['kind'],
    readonly paragraphId: string,
    readonly citation: string,
    readonly annotationId: string | null,
    readonly start: number,
    readonly end: number,
    private readonly text: string,
    private readonly contextLength: number,
  ) {}

  get context(): SearchContext {
    this.#context ??= contextAround(this.text, this.start, this.end, this.contextLength);
    return this.#context;
  }
}

function toResult(entry: IndexedText, foldedStart: number, foldedEnd: number, contextLength: number): SearchResult {
  const length = entry.text.length;
  const start = originalOffset(entry.folded, foldedStart, length);
  const end = Math.min(Math.max(start + 1, originalOffset(entry.folded, foldedEnd, length)), length);
  return new Result(entry.kind, entry.paragraphId, entry.citation, entry.annotationId, start, end, entry.text, contextLength);
}

/** The match with up to `size` characters each side, cut at a space when one is near, white space collapsed. */
export function contextAround(text: string, start: number, end: number, size: number): SearchContext {
  let from = Math.max(0, start - size);
  let to = Math.min(text.length, end + size);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start && space - from < size / 2) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end && to - space < size / 2) to = space;
  }
  const tidy = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + tidy(text.slice(from, start)),
    match: text.slice(start, end),
    after: tidy(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}
