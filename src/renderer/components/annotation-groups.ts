import type { AnnotationGroup } from './AnnotationPicker';
import type { LibraryDocument } from './useLibraryDocuments';

/** The citation labels of a document's paragraphs, by paragraph id. */
export function citationsOf(doc: LibraryDocument): Map<string, string> {
  return new Map(
    doc.report.outline.sections.flatMap(function paragraphsOf(s): [string, string][] {
      return [...s.paragraphs.map((p): [string, string] => [p.id, p.citation]), ...s.children.flatMap(paragraphsOf)];
    }),
  );
}

/** The library's annotations grouped by document, each with its paragraphs' citations, as the annotation picker lists them. */
export function annotationGroupsOf(documents: readonly LibraryDocument[]): AnnotationGroup[] {
  return documents.map((d) => {
    const citations = citationsOf(d);
    return {
      documentId: d.summary.id,
      documentTitle: d.summary.title,
      annotations: d.annotations,
      citationOf: (paragraphId: string) => citations.get(paragraphId) ?? '',
    };
  });
}
