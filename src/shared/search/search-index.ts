import type { Annotation } from '../domain/annotation';
import { foldText, type FoldedText } from './fold-text';
import type { SearchData, SearchParagraph } from './search-types';

export interface IndexedText {
  kind: 'report' | 'note' | 'tag';
  text: string;
  folded: FoldedText;
  paragraphId: string;
  citation: string;
  annotationId: string | null;
}

/** Every searchable text, folded once: paragraphs in reading order, then the notes and tags of live annotations. */
export interface SearchIndex {
  entries: IndexedText[];
}

const cache = new WeakMap<readonly SearchParagraph[], WeakMap<readonly Annotation[], SearchIndex>>();

/** Builds (or reuses, for the same arrays) the folded index; rebuilt only when the data changes. */
export function getSearchIndex(data: SearchData): SearchIndex {
  let byAnnotations = cache.get(data.paragraphs);
  if (!byAnnotations) {
    byAnnotations = new WeakMap();
    cache.set(data.paragraphs, byAnnotations);
  }
  let index = byAnnotations.get(data.annotations);
  if (!index) {
    index = buildSearchIndex(data);
    byAnnotations.set(data.annotations, index);
  }
  return index;
}

const annotationCache = new WeakMap<Annotation, FoldedText[]>();

/** The folded note and tags of one annotation (cached per annotation object: unchanged ones are not folded again). */
function foldedOf(annotation: Annotation): FoldedText[] {
  let folded = annotationCache.get(annotation);
  if (!folded) {
    folded = [foldText(annotation.note), ...annotation.tags.map(foldText)];
    annotationCache.set(annotation, folded);
  }
  return folded;
}

const reportCache = new WeakMap<readonly SearchParagraph[], IndexedText[]>();

export function buildSearchIndex({ paragraphs, annotations }: SearchData): SearchIndex {
  let report = reportCache.get(paragraphs);
  if (!report) {
    report = paragraphs.map((p) => ({
      kind: 'report' as const,
      text: p.text,
      folded: foldText(p.text),
      paragraphId: p.id,
      citation: p.citation,
      annotationId: null,
    }));
    reportCache.set(paragraphs, report);
  }
  const citations = new Map(paragraphs.map((p) => [p.id, p.citation]));
  const entries: IndexedText[] = [...report];
  for (const annotation of annotations) {
    if (annotation.deletedAt !== null) continue;
    const paragraphId = annotation.target.paragraphId;
    const citation = citations.get(paragraphId) ?? '';
    const base = { paragraphId, citation, annotationId: annotation.id };
    const folded = foldedOf(annotation);
    if (annotation.note !== '') entries.push({ ...base, kind: 'note', text: annotation.note, folded: folded[0]! });
    annotation.tags.forEach((tag, i) => entries.push({ ...base, kind: 'tag', text: tag, folded: folded[i + 1]! }));
  }
  return { entries };
}
