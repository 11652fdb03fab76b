import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationFate, Comparison } from '../../../shared/compare/comparison-schema';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { AnnotationFateCard } from './AnnotationFateCard';

interface ReviewQueueProps {
  comparison: Comparison;
  queue: readonly AnnotationFate[];
  /** The passage selected in the newer version's column, read when Re-attach is pressed (null: none). */
  selection: () => { start: number; end: number } | null;
  onShow: (fate: AnnotationFate) => void;
}

/**
 * Walks the deputy through the annotations placed on changed words or orphaned: accept the new
 * placement, re-attach to a selection, or keep as an orphan (stored on the annotation, so a reload
 * does not ask again). Each decision is a write; the comparison is read again after it, and the
 * annotation leaves the queue.
 */
export function ReviewQueue({ comparison, queue, selection, onShow }: ReviewQueueProps) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const accept = useApiMutation('annotation.acceptPlacement');
  const reattach = useApiMutation('annotation.reattach');
  const keep = useApiMutation('compare.keepOrphan');
  const busy = accept.isPending || reattach.isPending || keep.isPending;

  if (!comparison.to.current) return <p className="field-hint">{t('compare.review.notCurrent')}</p>;
  const at = Math.min(index, queue.length - 1);
  const item = queue[at];
  if (item === undefined)
    return (
      <section className="cmp-review" aria-label={t('compare.review.title', { count: 0 })} data-testid="review-queue">
        <p className="panel-empty">{t('compare.review.empty')}</p>
        {message && <p role="status">{message.text}</p>}
      </section>
    );
  const failed = (error: unknown) => setMessage({ text: t('compare.review.failed', { message: errorText(error) }), error: true });

  const onAccept = () =>
    accept.mutate(
      { annotationId: item.annotationId },
      { onSuccess: () => setMessage({ text: t('compare.review.accepted'), error: false }), onError: failed },
    );
  const onReattach = () => {
    const range = selection();
    if (!range) {
      setMessage({ text: t('compare.review.selectFirst', { version: comparison.to.version }), error: true });
      return;
    }
    reattach.mutate(
      { annotationId: item.annotationId, ...range },
      { onSuccess: () => setMessage({ text: t('compare.review.reattached'), error: false }), onError: failed },
    );
  };

  return (
    <section className="cmp-review" aria-labelledby="cmp-review-title" data-testid="review-queue">
      <h3 id="cmp-review-title" className="cmp-heading">
        {t('compare.review.title', { count: queue.length })}
      </h3>
      <p className="cmp-review-position">{t('compare.review.position', { index: at + 1, count: queue.length })}</p>
      <AnnotationFateCard fate={item} comparison={comparison} active />
      <div className="cmp-review-actions">
        {item.status === 'fuzzy' && (
          <button type="button" className="toolbar-button" disabled={busy} onClick={onAccept}>
            {t('compare.review.accept')}
          </button>
        )}
        <button
          type="button"
          className="toolbar-button"
          disabled={busy}
          // A press must not collapse the selection it is about to use.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onReattach}
        >
          {t('compare.review.reattach')}
        </button>
        {item.status === 'orphaned' && (
          <button
            type="button"
            className="toolbar-button"
            disabled={busy}
            onClick={() =>
              keep.mutate(
                { annotationId: item.annotationId, keep: true },
                { onSuccess: () => setMessage({ text: t('compare.review.kept'), error: false }), onError: failed },
              )
            }
          >
            {t('compare.review.keep')}
          </button>
        )}
      </div>
      <div className="cmp-review-nav">
        <button type="button" className="link-button" disabled={at === 0} onClick={() => setIndex(at - 1)}>
          {t('compare.review.previous')}
        </button>
        <button type="button" className="link-button" onClick={() => onShow(item)}>
          {t('compare.review.show')}
        </button>
        <button type="button" className="link-button" disabled={at >= queue.length - 1} onClick={() => setIndex(at + 1)}>
          {t('compare.review.next')}
        </button>
      </div>
      <p className="field-hint">{t('compare.review.hint', { version: comparison.to.version })}</p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-hint field-hint--error' : 'field-hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
