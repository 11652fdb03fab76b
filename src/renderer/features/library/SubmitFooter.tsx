/**
 * The foot of the library's import forms (paste, preview): the form's error, read out when it appears (the
 * alert is always there, so a screen reader hears its text change), then Cancel and the submit button, which
 * stays focusable while the import works (aria-disabled, not disabled).
 */
export function SubmitFooter({
  error,
  working,
  cancelLabel,
  submitLabel,
  onCancel,
}: {
  error: string | null;
  working: boolean;
  cancelLabel: string;
  submitLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      <p className="field-error" role="alert">
        {error ?? ''}
      </p>
      <div className="dialog-actions">
        <span className="dialog-spacer" />
        <button type="button" className="text-button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="primary-button" aria-disabled={working}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
