import type { Annotation } from '../domain/annotation';

export interface SearchParagraph {
  id: string;
  citation: string;
  text: string;
}

export interface SearchData {
  paragraphs: readonly SearchParagraph[];
  annotations: readonly Annotation[];
}

export type SearchResultKind = 'report' | 'note' | 'tag';

/** Text around a match: `before` + `match` + `after`, shortened with "…" at word-ish boundaries. */
export interface SearchContext {
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  kind: SearchResultKind;
  /** The paragraph of the match (for a note or tag: the paragraph its annotation is anchored in). */
  paragraphId: string;
  citation: string;
  /** For notes and tags. */
  annotationId: string | null;
  /** Offsets in the matched text: the paragraph's text, the note, or the tag. */
  start: number;
  end: number;
  context: SearchContext;
}

export interface SearchOptions {
  /** At most this many results (default 500). */
  limit?: number;
  /** Characters of context on each side (default 40). */
  contextLength?: number;
}
