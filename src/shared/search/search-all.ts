import { foldQuery, originalOffset } from './fold-text';
import { getSearchIndex, type IndexedText, type SearchIndex } from './search-index';
import type { SearchContext, SearchData, SearchOptions, SearchResult } from './search-types';

const DEFAULT_LIMIT = 500;
const DEFAULT_CONTEXT = 40;

/**
 * Finds `query` in the report's paragraphs and in the deputy's notes and tags: case- and
 * diacritic-insensitive, plain substring matching (so Chinese works without word breaking).
 * The folded texts are computed once per data change (cached on the data's arrays).
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
  for (const entry of index.entries) {
    const haystack = entry.folded.folded;
    let at = haystack.indexOf(needle);
    while (at !== -1) {
      if (results.length >= limit) return results;
      results.push(toResult(entry, at, at + needle.length, contextLength));
      at = haystack.indexOf(needle, at + needle.length);
    }
  }
  return results;
}

function toResult(entry: IndexedText, foldedStart: number, foldedEnd: number, contextLength: number): SearchResult {
  const length = entry.text.length;
  const start = originalOffset(entry.folded, foldedStart, length);
  const end = Math.max(start + 1, originalOffset(entry.folded, foldedEnd, length));
  return {
    kind: entry.kind,
    paragraphId: entry.paragraphId,
    citation: entry.citation,
    annotationId: entry.annotationId,
    start,
    end: Math.min(end, length),
    context: contextAround(entry.text, start, Math.min(end, length), contextLength),
  };
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
