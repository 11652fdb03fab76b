import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/domain/document';
import { ModalDialog } from '../../components/ModalDialog';

/** Rename a document of the library. */
export function RenameDialog({
  document: doc,
  onRename,
  onClose,
}: {
  document: DocumentSummary;
  onRename: (title: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(doc.title);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError(t('library.rename.empty'));
      return;
    }
    if (trimmed === doc.title || (await onRename(trimmed))) onClose();
  };
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form className="editor-form" onSubmit={(event) => void submit(event)} data-testid="rename-document">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('library.rename.title')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-input`} className="field-label">
            {t('library.rename.input')}
          </label>
          <input
            id={`${id}-input`}
            className="filter-input"
            value={title}
            maxLength={300}
            autoFocus
            aria-invalid={error !== null}
            aria-describedby={`${id}-error`}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
          />
          <p id={`${id}-error`} className="field-error" role="alert">
            {error ?? ''}
          </p>
        </div>
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose}>
            {t('library.rename.cancel')}
          </button>
          <button type="submit" className="primary-button">
            {t('library.rename.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** "Remove from the library?" — the annotations are kept, and Undo brings the document back. */
export function RemoveDialog({
  document: doc,
  onRemove,
  onClose,
}: {
  document: DocumentSummary;
  onRemove: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <div className="editor-form" data-testid="remove-document">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('library.remove.title', { title: doc.title })}
        </h2>
        <p id={`${id}-text`} className="dialog-text">
          {t('library.remove.text', { count: doc.annotationCount })}
        </p>
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose} autoFocus>
            {t('library.remove.cancel')}
          </button>
          <button
            type="button"
            className="primary-button"
            onClick={() => {
              onClose();
              onRemove();
            }}
          >
            {t('library.remove.confirm')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
