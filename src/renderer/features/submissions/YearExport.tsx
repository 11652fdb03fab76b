import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { completeDelivery } from '../../app/deliver';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { uiLanguage } from './submission-text';

/** The yearly record (履职记录) of the suggestions and proposals: a year, a document language, the DOCX. */
export function YearExport({ years }: { years: readonly number[] }) {
  const { t, i18n } = useTranslation();
  const { mutateAsync: exportYearDocx } = useApiMutation('submission.exportYear');
  const id = useId();
  const [year, setYear] = useState<number | null>(null);
  const [language, setLanguage] = useState<Language>(() => uiLanguage(i18n.language));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);
  const chosen = year ?? years[0];
  if (chosen === undefined) return null;

  const exportYear = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const delivered = completeDelivery(await exportYearDocx({ year: chosen, language }));
      if (delivered.kind === 'saved') setOutcome({ text: t('submissions.export.savedTo', { path: delivered.path }), error: false });
      if (delivered.kind === 'downloaded')
        setOutcome({ text: t('submissions.export.downloaded', { fileName: delivered.fileName }), error: false });
    } catch (error) {
      setOutcome({ text: t('submissions.export.failed', { message: errorText(error) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="submissions-export" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="side-panel-title">
        {t('submissions.export.title')}
      </h3>
      <div className="submissions-export-row">
        <label className="field--inline">
          <span className="field-label">{t('submissions.export.year')}</span>
          <select className="draft-input" value={chosen} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="field--inline">
          <span className="field-label">{t('submissions.export.language')}</span>
          <select
            className="draft-input"
            value={language}
            onChange={(event) => setLanguage(LANGUAGES.find((l) => l === event.target.value) ?? language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" className="primary-button" aria-disabled={busy || undefined} onClick={() => void exportYear()}>
        {t(busy ? 'submissions.export.exporting' : 'submissions.export.button')}
      </button>
      {outcome && (
        <p role={outcome.error ? 'alert' : 'status'} className={outcome.error ? 'field-error' : 'field-hint'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
