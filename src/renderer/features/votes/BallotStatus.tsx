import { useTranslation } from 'react-i18next';
import type { BallotEvaluation } from '../../../shared/votes/ballot-evaluation';
import { ballotCountText, ballotProblemText } from './vote-text';

/** The count as the deputy marks, the verdict (INVALID said as an alert) and the warnings. */
export function BallotStatus({ evaluation }: { evaluation: BallotEvaluation }) {
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
