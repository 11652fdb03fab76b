import { useTranslation } from 'react-i18next';
import type { ImportActivity } from '../app/useTrackedImport';

/** A running import: what is being done to which file, for how long, and a way to stop it. */
export function ImportProgress({ activity, onCancel }: { activity: ImportActivity; onCancel: () => void }) {
  const { t } = useTranslation();
  const { fileName, stage, done, total, elapsedMs } = activity;
  const label = t(`library.progress.${stage}`, { name: fileName, done, total: total ?? 0 });
  return (
    <div className="banner banner--info import-progress" role="status" data-testid="import-progress">
      <p className="banner-text">
        {label} {t('library.progress.elapsed', { seconds: Math.floor(elapsedMs / 1000) })}
      </p>
      {total !== null && total > 0 ? <progress max={total} value={done} aria-label={label} /> : <progress aria-label={label} />}
      <button type="button" className="text-button" onClick={onCancel}>
        {t('library.progress.cancel')}
      </button>
    </div>
  );
}
