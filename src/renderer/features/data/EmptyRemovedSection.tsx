import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import { RemovedItemsList } from './RemovedItemsList';

const NO_INPUT = {};

/**
 * "Removed items" in Your data: what waits in the bin, each restorable; how many removed documents
 * wait, and "Empty removed items…" to delete them for good at once, after a confirmation.
 * `onChanged`: the bin changed (restored or emptied), so the page behind shows old data.
 */
export function EmptyRemovedSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  // The count is read again after emptying (a write), by the query layer's invalidation.
  const summaryQuery = useApiQuery('bin.summary', NO_INPUT);
  const summary = summaryQuery.data ?? null;
  const emptyBin = useApiMutation('bin.empty');
  const [step, setStep] = useState<'idle' | 'confirming' | 'emptying'>('idle');
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const shown = message ?? (summaryQuery.error ? { text: errorText(summaryQuery.error), tone: 'error' as const } : null);

  const empty = async () => {
    if (step === 'emptying') return;
    setStep('emptying');
    try {
      const emptied = await emptyBin.mutateAsync(NO_INPUT);
      setMessage({ text: t('data.emptied', { count: emptied.documents }), tone: 'info' });
      onChanged();
    } catch (error) {
      setMessage({ text: t('data.emptyFailed', { message: errorText(error) }), tone: 'error' });
    } finally {
      setStep('idle');
    }
  };

  return (
    <section className="data-section" aria-labelledby={`${id}-title`} data-testid="removed-items">
      <h3 id={`${id}-title`} className="data-section-title">
        {t('data.removedItems')}
      </h3>
      {summary && <p className="field-hint">{t('data.removedExplained', { days: summary.keptDays })}</p>}
      <RemovedItemsList onRestored={onChanged} />
      {summary && <p className="data-text">{t('data.removedCount', { count: summary.documents })}</p>}
      {summary && summary.documents > 0 && step === 'idle' && (
        <div className="data-actions">
          <button type="button" className="text-button" onClick={() => setStep('confirming')}>
            {t('data.emptyRemoved')}
          </button>
        </div>
      )}
      {summary && step !== 'idle' && (
        <div className="data-actions" role="group" aria-label={t('data.emptyRemoved')}>
          <p className="data-text">{t('data.emptyConfirm', { count: summary.documents })}</p>
          <button
            type="button"
            className="text-button"
            aria-disabled={step === 'emptying'}
            onClick={() => step === 'confirming' && setStep('idle')}
          >
            {t('data.cancel')}
          </button>
          <button type="button" className="primary-button" aria-disabled={step === 'emptying'} onClick={() => void empty()}>
            {t(step === 'emptying' ? 'data.emptying' : 'data.emptyYes')}
          </button>
        </div>
      )}
      {shown && (
        <p className={shown.tone === 'error' ? 'data-warning-text' : 'data-text'} role={shown.tone === 'error' ? 'alert' : 'status'}>
          {shown.text}
        </p>
      )}
    </section>
  );
}
