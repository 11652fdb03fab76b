import { useTranslation } from 'react-i18next';
import type { BallotMode, Candidate, CandidateMark } from '../../../shared/domain/vote';
import type { BallotProblem } from '../../../shared/votes/ballot-evaluation';
import { ActionsHeader, RowActions } from '../../components/RowActions';
import { MarkControl } from './MarkControl';
import { investmentText } from './vote-text';

type Marking = { mark?: CandidateMark | null; rank?: number | null };

interface CandidateTableProps {
  mode: BallotMode;
  /** The live candidates, in ballot order. */
  candidates: readonly Candidate[];
  problems: readonly BallotProblem[];
  onMark: (candidateId: string, marking: Marking) => void;
  onEdit: (candidate: Candidate) => void;
  onRemove: (candidateId: string) => void;
}

const FLAGS = ['rankDuplicate', 'rankBeyondMax', 'duplicateName'] as const;
type Flag = (typeof FLAGS)[number];
const isFlag = (code: string): code is Flag => FLAGS.some((flag) => flag === code);

/** The candidates with their figures and the deputy's mark; a row the rule flags says why. */
export function CandidateTable({ mode, candidates: live, problems, onMark, onEdit, onRemove }: CandidateTableProps) {
  const { t, i18n } = useTranslation();
  const flagged = new Map<string, Flag[]>();
  for (const problem of problems) {
    const code = problem.code;
    if (!isFlag(code)) continue;
    for (const candidateId of problem.candidateIds ?? []) flagged.set(candidateId, [...(flagged.get(candidateId) ?? []), code]);
  }
  return live.length === 0 ? (
    <p className="panel-empty">{t('votes.ballot.noCandidates')}</p>
  ) : (
    <div className="ballot-table-wrap">
      <table className="ballot-table" data-testid="candidate-table">
        <caption className="vote-table-caption">{t('votes.ballot.tableCaption', { count: live.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="vote-number">
              {t('votes.ballot.number')}
            </th>
            <th scope="col">{t('votes.ballot.project')}</th>
            <th scope="col" className="vote-number">
              {t('votes.candidate.investmentShort')}
            </th>
            <th scope="col">{t('votes.candidate.completion')}</th>
            <th scope="col">{t(`votes.ballot.markHeader.${mode}`)}</th>
            <ActionsHeader label={t('votes.ballot.actions')} />
          </tr>
        </thead>
        <tbody>
          {live.map((candidate, index) => (
            <tr
              key={candidate.id}
              className={flagged.has(candidate.id) ? 'candidate-row candidate-row--flagged' : 'candidate-row'}
              data-candidate={candidate.name}
            >
              <td className="vote-number">{index + 1}</td>
              <th scope="row" className="candidate-name-cell">
                <span className="candidate-name">{candidate.name}</span>
                {candidate.description && <span className="candidate-description">{candidate.description}</span>}
                {flagged.has(candidate.id) && (
                  <span className="candidate-flag">
                    <span aria-hidden="true">⚠ </span>
                    {(flagged.get(candidate.id) ?? []).map((code) => t(`votes.ballot.flag.${code}`)).join(' · ')}
                  </span>
                )}
              </th>
              <td className="vote-number">{investmentText(t, i18n.language, candidate.investment)}</td>
              <td>{candidate.completion}</td>
              <td>
                <MarkControl mode={mode} candidate={candidate} onMark={(marking) => onMark(candidate.id, marking)} />
              </td>
              <RowActions
                className="candidate-actions"
                actions={[
                  {
                    label: t('votes.ballot.edit'),
                    name: t('votes.ballot.editLabel', { name: candidate.name }),
                    onSelect: () => onEdit(candidate),
                  },
                  {
                    label: t('votes.ballot.remove'),
                    name: t('votes.ballot.removeLabel', { name: candidate.name }),
                    onSelect: () => onRemove(candidate.id),
                    danger: true,
                  },
                ]}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
