import { memo, type ChangeEvent } from 'react';

interface TextFieldProps<F extends string> {
  id: string;
  field: F;
  label: string;
  initial: string;
  onChange: (field: F, value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date';
  hint?: string;
  maxLength?: number;
  required?: boolean;
}

/**
 * One field of the draft editor. The text lives in the field itself (uncontrolled, from `initial`), so
 * a keystroke re-renders nothing: the browser edits the text as in a bare <textarea>, and the editor
 * learns of the change through `onChange`, which must be stable.
 */
function TextFieldInner<F extends string>({
  id,
  field,
  label,
  initial,
  onChange,
  multiline,
  rows = 6,
  type = 'text',
  hint,
  maxLength,
  required,
}: TextFieldProps<F>) {
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(field, event.target.value);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`field draft-field draft-field--${field}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {multiline ? (
        <textarea
          id={id}
          className="draft-input draft-textarea"
          rows={rows}
          defaultValue={initial}
          maxLength={maxLength}
          aria-describedby={hintId}
          aria-required={required || undefined}
          onChange={change}
        />
      ) : (
        <input
          id={id}
          type={type}
          className="draft-input"
          defaultValue={initial}
          maxLength={maxLength}
          aria-describedby={hintId}
          aria-required={required || undefined}
          onChange={change}
        />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export const TextField = memo(TextFieldInner) as typeof TextFieldInner;
