import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateContent } from '../../../shared/domain/vote';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useDebouncedValue } from '../../app/useDebouncedValue';
import { ModalDialog } from '../../components/ModalDialog';
import { keepLines, replaceLine } from './candidate-form';
import { candidateProblemText, investmentText } from './vote-text';

interface PasteCandidatesDialogProps {
  itemId: string;
  /** Adds the candidates read; answers the main side's message when refused. */
  onAdd: (candidates: CandidateContent[]) => Promise<string | null>;
  /** Everything was added: the dialog is done. */
  onDone: (added: number) => void;
  onClose: () => void;
}

const PARSE_DELAY_MS = 250;

/**
 * A pasted list of candidate projects, read by the main side as it is typed: a preview of the
 * candidates found and every other line with the reason, to correct in place. Nothing is dropped:
 * after adding, the lines still to correct stay in the box.
 */
export function PasteCandidatesDialog({ itemId, onAdd, onDone, onClose }: PasteCandidatesDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  // After adding, the preview of the text before is not shown again while the lines left are read.
  const [keepPreview, setKeepPreview] = useState(true);
  const [addFailure, setAddFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const asked = useDebouncedValue(text, PARSE_DELAY_MS);
  const parse = useApiQuery(
    'vote.parseCandidates',
    { text: asked, itemId },
    { enabled: asked.trim() !== '', placeholderData: (previous) => (keepPreview ? previous : undefined) },
  );

  const current = text.trim() === '' ? null : (parse.data ?? null);
  const upToDate = current !== null && asked === text && parse.isSuccess && !parse.isPlaceholderData;
  const candidates = current?.candidates ?? [];
  const unparsed = current?.unparsed ?? [];
  const failure = addFailure ?? (parse.error ? errorText(parse.error) : null);

  const add = async () => {
    if (!upToDate || candidates.length === 0 || adding) return;
    setAdding(true);
    const message = await onAdd(
      candidates.map(({ name, description, investment, completion }) => ({ name, description, investment, completion })),
    );
    setAdding(false);
    if (message !== null) {
      setAddFailure(message);
      return;
    }
    if (unparsed.length === 0) {
      onDone(candidates.length);
      return;
    }
    setAdded(candidates.length);
    setKeepPreview(false);
    setText(
      keepLines(
        text,
        unparsed.map((u) => u.line),
      ),
    );
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="vote-paste-dialog">
      <div className="editor-form" data-testid="paste-candidates-dialog">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('votes.paste.title')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-text`} className="field-label">
            {t('votes.paste.label')}
          </label>
          <textarea
            id={`${id}-text`}
            className="draft-input vote-paste-input"
            rows={8}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setText(event.target.value);
              setAdded(null);
              setKeepPreview(true);
              setAddFailure(null);
            }}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('votes.paste.hint')}
          </p>
        </div>
        <p className="vote-paste-summary" role="status" data-testid="paste-summary">
          {added !== null
            ? t('votes.paste.addedSome', { count: added, left: unparsed.length || text.split('\n').filter((l) => l.trim() !== '').length })
            : current
              ? t('votes.paste.found', { count: candidates.length, unparsed: unparsed.length })
              : ''}
        </p>
        {candidates.length > 0 && (
          <div className="vote-paste-preview" role="region" tabIndex={0} aria-labelledby={`${id}-preview`}>
            <table className="vote-paste-table" data-testid="paste-preview">
              <caption id={`${id}-preview`} className="vote-table-caption">
                {t('votes.paste.previewCaption', { count: candidates.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('votes.paste.line')}</th>
                  <th scope="col">{t('votes.candidate.name')}</th>
                  <th scope="col">{t('votes.candidate.description')}</th>
                  <th scope="col">{t('votes.candidate.investmentShort')}</th>
                  <th scope="col">{t('votes.candidate.completion')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => (
                  <tr key={c.line}>
                    <td>{c.line}</td>
                    <td>{c.name}</td>
                    <td>{c.description}</td>
                    <td className="vote-number">{investmentText(t, i18n.language, c.investment)}</td>
                    <td>{c.completion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {unparsed.length > 0 && (
          <section className="vote-unparsed" aria-labelledby={`${id}-unparsed`} data-testid="paste-unparsed">
            <h3 id={`${id}-unparsed`} className="draft-section-title">
              {t('votes.paste.unparsedTitle', { count: unparsed.length })}
            </h3>
            <p className="field-hint">{t('votes.paste.unparsedHint')}</p>
            <ul className="vote-unparsed-list">
              {unparsed.map((u) => (
                <li key={`${u.line}:${u.text}`} className="vote-unparsed-line">
                  <label htmlFor={`${id}-line-${u.line}`} className="field-label">
                    {t('votes.paste.lineReason', { line: u.line, reason: candidateProblemText(t, u.code, u.field ?? '') })}
                  </label>
                  <input
                    id={`${id}-line-${u.line}`}
                    type="text"
                    className="draft-input"
                    aria-invalid="true"
                    defaultValue={u.text}
                    onBlur={(event) => {
                      if (event.target.value !== u.text) setText((value) => replaceLine(value, u.line, event.target.value));
                    }}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        event.preventDefault();
                        const value = event.currentTarget.value;
                        if (value !== u.text) setText((all) => replaceLine(all, u.line, value));
                      }
                    }}
                  />
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="form-error field-error" role="alert">
          {failure ? t('votes.paste.failed', { message: failure }) : ''}
        </p>
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose}>
            {added !== null ? t('votes.close') : t('votes.cancel')}
          </button>
          <button
            type="button"
            className="primary-button"
            aria-disabled={!upToDate || candidates.length === 0 || adding || undefined}
            onClick={() => void add()}
          >
            {t('votes.paste.add', { count: upToDate ? candidates.length : 0 })}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
