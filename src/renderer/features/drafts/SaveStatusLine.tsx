import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../../app/useDebouncedSave';

/** The draft's save status in words; after a refused save, the main side's reason (on hover) and Retry. */
export const SaveStatusLine = memo(function SaveStatusLine({
  status,
  error,
  onRetry,
}: {
  status: SaveStatus;
  error: string | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`save-status save-status--${status}`}>
      <span role="status" aria-live="polite" data-testid="save-status" title={status === 'error' && error ? error : undefined}>
        {t(`editor.status.${status}`)}
      </span>
      {status === 'error' && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('editor.retrySave')}
        </button>
      )}
    </div>
  );
});
