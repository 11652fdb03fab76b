import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATIONALE_MAX } from '../../../shared/domain/vote';
import { useDebouncedSave } from '../../app/useDebouncedSave';

/** Reasons typed but not yet accepted by the main side, by item: kept when the editor closes, retried when it opens again. */
export type UnsavedReasons = Map<string, string>;

/** The reasons are saved whole: the newer text replaces the older. */
const latestText = (_older: string, newer: string): string => newer;

interface ReasonsFieldProps {
  itemId: string;
  stored: string;
  unsaved: UnsavedReasons;
  save: (itemId: string, rationale: string) => Promise<string | null>;
}

/**
 * The reasons for an intention: saved ~500 ms after the last keystroke (and at once on blur, on
 * leaving the view and on closing the page). A refused save keeps the text, says so and retries.
 */
export function ReasonsField({ itemId, stored, unsaved, save }: ReasonsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(() => unsaved.get(itemId) ?? stored);
  const { status, error, change, flush } = useDebouncedSave<string>({
    merge: latestText,
    send: (value) => save(itemId, value),
    remember: (value) => (value === undefined ? unsaved.delete(itemId) : unsaved.set(itemId, value)),
    leftOver: unsaved.get(itemId),
  });

  const onChange = (value: string) => {
    setText(value);
    change(value);
  };

  return (
    <div className="field vote-reasons">
      <div className="vote-reasons-head">
        <label htmlFor={`${id}-reasons`} className="field-label">
          {t('votes.reasons')}
        </label>
        <span
          className={`save-status${status === 'error' ? ' save-status--error' : ''}`}
          role="status"
          data-testid="vote-save-status"
          data-state={status}
        >
          {status === 'error'
            ? t('votes.notSaved')
            : status === 'saved'
              ? t('votes.saved')
              : status === 'saving'
                ? t('votes.saving')
                : t('votes.unsavedChanges')}
        </span>
      </div>
      <textarea
        id={`${id}-reasons`}
        className="draft-input draft-textarea vote-reasons-input"
        rows={6}
        maxLength={RATIONALE_MAX}
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => void flush()}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('votes.reasonsHint')}
      </p>
      {error && (
        <div className="field-error vote-save-error" id={`${id}-error`} role="alert">
          {t('votes.saveFailed', { message: error })}{' '}
          <button type="button" className="text-button text-button--small" onClick={() => void flush()}>
            {t('votes.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
