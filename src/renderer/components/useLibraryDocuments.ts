import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Annotation } from '../../shared/domain/annotation';
import type { DocumentSummary, ReportDocument } from '../../shared/domain/document';
import { useApi } from '../app/api-context';
import { errorText } from '../app/error-message';
import { apiQueryOptions, useApiQuery } from '../app/query/useApiQuery';

/** One library document with its outline and its annotations, as a picker shows them. */
export interface LibraryDocument {
  summary: Pick<DocumentSummary, 'id' | 'title' | 'kind' | 'addedAt'>;
  report: ReportDocument;
  annotations: readonly Annotation[];
}

const NO_INPUT = {};

/** One answer for all the reads (a stable function, so the answer is kept while none of them changes). */
function readsTogether<T>(results: readonly { data: T | undefined; error: Error | null }[]) {
  return { data: results.map((r) => r.data), error: results.find((r) => r.error)?.error ?? null };
}

/**
 * Every document of the library with its outline and annotations, read through the query cache
 * (pickers are not limited to the report open in the reader); null until all have arrived. `live`
 * replaces the read copy of the document open in the reader with what the reader holds now (its
 * current version and the annotations just made).
 */
export function useLibraryDocuments(live?: { report: ReportDocument; annotations: readonly Annotation[] }): {
  documents: LibraryDocument[] | null;
  loadError: string | null;
} {
  const api = useApi();
  const list = useApiQuery('library.list', NO_INPUT);
  const summaries = list.data;
  const reports = useQueries({
    queries: (summaries ?? []).map((summary) => apiQueryOptions(api, 'document.get', { documentId: summary.id })),
    combine: readsTogether,
  });
  const annotationLists = useQueries({
    queries: (summaries ?? []).map((summary) => apiQueryOptions(api, 'annotation.list', { documentId: summary.id })),
    combine: readsTogether,
  });

  const liveReport = live?.report;
  const liveAnnotations = live?.annotations;
  const documents = useMemo(() => {
    if (!summaries) return null;
    const loaded: LibraryDocument[] = [];
    for (const [index, summary] of summaries.entries()) {
      if (liveReport && liveAnnotations && summary.id === liveReport.id) {
        loaded.push({ summary, report: liveReport, annotations: liveAnnotations });
        continue;
      }
      const report = reports.data[index];
      const annotations = annotationLists.data[index];
      if (!report || !annotations) return null;
      loaded.push({ summary, report, annotations });
    }
    return loaded;
  }, [summaries, reports.data, annotationLists.data, liveReport, liveAnnotations]);
  const error = list.error ?? reports.error ?? annotationLists.error;
  return { documents, loadError: error ? errorText(error) : null };
}
