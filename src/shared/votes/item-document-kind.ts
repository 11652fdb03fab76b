import type { DocumentKind } from '../domain/document';
import type { DefaultAgendaKey, VoteItem } from '../domain/vote';

/** The library kind of the report each default resolution is about (the other items have no matching kind). */
const KIND_OF_ITEM: Partial<Record<DefaultAgendaKey, DocumentKind>> = {
  governmentWorkReport: 'work-report',
  planReport: 'plan-report',
  budgetReport: 'budget-report',
};

/** The kind of document an item's notes most likely cite, or null when no kind matches it. */
export function documentKindForItem(item: Pick<VoteItem, 'defaultKey'>): DocumentKind | null {
  return item.defaultKey === null ? null : (KIND_OF_ITEM[item.defaultKey] ?? null);
}

/**
 * The document a picker opens on for an item: the newest one of the matching kind, else the one
 * open in the reader, else the first listed.
 */
export function defaultDocumentFor(
  item: Pick<VoteItem, 'defaultKey'>,
  documents: readonly { id: string; kind: DocumentKind; addedAt: string }[],
  openDocumentId: string,
): string | null {
  const kind = documentKindForItem(item);
  const matching = kind === null ? [] : documents.filter((d) => d.kind === kind);
  if (matching.length > 0) {
    // The open document wins among several of the kind; else the newest.
    const open = matching.find((d) => d.id === openDocumentId);
    if (open) return open.id;
    return [...matching].sort((a, b) => b.addedAt.localeCompare(a.addedAt))[0]!.id;
  }
  if (documents.some((d) => d.id === openDocumentId)) return openDocumentId;
  return documents[0]?.id ?? null;
}
