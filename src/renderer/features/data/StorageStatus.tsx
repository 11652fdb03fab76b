import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/query/useApiQuery';
import { saveWatch } from './save-watch';
import './data.css';

/** How often the health is read again while saving fails (the main side retries on its own). */
export const FAILING_POLL_MS = 2_000;
/** How long "All changes saved" stays after a recovery. */
export const SAVED_SHOWN_MS = 8_000;

const NO_INPUT = {};

/**
 * The storage warning: while changes do not reach the disk, a persistent alert that cannot be
 * dismissed; once they do again, a short polite "All changes saved". When the data was opened
 * read-only (a newer version wrote it, or the disk refused writes at start), a persistent alert
 * saying why and what to do. Its own state only, so a
 * health check never re-renders the report.
 *
 * The health is read (through the query cache) at start, when the window regains focus, right
 * after every call that writes (the main side answers only once it has tried to write, so a failing
 * disk is seen at the first change it loses), and every 2 s while failing. Saving can only start
 * failing with a write, so there is no timer while all is well.
 */
export function StorageStatus() {
  const { t } = useTranslation();
  const health = useApiQuery(
    'app.health',
    NO_INPUT,
    // The host did not answer: what is shown stays until it does.
    { refetchInterval: (query) => (query.state.data?.ok === false ? FAILING_POLL_MS : false), refetchIntervalInBackground: true },
  );
  const { refetch } = health;
  const failing = health.data ? !health.data.ok : false;
  const readOnly = health.data?.readOnly ?? null;
  const problem = failing ? (health.data?.problem ?? '') : null;
  // "All changes saved" once a failing store writes again (not at start, when all is well).
  const [wasFailing, setWasFailing] = useState(false);
  const [recovered, setRecovered] = useState(false);
  if (failing !== wasFailing) {
    setWasFailing(failing);
    setRecovered(!failing);
  }

  useEffect(() => {
    const check = () => void refetch();
    const unsubscribe = saveWatch.subscribe(check);
    window.addEventListener('focus', check);
    return () => {
      unsubscribe();
      window.removeEventListener('focus', check);
    };
  }, [refetch]);

  useEffect(() => {
    if (!recovered) return;
    const timer = window.setTimeout(() => setRecovered(false), SAVED_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [recovered]);

  return (
    <>
      <div className="live-region" role="alert">
        {readOnly !== null && (
          <div className="banner banner--error banner--storage" data-testid="storage-read-only">
            <span className="storage-icon" aria-hidden="true">
              ⚠
            </span>
            <p className="banner-text">
              {readOnly.cause === 'newer-version'
                ? t('data.readOnlyNewer', { version: readOnly.schemaVersion, readsUpTo: readOnly.readsUpTo })
                : t('data.readOnlyDisk', { problem: readOnly.problem })}
            </p>
          </div>
        )}
        {problem !== null && (
          <div className="banner banner--error banner--storage" data-testid="storage-warning">
            <span className="storage-icon" aria-hidden="true">
              ⚠
            </span>
            <p className="banner-text">{t('data.notSaving', { problem: problem || t('data.unknownProblem') })}</p>
          </div>
        )}
      </div>
      <div className="live-region" role="status">
        {recovered && (
          <div className="banner banner--info banner--saved" data-testid="storage-saved">
            <p className="banner-text">{t('data.allSaved')}</p>
            <button type="button" className="text-button" aria-label={t('notice.dismissLabel')} onClick={() => setRecovered(false)}>
              {t('status.dismiss')}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
