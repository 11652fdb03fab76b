import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Annotation } from '../../../shared/domain/annotation';
import type { ReportDocument } from '../../../shared/domain/document';
import type { Paragraph } from '../../../shared/domain/outline';
import type { SearchData } from '../../../shared/search';
import { useApi } from '../../app/api-context';
import { apiQueryOptions, useApiQuery } from '../../app/query/useApiQuery';
import { flattenParagraphs } from '../../app/useReportOutline';

/** What search looks through in one document that is not the open one. */
export interface DocumentSearchData {
  documentId: string;
  title: string;
  data: SearchData;
}

// The search index is cached on the data's arrays: the same document (and annotation list) keeps the same arrays.
const paragraphsOf = new WeakMap<ReportDocument, Paragraph[]>();
const annotationsOf = new WeakMap<object, Annotation[]>();
const NONE: Annotation[] = [];

/**
 * The text and annotations of every library document except the open one, read through the query cache
 * (read again after any write) while `enabled` (search is open); documents still loading are left out until they arrive.
 */
export function useOtherDocumentsSearch(openDocumentId: string, enabled: boolean): DocumentSearchData[] {
  const api = useApi();
  const library = useApiQuery('library.list', {}, { enabled }).data;
  const groups = useApiQuery('annotation.listAll', {}, { enabled }).data;
  const others = useMemo(() => (enabled ? (library ?? []).filter((d) => d.id !== openDocumentId) : []), [enabled, library, openDocumentId]);
  const reports = useQueries({
    queries: others.map((d) => apiQueryOptions(api, 'document.get', { documentId: d.id })),
    combine: reportsOf,
  });
  return useMemo(() => {
    const out: DocumentSearchData[] = [];
    reports.forEach((report, i) => {
      const summary = others[i];
      if (!report || !summary) return;
      let paragraphs = paragraphsOf.get(report);
      if (!paragraphs) paragraphsOf.set(report, (paragraphs = flattenParagraphs(report)));
      const group = groups?.find((g) => g.documentId === report.id);
      let annotations = group ? annotationsOf.get(group) : NONE;
      if (group && !annotations) annotationsOf.set(group, (annotations = group.annotations.map((card) => card.annotation)));
      out.push({ documentId: report.id, title: summary.title, data: { paragraphs, annotations: annotations ?? NONE } });
    });
    return out;
  }, [reports, others, groups]);
}

/** The documents read so far (the combined result is kept while they stay the same). */
function reportsOf(results: readonly { data?: ReportDocument }[]): (ReportDocument | undefined)[] {
  return results.map((r) => r.data);
}
