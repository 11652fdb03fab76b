import { useId, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';
import './pickers.css';

interface PickerDialogProps {
  title: string;
  /** A line under the title (what is being linked). */
  hint?: string;
  /** Why the documents could not be read, worded; null when they could. */
  error: string | null;
  doneLabel: string;
  testId: string;
  onClose: () => void;
  /** The picker itself (paragraphs or annotations). */
  children: ReactNode;
}

/** The modal that holds a picker: its title and hint, a read failure, the picker, and Done. */
export function PickerDialog({ title, hint, error, doneLabel, testId, onClose, children }: PickerDialogProps) {
  const id = useId();
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="picker-dialog">
      <div className="chooser picker" data-testid={testId}>
        <h2 id={`${id}-title`} className="dialog-title">
          {title}
        </h2>
        {hint && <p className="field-hint">{hint}</p>}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {children}
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="primary-button" onClick={onClose}>
            {doneLabel}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
