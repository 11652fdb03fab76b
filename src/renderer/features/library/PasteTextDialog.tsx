import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/ModalDialog';
import { SubmitFooter } from './SubmitFooter';

interface PasteTextDialogProps {
  /** Resolves to the API's message when the text is refused, or null when the preview opened. */
  onPreview: (text: string) => Promise<string | null>;
  onClose: () => void;
}

/** "Paste text…": a report copied from a web page or a document, previewed like a file. */
export function PasteTextDialog({ onPreview, onClose }: PasteTextDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    if (text.trim() === '') {
      setError(t('library.paste.empty'));
      return;
    }
    setWorking(true);
    const problem = await onPreview(text);
    setWorking(false);
    if (problem === null) onClose();
    else setError(problem);
  };
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="paste-dialog">
      <form className="editor-form" onSubmit={(event) => void submit(event)} data-testid="paste-text">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('library.paste.title')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-text`} className="field-label">
            {t('library.paste.input')}
          </label>
          <textarea
            id={`${id}-text`}
            className="note-input paste-input"
            rows={12}
            value={text}
            aria-describedby={`${id}-hint`}
            aria-invalid={error !== null}
            onChange={(event) => {
              setText(event.target.value);
              setError(null);
            }}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('library.paste.hint')}
          </p>
        </div>
        <SubmitFooter
          error={error}
          working={working}
          cancelLabel={t('library.paste.cancel')}
          submitLabel={t('library.paste.preview')}
          onCancel={onClose}
        />
      </form>
    </ModalDialog>
  );
}
