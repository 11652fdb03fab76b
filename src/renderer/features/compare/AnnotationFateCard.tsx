import { useTranslation } from 'react-i18next';
import type { AnnotationFate, Comparison } from '../../../shared/compare/comparison-schema';
import { Segments } from './Segments';

export const fateElementId = (annotationId: string) => `cmp-fate-${annotationId}`;

/** One annotation in the comparison: what became of it, where it was, and (changed) its old words against the new. */
export function AnnotationFateCard({ fate, comparison, active }: { fate: AnnotationFate; comparison: Comparison; active?: boolean }) {
  const { t } = useTranslation();
  const { from, to } = comparison;
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
    </article>
  );
}
