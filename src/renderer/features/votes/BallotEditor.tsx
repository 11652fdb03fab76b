import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BALLOT_MODES, CANDIDATES_MAX, type BallotMode, type Candidate, type CandidateMark } from '../../../shared/domain/vote';
import type { BallotEvaluation, BallotProblem } from '../../../shared/votes/ballot-evaluation';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { CandidateDialog } from './CandidateDialog';
import { readMaxChoices } from './candidate-form';
import { PasteCandidatesDialog } from './PasteCandidatesDialog';
import type { VoteAgenda } from './useVoteAgenda';
import { ballotCountText, ballotProblemText, investmentText } from './vote-text';

interface BallotEditorProps {
  item: VoteAgendaItem;
  agenda: VoteAgenda;
  notify: (notice: WorkspaceNotice | null) => void;
}

const MARKS: readonly CandidateMark[] = ['approve', 'oppose', 'abstain'];
const RULE_DELAY_MS = 400;

/**
 * The livelihood-projects ballot: its rule (mode and M), the candidates (typed or pasted) and the
 * deputy's marks, counted as they go. A ballot that breaks its rule is shown INVALID, never fixed.
 */
export function BallotEditor({ item, agenda, notify }: BallotEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ballot = item.ballot!;
  const evaluation = item.evaluation!;
  const live = ballot.candidates.filter((c) => c.deletedAt === null);
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'edit'; candidate: Candidate } | { kind: 'paste' } | null>(null);

  const flagged = new Map<string, BallotProblem['code'][]>();
  for (const problem of evaluation.problems) {
    if (!['rankDuplicate', 'rankBeyondMax', 'duplicateName'].includes(problem.code)) continue;
    for (const candidateId of problem.candidateIds ?? []) flagged.set(candidateId, [...(flagged.get(candidateId) ?? []), problem.code]);
  }

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
      {live.length === 0 ? (
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
                <th scope="col">{t(`votes.ballot.markHeader.${ballot.mode}`)}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('votes.ballot.actions')}</span>
                </th>
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
                        {flagged
                          .get(candidate.id)!
                          .map((code) => t(`votes.ballot.flag.${code as 'rankDuplicate' | 'rankBeyondMax' | 'duplicateName'}`))
                          .join(' · ')}
                      </span>
                    )}
                  </th>
                  <td className="vote-number">{investmentText(t, i18n.language, candidate.investment)}</td>
                  <td>{candidate.completion}</td>
                  <td>
                    <MarkControl
                      mode={ballot.mode}
                      candidate={candidate}
                      onMark={(marking) => void agenda.markCandidate(item.id, candidate.id, marking)}
                    />
                  </td>
                  <td className="candidate-actions">
                    <button
                      type="button"
                      className="text-button text-button--small"
                      aria-label={t('votes.ballot.editLabel', { name: candidate.name })}
                      onClick={() => setDialog({ kind: 'edit', candidate })}
                    >
                      {t('votes.ballot.edit')}
                    </button>
                    <button
                      type="button"
                      className="text-button text-button--small text-button--danger"
                      aria-label={t('votes.ballot.removeLabel', { name: candidate.name })}
                      onClick={() => void agenda.removeCandidate(item.id, candidate.id)}
                    >
                      {t('votes.ballot.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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

function BallotRule({
  itemId,
  mode,
  maxChoices,
  candidates,
  agenda,
}: {
  itemId: string;
  mode: BallotMode;
  maxChoices: number;
  candidates: number;
  agenda: VoteAgenda;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(maxChoices));
  const timer = useRef<number | null>(null);
  const read = readMaxChoices(text);
  const tooMany = read.ok && read.value > CANDIDATES_MAX;
  const error = !read.ok
    ? read.zero
      ? t('votes.ballotProblem.maxChoicesZero')
      : t('votes.ballot.maxNotNumber')
    : tooMany
      ? t('votes.ballot.maxTooLarge', { max: CANDIDATES_MAX })
      : null;

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const saveMax = (value: string) => {
    setText(value);
    if (timer.current !== null) window.clearTimeout(timer.current);
    const next = readMaxChoices(value);
    if (!next.ok || next.value > CANDIDATES_MAX || next.value === maxChoices) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void agenda.setBallotRule(itemId, mode, next.value);
    }, RULE_DELAY_MS);
  };

  return (
    <fieldset className="ballot-rule">
      <legend className="field-label">{t('votes.ballot.rule')}</legend>
      <div className="ballot-modes" role="radiogroup" aria-label={t('votes.ballot.mode')}>
        {BALLOT_MODES.map((m) => (
          <label key={m} className="ballot-mode">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => void agenda.setBallotRule(itemId, m, read.ok && !tooMany ? read.value : maxChoices)}
            />
            <span>{t(`votes.ballot.modes.${m}`)}</span>
          </label>
        ))}
      </div>
      <div className="field field--inline ballot-max">
        <label htmlFor={`${id}-max`} className="field-label">
          {t('votes.ballot.maxChoices')}
        </label>
        <input
          id={`${id}-max`}
          type="number"
          inputMode="numeric"
          min={1}
          max={CANDIDATES_MAX}
          step={1}
          className="draft-input draft-input--number"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-max-hint${error ? ` ${id}-max-error` : ''}`}
          onChange={(event) => saveMax(event.target.value)}
        />
      </div>
      <p id={`${id}-max-hint`} className="field-hint">
        {t('votes.ballot.maxHint', { count: candidates })}
      </p>
      {error && (
        <p id={`${id}-max-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function BallotStatus({ evaluation }: { evaluation: BallotEvaluation }) {
  const { t } = useTranslation();
  const invalid = evaluation.problems.filter((p) => p.severity === 'invalid');
  const incomplete = evaluation.problems.filter((p) => p.severity === 'incomplete');
  const warnings = evaluation.problems.filter((p) => p.severity === 'warning');
  const c = evaluation.counts;
  return (
    <div className="ballot-status">
      <p className={`ballot-count${evaluation.counts.remaining < 0 ? ' ballot-count--over' : ''}`} role="status" data-testid="ballot-count">
        <strong>{ballotCountText(t, evaluation)}</strong>
        {evaluation.mode === 'perCandidate' && c.candidates > 0 && (
          <span className="ballot-count-detail">
            {' '}
            · {t('votes.ballot.countDetail', { oppose: c.oppose, abstain: c.abstain, unmarked: c.unmarked })}
          </span>
        )}
      </p>
      <div role="alert" className="ballot-alert-region">
        {evaluation.verdict === 'invalid' && (
          <div className="ballot-verdict ballot-verdict--invalid" data-testid="ballot-verdict" data-verdict="invalid">
            <p className="ballot-verdict-title">
              <span aria-hidden="true">✗ </span>
              {t('votes.ballot.verdict.invalid')}
            </p>
            <ul className="ballot-problems">
              {invalid.map((p) => (
                <li key={`${p.code}-${p.rank ?? ''}`} data-code={p.code}>
                  {ballotProblemText(t, p)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div role="status" className="ballot-status-region">
        {evaluation.verdict !== 'invalid' && (
          <div
            className={`ballot-verdict ballot-verdict--${evaluation.verdict}`}
            data-testid="ballot-verdict"
            data-verdict={evaluation.verdict}
          >
            <p className="ballot-verdict-title">
              <span aria-hidden="true">{evaluation.verdict === 'valid' ? '✓ ' : '… '}</span>
              {t(`votes.ballot.verdict.${evaluation.verdict}`)}
            </p>
            {incomplete.length > 0 && (
              <ul className="ballot-problems">
                {incomplete.map((p) => (
                  <li key={p.code} data-code={p.code}>
                    {ballotProblemText(t, p)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {warnings.length > 0 && (
        <ul className="ballot-warnings" data-testid="ballot-warnings">
          {warnings.map((p) => (
            <li key={`${p.code}-${p.name ?? ''}`} data-code={p.code}>
              <span aria-hidden="true">⚠ </span>
              {ballotProblemText(t, p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MarkControl({
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
