import type { Draft } from '../../../shared/domain/draft';
import type { SearchData, SearchParagraph } from '../../../shared/search';

/** The draft fields search looks through, in the order the editor shows them. */
export type DraftField = 'title' | 'reasons' | 'basis' | 'measures';

/** What search looks through in one draft. */
export interface DraftSearchData {
  draftId: string;
  title: string;
  kind: Draft['kind'];
  data: SearchData;
}

/** Where in a draft a search result is: its field, and for the plan the measure's number (1-based). */
export interface DraftPlace {
  field: DraftField;
  measure: number | null;
}

const NONE: SearchData['annotations'] = [];
const cache = new WeakMap<Draft, DraftSearchData>();

// A result's `paragraphId` names the field ("reasons", "measures.2"): the citation is written from it in the deputy's language.
function fieldsOf(draft: Draft): SearchParagraph[] {
  const field = (id: string, text: string): SearchParagraph => ({ id, citation: id, text });
  return [
    field('title', draft.title),
    field('reasons', draft.reasons),
    field('basis', draft.basis),
    ...draft.measures.map((text, i) => field(`measures.${i + 1}`, text)),
  ].filter((p) => p.text.trim() !== '');
}

/** One draft as search reads it (cached per draft object, so its index is built once per change). */
export function draftSearchData(draft: Draft): DraftSearchData {
  let data = cache.get(draft);
  if (!data) {
    data = { draftId: draft.id, title: draft.title, kind: draft.kind, data: { paragraphs: fieldsOf(draft), annotations: NONE } };
    cache.set(draft, data);
  }
  return data;
}

/** The field a draft result is in (from its `paragraphId`). */
export function draftPlace(paragraphId: string): DraftPlace {
  const [field, n] = paragraphId.split('.');
  const measure = n === undefined ? null : Number(n);
  if (field === 'title' || field === 'reasons' || field === 'basis') return { field, measure: null };
  return { field: 'measures', measure };
}
