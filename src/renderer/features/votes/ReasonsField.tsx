import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATIONALE_MAX } from '../../../shared/domain/vote';
import { nextSaveDelay } from '../../app/autosave-timing';
import { useSaveOnLeave } from '../../app/useSaveOnLeave';

/** Reasons typed but not yet accepted by the main side, by item: kept when the editor closes, retried when it opens again. */
export type UnsavedReasons = Map<string, string>;

type Status = 'saved' | 'pending' | 'saving' | 'error';

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
  const [status, setStatus] = useState<Status>(() => (unsaved.has(itemId) ? 'pending' : 'saved'));
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  const firstUnsavedAt = useRef<number | null>(null);
  const latest = useRef(text);
  const sent = useRef(unsaved.has(itemId) ? null : stored);
  const busy = useRef<Promise<void> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    firstUnsavedAt.current = null;
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    while (busy.current) await busy.current;
    const value = latest.current;
    if (value === sent.current) return;
    setStatus('saving');
    const run = save(itemId, value).then((failure) => {
      if (failure === null) {
        sent.current = value;
        if (latest.current === value) {
          unsaved.delete(itemId);
          setStatus('saved');
          setError(null);
        } else setStatus('pending');
      } else {
        unsaved.set(itemId, latest.current);
        setError(failure);
        setStatus('error');
      }
    });
    busy.current = run.finally(() => {
      busy.current = null;
    });
    await busy.current;
  }, [itemId, save, unsaved]);

  const onChange = (value: string) => {
    setText(value);
    latest.current = value;
    unsaved.set(itemId, value);
    setStatus('pending');
    firstUnsavedAt.current ??= Date.now();
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      firstUnsavedAt.current = null;
      void flush();
    }, nextSaveDelay(firstUnsavedAt.current, Date.now()));
  };

  // Text left from an earlier refused save is retried at once; and what is typed is saved when the field goes away.
  useEffect(() => {
    if (sent.current === null) void flush();
  }, [flush]);
  useSaveOnLeave(useCallback(() => void flush(), [flush]));

  return (
    <div className="field vote-reasons">
      <div className="vote-reasons-head">
        <label htmlFor={`${id}-reasons`} className="field-label">
          {t('votes.reasons')}
        </label>
        <span className={`save-status${status === 'error' ? ' save-status--error' : ''}`} role="status" data-testid="vote-save-status" data-state={status}>
          {status === 'error' ? t('votes.notSaved') : status === 'saved' ? t('votes.saved') : status === 'saving' ? t('votes.saving') : t('votes.unsavedChanges')}
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
