import { shortQuote } from '../../shared/anchoring/short-quote';
import { BIN_KINDS, type BinEntry, type BinKind } from '../../shared/domain/bin';
import type { StoreData } from '../storage/store-schema';

/** The entry of a record when it is removed (`removedAt` set), else none. */
function removed(
  kind: BinKind,
  id: string,
  removedAt: string | null,
  label: string,
  more: Partial<Pick<BinEntry, 'defaultKey' | 'parentId'>> = {},
): BinEntry[] {
  return removedAt === null ? [] : [{ kind, id, label, defaultKey: more.defaultKey ?? null, parentId: more.parentId ?? null, removedAt }];
}

/**
 * Where each kind keeps its removed records. Those that come back only with their container (the
 * annotations of a removed document, the candidates of a removed agenda item) are not listed alone.
 */
const READERS: Record<BinKind, (data: StoreData) => BinEntry[]> = {
  annotation: (data) => {
    const shown = new Set(data.documents.filter((d) => d.removedAt === null).map((d) => d.id));
    return data.annotations
      .filter((a) => shown.has(a.documentId))
      .flatMap((a) => removed('annotation', a.id, a.deletedAt, shortQuote(a.target.quote.exact), { parentId: a.documentId }));
  },
  draft: (data) => data.drafts.flatMap((d) => removed('draft', d.id, d.deletedAt, d.title)),
  document: (data) => data.documents.flatMap((d) => removed('document', d.id, d.removedAt, d.title)),
  voteItem: (data) => data.voteItems.flatMap((i) => removed('voteItem', i.id, i.deletedAt, i.title, { defaultKey: i.defaultKey })),
  candidate: (data) =>
    data.voteItems
      .filter((i) => i.deletedAt === null)
      .flatMap((i) => (i.ballot?.candidates ?? []).flatMap((c) => removed('candidate', c.id, c.deletedAt, c.name, { parentId: i.id }))),
  speechCard: (data) => data.speechCards.flatMap((c) => removed('speechCard', c.id, c.deletedAt, c.title)),
  // A withdrawn submission names its draft (parentId): its restore is refused while that draft stands submitted again.
  submission: (data) => data.submissions.flatMap((s) => removed('submission', s.id, s.deletedAt ?? null, s.title, { parentId: s.draftId })),
};

/** Every removed record of the given kinds (all kinds when null), in store order. */
export function removedRecords(data: StoreData, kinds: readonly BinKind[] | null): BinEntry[] {
  return [...new Set(kinds ?? BIN_KINDS)].flatMap((kind) => READERS[kind](data));
}
