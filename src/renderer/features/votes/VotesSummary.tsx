import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INTENTIONS } from '../../../shared/domain/vote';
import { summarizeIntentions } from '../../../shared/votes/summarize-intentions';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import { INTENTION_SYMBOLS } from './VoteItemEditor';
import { ballotChoiceLines, ballotCountText, itemTitle } from './vote-text';

interface VotesSummaryProps {
  items: readonly VoteAgendaItem[];
  onOpen: (itemId: string) => void;
  /** Prints the voting notes; undefined while what they print is still loading. */
  onPrint: (() => void) | undefined;
  onExport: () => void;
  exporting: boolean;
}

/** Every intention: the counts, then the items (undecided first) with their reasons; printed as the voting notes on the official page (VotesPrintSheet). */
export function VotesSummary({ items, onOpen, onPrint, onExport, exporting }: VotesSummaryProps) {
  const { t } = useTranslation();
  const id = useId();
  const summary = useMemo(() => summarizeIntentions(items), [items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  return (
    <section className="votes-summary" aria-labelledby={`${id}-title`} data-testid="votes-summary">
      <header className="votes-summary-header">
        <h2 id={`${id}-title`} className="vote-editor-title">
          {t('votes.summary.title')}
        </h2>
        <p className="votes-summary-private">{t('votes.summary.private')}</p>
        <div className="votes-summary-actions">
          <button type="button" className="text-button" aria-disabled={onPrint === undefined || undefined} onClick={() => onPrint?.()}>
            {t('votes.summary.print')}
          </button>
          <button type="button" className="primary-button" aria-disabled={exporting || undefined} onClick={onExport}>
            {t('votes.export')}
          </button>
        </div>
      </header>
      <dl className="intention-counts" data-testid="intention-counts">
        {INTENTIONS.map((intention) => (
          <div key={intention} className={`intention-count intention-count--${intention}`} data-intention={intention}>
            <dt>
              <span aria-hidden="true">{INTENTION_SYMBOLS[intention]} </span>
              {t(`votes.intention.${intention}`)}
            </dt>
            <dd>{summary.counts[intention]}</dd>
          </div>
        ))}
      </dl>
      <p className="votes-summary-total">
        {t('votes.summary.total', { count: summary.total })}
        {summary.invalidBallots > 0 && (
          <strong className="votes-summary-invalid"> {t('votes.summary.invalidBallots', { count: summary.invalidBallots })}</strong>
        )}
        {summary.incompleteBallots > 0 && <span> {t('votes.summary.incompleteBallots', { count: summary.incompleteBallots })}</span>}
      </p>
      <ol className="votes-summary-list">
        {summary.items.map((entry) => {
          const item = byId.get(entry.itemId);
          const title = itemTitle(t, entry);
          return (
            <li key={entry.itemId} className={`votes-summary-item votes-summary-item--${entry.intention}`} data-item-id={entry.itemId}>
              <div className="votes-summary-line">
                {entry.ballot ? (
                  <span className="intention-tag intention-tag--ballot">{t('votes.summary.ballotTag')}</span>
                ) : (
                  <span className={`intention-tag intention-tag--${entry.intention}`}>
                    <span aria-hidden="true">{INTENTION_SYMBOLS[entry.intention]} </span>
                    {t(`votes.intention.${entry.intention}`)}
                  </span>
                )}
                <button type="button" className="link-button votes-summary-open" onClick={() => onOpen(entry.itemId)}>
                  {t('votes.summary.agendaNumber', { n: entry.agendaIndex + 1 })} {title}
                </button>
              </div>
              {item && item.rationale.trim() !== '' ? (
                <p className="votes-summary-reasons">{item.rationale}</p>
              ) : (
                <p className="votes-summary-reasons votes-summary-reasons--none">{t('votes.summary.noReasons')}</p>
              )}
              {(entry.paragraphLinks > 0 || entry.annotationLinks > 0) && (
                <p className="votes-summary-meta">
                  {item?.paragraphLinks.map((l) => l.citation).join(', ')}
                  {entry.annotationLinks > 0 && ` ${t('votes.summary.annotationLinks', { count: entry.annotationLinks })}`}
                </p>
              )}
              {entry.ballot && (
                <p className={`votes-summary-ballot votes-summary-ballot--${entry.ballot.verdict}`}>
                  {ballotCountText(t, entry.ballot)} · {t(`votes.ballot.verdict.${entry.ballot.verdict}`)}
                </p>
              )}
              {entry.ballot && entry.choices && (
                <ul className="votes-summary-choices" data-testid="ballot-choices">
                  {ballotChoiceLines(t, entry.ballot.mode, entry.choices).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
