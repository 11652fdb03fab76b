import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoSigner } from '../../../shared/domain/draft';
import { ModalDialog } from '../../components/ModalDialog';
import { parseCoSigners } from './parse-co-signers';

interface PasteCoSignersDialogProps {
  onAdd: (coSigners: CoSigner[]) => void;
  onClose: () => void;
}

/** "Paste a list": one co-signer per line (name, delegation, deputy number), from a spreadsheet, a chat or a document. */
export function PasteCoSignersDialog({ onAdd, onClose }: PasteCoSignersDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseCoSigners(text), [text]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (parsed.length > 0) onAdd(parsed);
  };
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="paste-dialog">
      <form className="editor-form" onSubmit={submit} data-testid="paste-co-signers">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('editor.paste.title')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-text`} className="field-label">
            {t('editor.paste.input')}
          </label>
          <textarea
            id={`${id}-text`}
            className="note-input paste-input"
            rows={10}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('editor.paste.hint')}
          </p>
        </div>
        <p className="paste-preview" role="status">
          {text.trim() === '' ? '' : t('editor.paste.preview', { count: parsed.length })}
        </p>
        {parsed.length > 0 && (
          <table className="paste-table">
            <caption className="visually-hidden">{t('editor.paste.previewTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('editor.coSignerName')}</th>
                <th scope="col">{t('editor.coSignerDelegation')}</th>
                <th scope="col">{t('editor.coSignerNumber')}</th>
              </tr>
            </thead>
            <tbody>
              {parsed.slice(0, 50).map((s, i) => (
                <tr key={i}>
                  <td>{s.name}</td>
                  <td>{s.delegation}</td>
                  <td>{s.deputyNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose}>
            {t('editor.paste.cancel')}
          </button>
          <button type="submit" className="primary-button" aria-disabled={parsed.length === 0}>
            {t('editor.paste.add', { count: parsed.length })}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
