import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import { foldQuery, foldText } from '../../../shared/search/fold-text';

export interface AnnotationFilter {
  kind: AnnotationKind | 'all';
  /** A tag (case-insensitive), or '' for any. */
  tag: string;
  /** An outline path (`II`, `II.9`) or '' for anywhere; a part includes its items. */
  section: string;
  /** Free text matched against the quote, note and tags (case- and diacritic-insensitive). */
  text: string;
}

export const NO_FILTER: AnnotationFilter = { kind: 'all', tag: '', section: '', text: '' };

export function isFiltering(filter: AnnotationFilter): boolean {
  return filter.kind !== 'all' || filter.tag !== '' || filter.section !== '' || filter.text.trim() !== '';
}

/** The annotations that pass the filter; `sectionOf` gives a paragraph's outline path. */
export function filterAnnotations(
  annotations: readonly Annotation[],
  filter: AnnotationFilter,
  sectionOf: (paragraphId: string) => string | undefined,
): Annotation[] {
  const text = foldQuery(filter.text);
  const tag = filter.tag.toLocaleLowerCase();
  return annotations.filter((a) => {
    if (a.deletedAt !== null) return false;
    if (filter.kind !== 'all' && a.kind !== filter.kind) return false;
    if (tag !== '' && !a.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
    if (filter.section !== '') {
      const path = sectionOf(a.target.paragraphId);
      if (path === undefined || (path !== filter.section && !path.startsWith(`${filter.section}.`))) return false;
    }
    if (text !== '') {
      const haystack = foldText([a.target.quote.exact, a.note, ...a.tags].join('\n')).folded;
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}

/** Every tag in use, first spelling kept, sorted for the autocomplete and the filter. */
export function tagsInUse(annotations: readonly Annotation[]): string[] {
  const seen = new Map<string, string>();
  for (const a of annotations) {
    if (a.deletedAt !== null) continue;
    for (const tag of a.tags) if (!seen.has(tag.toLocaleLowerCase())) seen.set(tag.toLocaleLowerCase(), tag);
  }
  return [...seen.values()].sort((x, y) => x.localeCompare(y));
}

/** Placed annotations in reading order, then the orphaned ones. */
export function sortForPanel(annotations: readonly Annotation[]): Annotation[] {
  const rank = (a: Annotation) => (a.status === 'orphaned' ? 1 : 0);
  return [...annotations].sort(
    (a, b) => rank(a) - rank(b) || a.target.position.start - b.target.position.start || a.createdAt.localeCompare(b.createdAt),
  );
}
