import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../shared/domain/annotation';
import type { DocumentSummary, ReportDocument } from '../../shared/domain/document';
import { useApi } from '../app/api-context';
import { errorText } from '../app/error-message';

/** One library document with its outline and its annotations, as a picker shows them. */
export interface LibraryDocument {
  summary: Pick<DocumentSummary, 'id' | 'title' | 'kind' | 'addedAt'>;
  report: ReportDocument;
  annotations: readonly Annotation[];
}

/**
 * Every document of the library with its outline and annotations, loaded once when mounted (pickers
 * are not limited to the report open in the reader). `live` replaces the fetched copy of the document
 * open in the reader with what the reader holds now (its current version and unsaved-to-list annotations).
 */
export function useLibraryDocuments(live?: { report: ReportDocument; annotations: readonly Annotation[] }): {
  documents: LibraryDocument[] | null;
  loadError: string | null;
} {
  const api = useApi();
  const [loaded, setLoaded] = useState<LibraryDocument[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    (async () => {
      const summaries = await api.call('library.list', {});
      return Promise.all(
        summaries.map(async (summary) => {
          const [report, annotations] = await Promise.all([
            api.call('document.get', { documentId: summary.id }),
            api.call('annotation.list', { documentId: summary.id }),
          ]);
          return { summary, report, annotations };
        }),
      );
    })().then(
      (documents) => current && setLoaded(documents),
      (error: unknown) => current && setLoadError(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [api]);

  const liveReport = live?.report;
  const liveAnnotations = live?.annotations;
  const documents = useMemo(
    () =>
      loaded && liveReport && liveAnnotations
        ? loaded.map((d) => (d.summary.id === liveReport.id ? { summary: d.summary, report: liveReport, annotations: liveAnnotations } : d))
        : loaded,
    [loaded, liveReport, liveAnnotations],
  );
  return { documents, loadError };
}
