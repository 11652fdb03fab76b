import { useTranslation } from 'react-i18next';
import type { AnnotationFate, Comparison } from '../../../shared/compare/comparison-schema';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { Segments } from './Segments';

export const fateElementId = (annotationId: string) => `cmp-fate-${annotationId}`;

/**
 * One annotation in the comparison: what became of it, where it was, and (changed) its old words
 * against the new; an orphan kept as it is says so, with the way back to the review queue.
 */
export function AnnotationFateCard({ fate, comparison, active }: { fate: AnnotationFate; comparison: Comparison; active?: boolean }) {
  const { t } = useTranslation();
  const { from, to } = comparison;
  const askAgain = useApiMutation('compare.keepOrphan');
  return (
    <article
      id={active ? undefined : fateElementId(fate.annotationId)}
      className={`cmp-fate card kind-${fate.kind}${active ? ' cmp-fate--active' : ''}`}
      data-fate={fate.fate}
      data-annotation-id={fate.annotationId}
      tabIndex={-1}
    >
      <p className="cmp-fate-head">
        <span className={`cmp-badge cmp-fate--${fate.fate}`}>{t(`compare.fate.${fate.fate}`)}</span>{' '}
        {fate.kept && (
          <>
            <span className="cmp-badge" data-testid="kept-badge">
              {t('compare.review.keptBadge')}
            </span>{' '}
          </>
        )}
        <span className="cmp-fate-where">
          {fate.was
            ? t('compare.was', { citation: fate.was.citation, version: from.version })
            : t('compare.notIn', { version: from.version })}
          {fate.now && fate.now.citation !== fate.was?.citation && (
            <> · {t('compare.now', { citation: fate.now.citation, version: to.version })}</>
          )}
        </span>
      </p>
      {fate.fate === 'changed' && fate.now ? (
        <div className="cmp-fate-words">
          <div>
            <span className="cmp-words-label">{t('compare.column', { version: from.version })}</span>
            <q data-testid="old-words">
              <Segments segments={fate.segments} side="old" />
            </q>
          </div>
          <div>
            <span className="cmp-words-label">{t('compare.column', { version: to.version })}</span>
            <q data-testid="new-words">
              <Segments segments={fate.segments} side="new" />
            </q>
          </div>
        </div>
      ) : (
        <q className="cmp-fate-quote">{fate.quote}</q>
      )}
      {fate.note !== '' && <p className="cmp-fate-note">{fate.note}</p>}
      {fate.kept && (
        <p className="cmp-fate-kept">
          <button
            type="button"
            className="link-button"
            disabled={askAgain.isPending}
            onClick={() => askAgain.mutate({ annotationId: fate.annotationId, keep: false })}
          >
            {t('compare.review.askAgain')}
          </button>
          {askAgain.isError && (
            <span role="alert" className="field-hint field-hint--error">
              {' '}
              {t('compare.review.failed', { message: errorText(askAgain.error) })}
            </span>
          )}
        </p>
      )}
    </article>
  );
}
