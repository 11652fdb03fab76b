import type { Annotation } from '../../../shared/domain/annotation';
import type { SpeechPassage } from '../../../shared/speech/speech-card';
import type { LibraryDocument } from '../../components/useLibraryDocuments';
import { citationsOf } from '../../components/annotation-groups';
import { excerpt } from '../../components/excerpt';

/** Opens the reader at a place: a paragraph, and the annotation there when it is one. */
export type OpenPlace = (place: { documentId: string; paragraphId: string; annotationId: string | null }) => void;

/** Every paragraph of a document's outline, with its citation and text. */
function paragraphsOf(doc: LibraryDocument): { id: string; citation: string; text: string }[] {
  const out: { id: string; citation: string; text: string }[] = [];
  const walk = (sections: LibraryDocument['report']['outline']['sections']) => {
    for (const s of sections) {
      out.push(...s.paragraphs.map((p) => ({ id: p.id, citation: p.citation, text: p.text })));
      walk(s.children);
    }
  };
  walk(doc.report.outline.sections);
  return out;
}

/** A passage as the card shows it before the main side has answered (it keeps the same citation and excerpt). */
export function passageFor(doc: LibraryDocument, paragraphId: string): SpeechPassage | null {
  const paragraph = paragraphsOf(doc).find((p) => p.id === paragraphId);
  if (!paragraph) return null;
  return {
    documentId: doc.summary.id,
    documentTitle: doc.summary.title,
    paragraphId,
    citation: paragraph.citation,
    excerpt: excerpt(paragraph.text, 120),
  };
}

/** An annotation of any library document, with its document and its paragraph's citation. */
export function findAnnotation(documents: readonly LibraryDocument[], annotationId: string) {
  for (const doc of documents) {
    const annotation: Annotation | undefined = doc.annotations.find((a) => a.id === annotationId);
    if (annotation) return { annotation, doc, citation: citationsOf(doc).get(annotation.target.paragraphId) ?? '' };
  }
  return null;
}
