import { randomUUID } from 'node:crypto';
import type { ApiParsedInput, ApiService } from '../../shared/contract/api-contract';
import { DOCX_MIME_TYPE } from '../../shared/domain/delivery';
import {
  AGENDA_MAX,
  CANDIDATES_MAX,
  DEFAULT_MAX_CHOICES,
  LINKS_MAX,
  type Ballot,
  type Candidate,
  type CandidateContent,
  type VoteItem,
  VoteItemSchema,
} from '../../shared/domain/vote';
import { insertAmongLive, liveCount, moveAmongLive } from '../../shared/votes/agenda-order';
import { parseCandidateList } from '../../shared/votes/parse-candidates';
import { summarizeIntentions } from '../../shared/votes/summarize-intentions';
import { itemsCiting, toAgendaItem, type VoteAgendaItem } from '../../shared/votes/vote-views';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import { DomainError } from './domain-error';
import { recordCollection } from './record-collection';
import { safeFileName, type FileDelivery } from './file-delivery';
import { definedFields } from './defined-fields';
import type { Documents } from './documents';

const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The `vote.*` methods: the agenda of votes, intentions and reasons, links, ballots and their export. */
export function createVoteService(deps: {
  store: Store;
  documents: Documents;
  clock: () => Date;
  deliver: FileDelivery;
  newId?: (prefix: 'v' | 'c') => string;
}) {
  const { store, documents, clock, deliver } = deps;
  const newId = deps.newId ?? ((prefix) => `${prefix}-${randomUUID()}`);
  const now = () => clock().toISOString();

  const items = recordCollection(store, {
    schema: VoteItemSchema,
    records: (data) => data.voteItems,
    isRemoved: (i) => i.deletedAt !== null,
    notFound: 'vote.notFound',
    noRemoved: 'bin.noRemoved.voteItem',
  });
  const find = (itemId: string, { deleted }: { deleted: boolean }): VoteItem => items.find(itemId, deleted);
  const ballotOf = (item: VoteItem): Ballot => {
    if (item.ballot === null) throw new DomainError('INVALID_INPUT', 'vote.notBallot');
    return item.ballot;
  };
  const candidateOf = (ballot: Ballot, candidateId: string, deleted = false): Candidate => {
    const candidate = ballot.candidates.find((c) => c.id === candidateId && (c.deletedAt !== null) === deleted);
    if (!candidate) throw new DomainError('NOT_FOUND', deleted ? 'bin.noRemoved.candidate' : 'vote.candidateNotFound');
    return candidate;
  };

  /** Works out the changed item first (refusals throw before anything changes), then puts a new frozen record in place. */
  const replace = async (itemId: string, deleted: boolean, change: (item: VoteItem) => Partial<VoteItem>): Promise<VoteAgendaItem> =>
    toAgendaItem(await items.replace(itemId, deleted, (current) => ({ ...current, ...change(current), updatedAt: now() })));
  const replaceBallot = (itemId: string, change: (ballot: Ballot) => Partial<Ballot>) =>
    replace(itemId, false, (item) => ({ ballot: { ...ballotOf(item), ...change(ballotOf(item)) } }));
  const replaceCandidate = (
    itemId: string,
    candidateId: string,
    deleted: boolean,
    change: (c: Candidate, ballot: Ballot) => Partial<Candidate>,
  ) =>
    replaceBallot(itemId, (ballot) => {
      const candidate = candidateOf(ballot, candidateId, deleted);
      const next = { ...candidate, ...change(candidate, ballot) };
      return { candidates: ballot.candidates.map((c) => (c === candidate ? next : c)) };
    });

  /** New candidate records, refused whole when a name repeats one on the ballot (or in the list) or the ballot would overflow. */
  const newCandidates = (kept: readonly Candidate[], contents: readonly CandidateContent[]): Candidate[] => {
    const seen = new Set(kept.filter((c) => c.deletedAt === null).map((c) => nameKey(c.name)));
    for (const { name } of contents) {
      if (seen.has(nameKey(name))) throw new DomainError('CONFLICT', 'vote.duplicateCandidate', { name });
      seen.add(nameKey(name));
    }
    if (seen.size > CANDIDATES_MAX)
      throw new DomainError('INVALID_INPUT', 'vote.tooManyCandidates', { max: CANDIDATES_MAX, total: seen.size });
    return contents.map((content) => ({ ...content, id: newId('c'), mark: null, rank: null, deletedAt: null }));
  };
  /** Removed candidates are kept for undo, but not without bound. */
  const trimRemoved = (candidates: Candidate[]): Candidate[] =>
    candidates.length <= CANDIDATES_MAX * 2 ? candidates : candidates.filter((c) => c.deletedAt === null);

  const annotationParagraph = (annotationId: string) => {
    const annotation = store.data.annotations.find((a) => a.id === annotationId && a.deletedAt === null);
    return annotation && { documentId: annotation.documentId, paragraphId: annotation.target.paragraphId };
  };
  const liveItems = () => store.data.voteItems.filter((i) => i.deletedAt === null);

  const api = {
    agenda: () => liveItems().map(toAgendaItem),
    async addItem({ title, kind, index }) {
      if (liveCount(store.data.voteItems) >= AGENDA_MAX) throw new DomainError('INVALID_INPUT', 'vote.agendaFull', { max: AGENDA_MAX });
      const item = storedRecord<VoteItem>(VoteItemSchema, {
        id: newId('v'),
        kind,
        defaultKey: null,
        title,
        intention: 'undecided',
        rationale: '',
        paragraphLinks: [],
        annotationIds: [],
        ballot: kind === 'ballot' ? { mode: 'perCandidate', maxChoices: DEFAULT_MAX_CHOICES, candidates: [] } : null,
        updatedAt: now(),
        deletedAt: null,
      });
      await store.update((data) => {
        data.voteItems = insertAmongLive(data.voteItems, [item], index);
      });
      return toAgendaItem(item);
    },
    renameItem: ({ itemId, title }) => replace(itemId, false, () => ({ title, defaultKey: null })),
    async moveItem({ itemId, toIndex }) {
      find(itemId, { deleted: false });
      const count = liveCount(store.data.voteItems);
      if (toIndex >= count) throw new DomainError('INVALID_INPUT', 'vote.badPosition', { items: count, last: count - 1 });
      await store.update((data) => {
        data.voteItems = moveAmongLive(data.voteItems, itemId, toIndex);
      });
      return liveItems().map(toAgendaItem);
    },
    removeItem: ({ itemId }) => replace(itemId, false, () => ({ deletedAt: now() })),
    setIntention: ({ itemId, intention, rationale }) =>
      replace(itemId, false, () => ({
        ...(intention === undefined ? {} : { intention }),
        ...(rationale === undefined ? {} : { rationale }),
      })),
    linkParagraph: ({ itemId, documentId, paragraphId }) =>
      replace(itemId, false, (item) => {
        const doc = documents.require(documentId);
        const text = documents.documentText(documentId);
        const span = text.paragraphs.find((p) => p.id === paragraphId);
        if (!span) throw new DomainError('NOT_FOUND', 'vote.noParagraph', { paragraphId });
        if (item.paragraphLinks.some((l) => l.documentId === documentId && l.paragraphId === paragraphId)) return {};
        if (item.paragraphLinks.length >= LINKS_MAX)
          throw new DomainError('INVALID_INPUT', 'vote.tooManyParagraphLinks', { max: LINKS_MAX });
        const body = text.text.slice(span.start, span.end);
        const excerpt = body.length > 120 ? `${body.slice(0, 119).trimEnd()}…` : body;
        return {
          paragraphLinks: [...item.paragraphLinks, { documentId, documentTitle: doc.title, paragraphId, citation: span.citation, excerpt }],
        };
      }),
    unlinkParagraph: ({ itemId, documentId, paragraphId }) =>
      replace(itemId, false, (item) => ({
        paragraphLinks: item.paragraphLinks.filter((l) => !(l.documentId === documentId && l.paragraphId === paragraphId)),
      })),
    linkAnnotation: ({ itemId, annotationId }) =>
      replace(itemId, false, (item) => {
        if (!annotationParagraph(annotationId)) throw new DomainError('NOT_FOUND', 'annotation.notFound');
        if (item.annotationIds.includes(annotationId)) return {};
        if (item.annotationIds.length >= LINKS_MAX)
          throw new DomainError('INVALID_INPUT', 'vote.tooManyAnnotationLinks', { max: LINKS_MAX });
        return { annotationIds: [...item.annotationIds, annotationId] };
      }),
    unlinkAnnotation: ({ itemId, annotationId }) =>
      replace(itemId, false, (item) => ({ annotationIds: item.annotationIds.filter((id) => id !== annotationId) })),
    citing: (ref) => itemsCiting(store.data.voteItems, ref, annotationParagraph),
    setBallotRule: ({ itemId, mode, maxChoices }) => replaceBallot(itemId, () => ({ mode, maxChoices })),
    setCandidates: ({ itemId, candidates: contents }) => replaceBallot(itemId, () => ({ candidates: newCandidates([], contents) })),
    addCandidates: ({ itemId, candidates: contents, index }) =>
      replaceBallot(itemId, (ballot) => ({
        candidates: trimRemoved(insertAmongLive(ballot.candidates, newCandidates(ballot.candidates, contents), index)),
      })),
    updateCandidate: ({ itemId, candidateId, change: given }) =>
      replaceCandidate(itemId, candidateId, false, (candidate, ballot) => {
        const change = definedFields(given);
        if (change.name !== undefined && nameKey(change.name) !== nameKey(candidate.name)) {
          newCandidates(
            ballot.candidates.filter((c) => c.id !== candidateId),
            [{ ...candidate, ...change }],
          );
        }
        return change;
      }),
    removeCandidate: ({ itemId, candidateId }) => replaceCandidate(itemId, candidateId, false, () => ({ deletedAt: now() })),
    parseCandidates({ text, itemId }) {
      const live = itemId === undefined ? [] : ballotOf(find(itemId, { deleted: false })).candidates.filter((c) => c.deletedAt === null);
      return parseCandidateList(text, { existingNames: live.map((c) => c.name) });
    },
    markCandidate: ({ itemId, candidateId, mark, rank }) =>
      replaceCandidate(itemId, candidateId, false, (_candidate, { mode }) => {
        if (rank !== undefined && rank !== null && mode !== 'rank') {
          throw new DomainError('INVALID_INPUT', 'vote.notRanked');
        }
        if (mark !== undefined && mark !== null && (mode === 'rank' || (mode === 'chooseUpTo' && mark !== 'approve'))) {
          throw new DomainError('INVALID_INPUT', mode === 'rank' ? 'vote.ranked' : 'vote.chooseOnly');
        }
        return { ...(mark === undefined ? {} : { mark }), ...(rank === undefined ? {} : { rank }) };
      }),
    clearMarks: ({ itemId }) =>
      replaceBallot(itemId, (ballot) => ({ candidates: ballot.candidates.map((c) => ({ ...c, mark: null, rank: null })) })),
    summary: () => summarizeIntentions(store.data.voteItems),
    async exportDocx({ language }) {
      const annotations = new Map(store.data.annotations.filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
      // Loaded on first export: docx is slow to load, and the app opens sooner without it.
      const { buildVotingNotesDocx } = await import('./export/votes-docx');
      const bytes = await buildVotingNotesDocx({ items: liveItems(), annotations, language });
      const name = language === 'zh-CN' ? '表决笔记（私人笔记）' : 'Voting notes (private)';
      return deliver({ fileName: safeFileName(name, 'voting-notes', 'docx'), mimeType: DOCX_MIME_TYPE, bytes });
    },
  } satisfies ApiService<'vote'>;
  return {
    ...api,
    // Not an API method: `bin.restore` (which finds the entry first) is the one way back.
    restoreCandidate: ({ itemId, candidateId }: ApiParsedInput<'vote.removeCandidate'>) =>
      replaceCandidate(itemId, candidateId, true, (candidate, ballot) => {
        newCandidates(ballot.candidates, [candidate]);
        return { deletedAt: null };
      }),
    restoreItem: ({ itemId }: ApiParsedInput<'vote.removeItem'>) => replace(itemId, true, () => ({ deletedAt: null })),
  };
}
export type VoteService = ReturnType<typeof createVoteService>;
