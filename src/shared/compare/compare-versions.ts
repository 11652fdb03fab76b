/** Two versions of a document compared: aligned paragraphs, the change list by section, and what became of the annotations. */
import { buildDocumentText } from '../anchoring/document-text';
import type { Annotation } from '../domain/annotation';
import type { Outline } from '../domain/outline';
import { alignParagraphs } from './align-paragraphs';
import { annotationFates } from './annotation-fates';
import { changeList, comparisonRows } from './change-list';
import { comparableParagraphs } from './comparable-paragraphs';
import type { Comparison } from './comparison-schema';

export interface VersionToCompare {
  version: number;
  current: boolean;
  outline: Outline;
}

export function compareVersions(input: {
  documentId: string;
  title: string;
  from: VersionToCompare;
  to: VersionToCompare;
  annotations: readonly Annotation[];
}): Comparison {
  const { from, to } = input;
  const aligned = alignParagraphs(comparableParagraphs(from.outline), comparableParagraphs(to.outline));
  const rows = comparisonRows(aligned);
  const count = (kind: string) => aligned.filter((r) => r.kind === kind).length;
  return {
    documentId: input.documentId,
    title: input.title,
    from: { version: from.version, current: from.current },
    to: { version: to.version, current: to.current },
    rows,
    sections: changeList(aligned, rows),
    annotations: annotationFates(input.annotations, buildDocumentText(from.outline), buildDocumentText(to.outline), {
      afterIsCurrent: to.current,
      afterVersion: to.version,
    }),
    counts: { changed: count('changed'), moved: count('moved'), removed: count('removed'), added: count('added') },
  };
}
