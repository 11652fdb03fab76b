import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANDIDATES_MAX, type BallotMode, type Candidate, type CandidateMark } from '../../../shared/domain/vote';

const MARKS: readonly CandidateMark[] = ['approve', 'oppose', 'abstain'];

/** One candidate's mark as the mode asks it: approve/oppose/abstain, a choice, or a rank. */
export function MarkControl({
  mode,
  candidate,
  onMark,
}: {
  mode: BallotMode;
  candidate: Candidate;
  onMark: (marking: { mark?: CandidateMark | null; rank?: number | null }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [rankText, setRankText] = useState(candidate.rank === null ? '' : String(candidate.rank));
  const [rankError, setRankError] = useState(false);
  const [shownRank, setShownRank] = useState(candidate.rank);
  if (shownRank !== candidate.rank) {
    // Changed elsewhere (cleared marks, a reload): show the stored rank unless the box already says it.
    setShownRank(candidate.rank);
    if ((/^\d+$/.test(rankText.trim()) ? Number(rankText) : null) !== candidate.rank) {
      setRankText(candidate.rank === null ? '' : String(candidate.rank));
      setRankError(false);
    }
  }

  if (mode === 'perCandidate') {
    return (
      <div className="mark-choices" role="radiogroup" aria-label={t('votes.ballot.markLabel', { name: candidate.name })}>
        {MARKS.map((mark) => (
          <label key={mark} className={`mark-choice mark-choice--${mark}`}>
            <input type="radio" name={`${id}-mark`} value={mark} checked={candidate.mark === mark} onChange={() => onMark({ mark })} />
            <span>{t(`votes.ballot.marks.${mark}`)}</span>
          </label>
        ))}
      </div>
    );
  }
  if (mode === 'chooseUpTo') {
    return (
      <label className="mark-choice mark-choice--choose">
        <input
          type="checkbox"
          checked={candidate.mark === 'approve'}
          onChange={(event) => onMark({ mark: event.target.checked ? 'approve' : null })}
        />
        <span>{t('votes.ballot.choose')}</span>
        <span className="visually-hidden"> {candidate.name}</span>
      </label>
    );
  }
  return (
    <span className="mark-rank">
      <input
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        className="draft-input draft-input--number mark-rank-input"
        aria-label={t('votes.ballot.rankLabel', { name: candidate.name })}
        aria-invalid={rankError || undefined}
        value={rankText}
        onChange={(event) => {
          const value = event.target.value;
          setRankText(value);
          if (value.trim() === '') {
            setRankError(false);
            onMark({ rank: null });
          } else if (/^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= CANDIDATES_MAX) {
            setRankError(false);
            onMark({ rank: Number(value) });
          } else setRankError(true);
        }}
      />
    </span>
  );
}
