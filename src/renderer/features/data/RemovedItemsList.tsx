import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { binRef, type BinEntry } from '../../../shared/domain/bin';
import { formatDateTime } from '../../app/date-format';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';

const NEWEST = { limit: 100 };

/**
 * What waits in the bin (every kind: documents, annotations, drafts, agenda items, candidates, speech
 * cards, withdrawn submissions), newest removal first, each with Restore: the same `bin.restore` as
 * the views' Undo. A restore is a write, so this list (and the count) is read again by the query layer.
 */
export function RemovedItemsList({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const entries = useApiQuery('bin.list', NEWEST);
  const restore = useApiMutation('bin.restore');
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const label = (entry: BinEntry) =>
    entry.defaultKey ? t(`votes.defaultItem.${entry.defaultKey}`) : entry.label.trim() || t('data.untitledItem');

  const bringBack = async (entry: BinEntry) => {
    const words = { kind: t(`data.binKind.${entry.kind}`), label: label(entry) };
    try {
      await restore.mutateAsync(binRef(entry));
      setMessage({ text: t('data.itemRestored', words), tone: 'info' });
      onRestored();
    } catch (error) {
      setMessage({ text: t('data.itemRestoreFailed', { message: errorText(error) }), tone: 'error' });
    }
  };

  return (
    <>
      {entries.error && (
        <p className="data-warning-text" role="alert">
          {errorText(entries.error)}
        </p>
      )}
      {entries.data && entries.data.length === 0 && <p className="data-text">{t('data.noRemoved')}</p>}
      {entries.data && entries.data.length > 0 && (
        <ul className="removed-list" aria-label={t('data.removedList')} data-testid="removed-list">
          {entries.data.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`} className="removed-entry">
              <span className="removed-kind">{t(`data.binKind.${entry.kind}`)}</span>
              <span className="removed-label">{label(entry)}</span>
              <span className="field-hint">{t('data.removedOn', { date: formatDateTime(entry.removedAt, i18n.language) })}</span>
              <button
                type="button"
                className="text-button"
                aria-label={t('data.restoreItemLabel', { kind: t(`data.binKind.${entry.kind}`), label: label(entry) })}
                aria-disabled={restore.isPending}
                onClick={() => !restore.isPending && void bringBack(entry)}
              >
                {t('data.restoreItem')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p className={message.tone === 'error' ? 'data-warning-text' : 'data-text'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}
