import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/vote';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { BallotRule } from './BallotRule';
import { BallotStatus } from './BallotStatus';
import { CandidateDialog } from './CandidateDialog';
import { CandidateTable } from './CandidateTable';
import { PasteCandidatesDialog } from './PasteCandidatesDialog';
import type { VoteAgenda } from './useVoteAgenda';

interface BallotEditorProps {
  item: VoteAgendaItem;
  agenda: VoteAgenda;
  notify: (notice: WorkspaceNotice | null) => void;
}

/**
 * The livelihood-projects ballot: its rule (mode and M), the candidates (typed or pasted) and the
 * deputy's marks, counted as they go. A ballot that breaks its rule is shown INVALID, never fixed.
 */
export function BallotEditor({ item, agenda, notify }: BallotEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const ballot = item.ballot!;
  const evaluation = item.evaluation!;
  const live = ballot.candidates.filter((c) => c.deletedAt === null);
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'edit'; candidate: Candidate } | { kind: 'paste' } | null>(null);

  return (
    <section className="draft-section ballot" aria-labelledby={`${id}-title`} data-testid="ballot" data-verdict={evaluation.verdict}>
      <h3 id={`${id}-title`} className="draft-section-title">
        {t('votes.ballot.title')}
      </h3>
      <BallotRule
        key={item.id}
        itemId={item.id}
        mode={ballot.mode}
        maxChoices={ballot.maxChoices}
        candidates={live.length}
        agenda={agenda}
      />
      <BallotStatus evaluation={evaluation} />
      <div className="ballot-tools" role="group" aria-label={t('votes.ballot.toolsLabel')}>
        <button type="button" className="text-button" onClick={() => setDialog({ kind: 'add' })}>
          {t('votes.ballot.addCandidate')}
        </button>
        <button type="button" className="text-button" onClick={() => setDialog({ kind: 'paste' })}>
          {t('votes.ballot.paste')}
        </button>
        <button
          type="button"
          className="text-button"
          disabled={live.every((c) => c.mark === null && c.rank === null)}
          onClick={() => void agenda.clearMarks(item.id)}
        >
          {t('votes.ballot.clearMarks')}
        </button>
      </div>
      <CandidateTable
        mode={ballot.mode}
        candidates={live}
        problems={evaluation.problems}
        onMark={(candidateId, marking) => void agenda.markCandidate(item.id, candidateId, marking)}
        onEdit={(candidate) => setDialog({ kind: 'edit', candidate })}
        onRemove={(candidateId) => void agenda.removeCandidate(item.id, candidateId)}
      />
      {dialog?.kind === 'paste' && (
        <PasteCandidatesDialog
          itemId={item.id}
          onAdd={(candidates) => agenda.addCandidates(item.id, candidates)}
          onDone={(added) => {
            setDialog(null);
            notify({ key: 'votes.paste.added', values: { count: added }, tone: 'info' });
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <CandidateDialog
          candidate={dialog.kind === 'edit' ? dialog.candidate : null}
          otherNames={live.filter((c) => dialog.kind !== 'edit' || c.id !== dialog.candidate.id).map((c) => c.name)}
          onSave={(content) =>
            dialog.kind === 'edit'
              ? agenda.updateCandidate(item.id, dialog.candidate.id, content)
              : agenda.addCandidates(item.id, [content])
          }
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
