import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CANDIDATE_DESCRIPTION_MAX, CANDIDATE_NAME_MAX, type Candidate, type CandidateContent } from '../../../shared/domain/vote';
import { ModalDialog } from '../../components/ModalDialog';
import {
  candidateToForm,
  EMPTY_CANDIDATE_FORM,
  readCandidateForm,
  type CandidateFormErrors,
  type CandidateFormValues,
} from './candidate-form';
import { candidateProblemText } from './vote-text';

interface CandidateDialogProps {
  /** The candidate edited, or null for a new one. */
  candidate: Candidate | null;
  /** The names of the ballot's other live candidates. */
  otherNames: readonly string[];
  /** Saves; answers the main side's message when refused (the dialog then stays open). */
  onSave: (content: CandidateContent) => Promise<string | null>;
  onClose: () => void;
}

const FIELDS = ['name', 'description', 'investment', 'completion'] as const;

/** One candidate project: name, short description, investment (万元) and completion date. */
export function CandidateDialog({ candidate, otherNames, onSave, onClose }: CandidateDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<CandidateFormValues>(() => (candidate ? candidateToForm(candidate) : EMPTY_CANDIDATE_FORM));
  const [errors, setErrors] = useState<CandidateFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const read = readCandidateForm(values, otherNames);
    if (!read.ok) {
      setErrors(read.errors);
      const first = FIELDS.find((f) => read.errors[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    const message = await onSave(read.content);
    setSaving(false);
    if (message === null) onClose();
    else setFailure(message);
  };

  const field = (name: (typeof FIELDS)[number], label: string, hint: string | null, input: 'input' | 'textarea', max?: number) => {
    const error = errors[name];
    const describedBy = [hint ? `${id}-${name}-hint` : null, error ? `${id}-${name}-error` : null].filter(Boolean).join(' ') || undefined;
    const common = {
      id: `${id}-${name}`,
      className: `draft-input${input === 'textarea' ? ' draft-textarea' : ''}`,
      value: values[name],
      maxLength: max,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value })),
    };
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`} className="field-label">
          {label}
        </label>
        {input === 'textarea' ? <textarea rows={3} {...common} /> : <input type="text" required={name === 'name'} {...common} />}
        {hint && (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-${name}-error`} className="field-error">
            {candidateProblemText(t, error, values[name].trim())}
          </p>
        )}
      </div>
    );
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form className="editor-form" onSubmit={(event) => void submit(event)} noValidate data-testid="candidate-dialog">
        <h2 id={`${id}-title`} className="dialog-title">
          {candidate ? t('votes.candidate.editTitle') : t('votes.candidate.addTitle')}
        </h2>
        {field('name', t('votes.candidate.name'), null, 'input', CANDIDATE_NAME_MAX)}
        {field('description', t('votes.candidate.description'), null, 'textarea', CANDIDATE_DESCRIPTION_MAX)}
        {field('investment', t('votes.candidate.investment'), t('votes.candidate.investmentHint'), 'input')}
        {field('completion', t('votes.candidate.completion'), t('votes.candidate.completionHint'), 'input')}
        <p className="form-error field-error" role="alert">
          {failure ? t('votes.candidate.saveFailed', { message: failure }) : ''}
        </p>
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose}>
            {t('votes.cancel')}
          </button>
          <button type="submit" className="primary-button" aria-disabled={saving || undefined}>
            {candidate ? t('votes.candidate.save') : t('votes.candidate.add')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
