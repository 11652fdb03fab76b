import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DocumentPickerProps {
  documents: readonly { id: string; title: string }[];
  value: string;
  onChange: (documentId: string) => void;
  /** The field's label (default: "Document"). */
  label?: string;
  /** Shown as the first choice while no document is chosen (`value` empty). */
  placeholder?: string;
}

/** Which library document a picker lists: a labelled drop-down of the documents' titles. */
export function DocumentPicker({ documents, value, onChange, label, placeholder }: DocumentPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field document-picker">
      <label htmlFor={id} className="field-label">
        {label ?? t('votes.links.document')}
      </label>
      <select id={id} className="draft-input" value={value} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && value === '' && <option value="">{placeholder}</option>}
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
    </div>
  );
}
