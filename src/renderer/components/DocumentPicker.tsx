import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DocumentPickerProps {
  documents: readonly { id: string; title: string }[];
  value: string;
  onChange: (documentId: string) => void;
}

/** Which library document a picker lists: a labelled drop-down of the documents' titles. */
export function DocumentPicker({ documents, value, onChange }: DocumentPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field document-picker">
      <label htmlFor={id} className="field-label">
        {t('votes.links.document')}
      </label>
      <select id={id} className="draft-input" value={value} onChange={(event) => onChange(event.target.value)}>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
    </div>
  );
}
