/**
 * What became of each annotation between two versions: its words are looked for in the old version
 * (where it used to be) and in the new one — on the current version its stored placement is the
 * truth, since that is what the reader shows. Same words in the same citation: exact; same words
 * elsewhere: moved; other words than it had in the old version (a fuzzy placement, or one accepted): changed; not placed: orphaned; not in
 * the old version at all: new. An orphan the deputy kept on the current version says so.
 */
import { anchor } from '../anchoring/anchor';
import { paragraphIndexAt, type DocumentText } from '../anchoring/document-text';
import type { Annotation } from '../domain/annotation';
import type { AnnotationFate, Fate, Place } from './comparison-schema';
import { wordDiff } from './word-diff';

function placeIn(doc: DocumentText, start: number, end: number): Place | null {
  if (end > doc.text.length || start >= end) return null;
  const paragraph = doc.paragraphs[paragraphIndexAt(doc.paragraphs, start)];
  if (!paragraph) return null;
  return { paragraphId: paragraph.id, citation: paragraph.citation, start, end, text: doc.text.slice(start, end) };
}

function anchored(annotation: Annotation, doc: DocumentText): Place | null {
  const result = anchor(annotation.target, doc);
  return result.status === 'orphaned' ? null : placeIn(doc, result.start, result.end);
}

export function annotationFates(
  annotations: readonly Annotation[],
  before: DocumentText,
  after: DocumentText,
  { afterIsCurrent, afterVersion }: { afterIsCurrent: boolean; afterVersion: number },
): AnnotationFate[] {
  return annotations.map((annotation) => {
    const quote = annotation.target.quote.exact;
    const was = anchored(annotation, before);
    const now = afterIsCurrent
      ? annotation.status === 'orphaned'
        ? null
        : placeIn(after, annotation.target.position.start, annotation.target.position.end)
      : anchored(annotation, after);
    const oldWords = was?.text ?? quote;
    const fate: Fate =
      now === null
        ? 'orphaned'
        : now.text !== oldWords
          ? 'changed'
          : was === null
            ? 'new'
            : was.citation !== now.citation
              ? 'moved'
              : 'exact';
    return {
      annotationId: annotation.id,
      kind: annotation.kind,
      note: annotation.note,
      quote,
      status: annotation.status,
      fate,
      was,
      now,
      segments: fate === 'changed' && now ? wordDiff(oldWords, now.text) : [],
      // Kept on the version compared to, if that is the current one: a later version's orphan is asked about again.
      kept: afterIsCurrent && fate === 'orphaned' && annotation.orphanKept?.version === afterVersion,
    };
  });
}
