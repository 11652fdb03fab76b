import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetComparison } from '../../../shared/contract/targets-api';
import { indicatorKey } from './target-row-view';

interface ConsistencySectionProps {
  comparisons: readonly TargetComparison[];
  onOpenParagraph: (documentId: string, paragraphId: string) => void;
}

/** This year's targets beside the same year's targets of the session's other reports, the differing ones flagged. */
export function ConsistencySection({ comparisons, onOpenParagraph }: ConsistencySectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="targets-consistency" aria-labelledby={`${id}-heading`} data-testid="targets-consistency">
      <h3 id={`${id}-heading`}>{t('targets.consistency.heading')}</h3>
      <p className="targets-intro">{t('targets.consistency.intro')}</p>
      {comparisons.length === 0 ? (
        <p className="panel-empty">{t('targets.consistency.none')}</p>
      ) : (
        <ul className="targets-comparisons">
          {comparisons.map((c) => (
            <li key={`${c.indicator}|${c.unit ?? ''}`} data-consistent={c.consistent}>
              <strong>{t(indicatorKey(c.indicator))}</strong>{' '}
              <span className={c.consistent ? 'targets-verdict targets-verdict--met' : 'targets-verdict targets-verdict--missed'}>
                {t(c.consistent ? 'targets.consistency.consistent' : 'targets.consistency.inconsistent')}
              </span>
              <ul>
                {c.statements.map((s) => (
                  <li key={s.figureId + s.documentId}>
                    {t('targets.consistency.statement', { text: s.text, title: s.title })}{' '}
                    <button
                      type="button"
                      className="link-button card-citation"
                      aria-label={t('targets.openCitation', { citation: s.citation, title: s.title })}
                      onClick={() => onOpenParagraph(s.documentId, s.paragraphId)}
                    >
                      {s.citation}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
