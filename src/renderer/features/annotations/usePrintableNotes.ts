import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Annotation } from '../../../shared/domain/annotation';
import type { ReportDocument } from '../../../shared/domain/document';
import { useApi } from '../../app/api-context';
import { apiQueryOptions, useApiQuery } from '../../app/query/useApiQuery';

/** One document's notes as they print: its text's outline, the version cited, its live annotations. */
export interface PrintableNotes {
  documentId: string;
  title: string;
  outline: ReportDocument['outline'];
  annotations: readonly Annotation[];
  version: { number: number; addedAt: string };
}

type Versions = { version: number; addedAt: string; current: boolean }[];

/**
 * What the notes print sheet needs, read through the query cache: the open document's notes, or with
 * `everyDocument` every document's (in library order). Null until everything has arrived.
 */
export function usePrintableNotes(openId: string, everyDocument: boolean): PrintableNotes[] | null {
  const api = useApi();
  const groups = useApiQuery('annotation.listAll', {}).data;
  const shown = useMemo(() => (groups ?? []).filter((g) => everyDocument || g.documentId === openId), [groups, everyDocument, openId]);
  const reports = useQueries({
    queries: shown.map((g) => apiQueryOptions(api, 'document.get', { documentId: g.documentId })),
    combine: dataOf<ReportDocument>,
  });
  const versions = useQueries({
    queries: shown.map((g) => apiQueryOptions(api, 'document.versions', { documentId: g.documentId })),
    combine: dataOf<Versions>,
  });
  return useMemo(() => {
    if (!groups) return null;
    const out: PrintableNotes[] = [];
    for (const [i, group] of shown.entries()) {
      const report = reports[i];
      const list = versions[i];
      if (!report || !list) return null;
      const current = list.find((v) => v.current) ?? list.at(-1);
      out.push({
        documentId: group.documentId,
        title: group.title,
        outline: report.outline,
        annotations: group.annotations.map((card) => card.annotation),
        version: { number: current?.version ?? 1, addedAt: current?.addedAt ?? new Date().toISOString() },
      });
    }
    return out;
  }, [groups, shown, reports, versions]);
}

/** The answers read so far (the combined result is kept while they stay the same). */
function dataOf<T>(results: readonly { data?: T }[]): (T | undefined)[] {
  return results.map((r) => r.data);
}
