import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAFT_TEXT_MAX, type DraftContent } from '../../../shared/domain/draft';
import { errorText } from '../../app/error-message';
import { FileButton } from '../../components/FileButton';

type Legislative = Pick<DraftContent, 'legislative' | 'attachedDraft'>;

interface LegislativeFieldProps {
  prefix: string;
  initial: Legislative;
  onChange: (change: Legislative) => void;
}

/** A proposal's "legislative" flag and, when set, the draft text of the regulation it attaches (pasted or read from a text file). */
export const LegislativeField = memo(function LegislativeField({ prefix, initial, onChange }: LegislativeFieldProps) {
  const { t } = useTranslation();
  const [legislative, setLegislative] = useState(initial.legislative === true);
  const [attached, setAttached] = useState(initial.attachedDraft ?? { fileName: '', text: '' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const setText = (next: { fileName: string; text: string }) => {
    setAttached(next);
    onChange({ attachedDraft: next });
  };
  const load = async (file: File) => {
    try {
      if (file.size > DRAFT_TEXT_MAX * 4) throw new Error(`${file.name}: > ${DRAFT_TEXT_MAX.toLocaleString()}`);
      const text = await file.text();
      setLoadError(null);
      setText({ fileName: file.name, text: text.slice(0, DRAFT_TEXT_MAX) });
    } catch (error) {
      setLoadError(errorText(error));
    }
  };
  return (
    <div className="draft-section">
      <label className="field-check">
        <input
          type="checkbox"
          checked={legislative}
          onChange={(e) => {
            setLegislative(e.target.checked);
            onChange({ legislative: e.target.checked });
          }}
        />{' '}
        {t('legislative.flag')}
      </label>
      {legislative && (
        <div className="field">
          <label htmlFor={`${prefix}-attachedDraft`} className="field-label">
            {t('legislative.text')}
          </label>
          <textarea
            id={`${prefix}-attachedDraft`}
            className="draft-input"
            rows={6}
            maxLength={DRAFT_TEXT_MAX}
            value={attached.text}
            aria-describedby={`${prefix}-attachedDraft-hint`}
            onChange={(e) => setText({ fileName: attached.fileName, text: e.target.value })}
          />
          <p className="field-hint" id={`${prefix}-attachedDraft-hint`}>
            {attached.fileName ? t('legislative.loaded', { fileName: attached.fileName }) : t('legislative.hint')}
          </p>
          <FileButton
            className="text-button"
            label={t('legislative.load')}
            accept=".txt,.md,text/plain,text/markdown"
            testId="legislative-file"
            onFile={(file) => void load(file)}
          />
          {loadError && (
            <p className="field-error" role="alert">
              {t('legislative.loadFailed', { message: loadError })}
            </p>
          )}
        </div>
      )}
    </div>
  );
});
