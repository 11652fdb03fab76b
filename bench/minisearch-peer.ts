import MiniSearch from 'minisearch';
import type { SearchData } from '../src/shared/search';

interface PeerDocument {
  id: string;
  text: string;
  tags: string;
}

/** Case and diacritics folded the way our search folds them (é → e, Ü → u), for a like-for-like match. */
function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The search peer: MiniSearch indexing the same report paragraphs and notes (with their tags), set
 * up to find what ours finds: folded terms, prefix matching (ours matches any substring; MiniSearch
 * has no infix search, prefix is its nearest), every query word required (ours matches the query as
 * one phrase), no fuzziness (ours is exact). Results are ranked, as MiniSearch always does.
 */
export function buildPeerIndex(data: SearchData): MiniSearch<PeerDocument> {
  const index = new MiniSearch<PeerDocument>({
    fields: ['text', 'tags'],
    processTerm: foldTerm,
    searchOptions: { prefix: true, fuzzy: false, combineWith: 'AND' },
  });
  index.addAll([
    ...data.paragraphs.map((p) => ({ id: `p:${p.id}`, text: p.text, tags: '' })),
    ...data.annotations.filter((a) => a.deletedAt === null).map((a) => ({ id: `a:${a.id}`, text: a.note, tags: a.tags.join(' ') })),
  ]);
  return index;
}
