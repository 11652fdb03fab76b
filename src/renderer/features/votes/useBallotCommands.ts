import { useCallback } from 'react';
import type { ApiInput } from '../../../shared/contract/api-contract';
import type { CandidateContent, CandidateMark } from '../../../shared/domain/vote';
import { evaluateBallot } from '../../../shared/votes/ballot-evaluation';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import { errorText } from '../../app/error-message';
import type { UndoHistory } from '../../app/undo-history';
import type { AgendaState } from './useAgendaState';

type Candidates = NonNullable<VoteAgendaItem['ballot']>['candidates'];

export interface BallotCommands {
  setBallotRule: (itemId: string, mode: ApiInput<'vote.setBallotRule'>['mode'], maxChoices: number) => Promise<boolean>;
  addCandidates: (itemId: string, candidates: CandidateContent[]) => Promise<string | null>;
  updateCandidate: (itemId: string, candidateId: string, change: Partial<CandidateContent>) => Promise<string | null>;
  removeCandidate: (itemId: string, candidateId: string) => Promise<void>;
  markCandidate: (itemId: string, candidateId: string, marking: { mark?: CandidateMark | null; rank?: number | null }) => Promise<void>;
  clearMarks: (itemId: string) => Promise<void>;
}

/** The ballot with its candidates changed, and evaluated again (shown before the main side answers). */
function withBallot(item: VoteAgendaItem, update: (candidates: Candidates) => Candidates): VoteAgendaItem {
  if (!item.ballot) return item;
  const ballot = { ...item.ballot, candidates: update(item.ballot.candidates) };
  return { ...item, ballot, evaluation: evaluateBallot(ballot) };
}

/** The commands on a ballot's rule and candidates. */
export function useBallotCommands({ queue, change, put, byId }: AgendaState, undo: UndoHistory): BallotCommands {
  // Adding and editing candidates answer the main side's message (the dialog shows it) instead of a notice.
  const answer = useCallback(
    async (call: () => Promise<VoteAgendaItem>) => {
      try {
        put(await call());
        return null;
      } catch (error) {
        return errorText(error);
      }
    },
    [put],
  );
  return {
    setBallotRule: useCallback(
      (itemId, mode, maxChoices) =>
        change(
          itemId,
          () => queue('vote.setBallotRule', { itemId, mode, maxChoices }),
          (item) => {
            if (!item.ballot) return item;
            const ballot = { ...item.ballot, mode, maxChoices };
            return { ...item, ballot, evaluation: evaluateBallot(ballot) };
          },
        ),
      [queue, change],
    ),
    addCandidates: useCallback((itemId, candidates) => answer(() => queue('vote.addCandidates', { itemId, candidates })), [queue, answer]),
    updateCandidate: useCallback(
      (itemId, candidateId, changes) => answer(() => queue('vote.updateCandidate', { itemId, candidateId, change: changes })),
      [queue, answer],
    ),
    removeCandidate: useCallback(
      async (itemId, candidateId) => {
        const name = byId.get(itemId)?.ballot?.candidates.find((c) => c.id === candidateId)?.name ?? '';
        const ok = await change(
          itemId,
          () => queue('vote.removeCandidate', { itemId, candidateId }),
          (item) => withBallot(item, (list) => list.map((c) => (c.id === candidateId ? { ...c, deletedAt: new Date().toISOString() } : c))),
        );
        if (ok) undo.removed({ kind: 'candidate', id: candidateId }, { key: 'votes.candidateRemoved', values: { name } });
      },
      [queue, byId, change, undo],
    ),
    markCandidate: useCallback(
      async (itemId, candidateId, marking) => {
        await change(
          itemId,
          () => queue('vote.markCandidate', { itemId, candidateId, ...marking }),
          (item) =>
            withBallot(item, (list) =>
              list.map((c) =>
                c.id === candidateId
                  ? {
                      ...c,
                      ...(marking.mark !== undefined ? { mark: marking.mark } : {}),
                      ...(marking.rank !== undefined ? { rank: marking.rank } : {}),
                    }
                  : c,
              ),
            ),
        );
      },
      [queue, change],
    ),
    clearMarks: useCallback(
      async (itemId) => {
        await change(
          itemId,
          () => queue('vote.clearMarks', { itemId }),
          (item) => withBallot(item, (list) => list.map((c) => ({ ...c, mark: null, rank: null }))),
        );
      },
      [queue, change],
    ),
  };
}
