import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_PROFILE, type Profile } from '../../../shared/domain/draft';
import { MIN_CO_SIGNERS_RANGE } from '../../../shared/domain/settings';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import { ModalDialog } from '../../components/ModalDialog';

interface ProfileDialogProps {
  minCoSigners: number;
  onMinCoSigners: (value: number) => Promise<void>;
  onSaved: () => void;
  onClose: () => void;
}

const FIELDS = ['name', 'delegation', 'deputyNumber', 'contact'] as const;

/** The deputy's own details (entered once, they pre-fill every new draft) and the co-signatures a proposal needs. */
export function ProfileDialog({ minCoSigners, onMinCoSigners, onSaved, onClose }: ProfileDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const loaded = useApiQuery('profile.get', {});
  const { mutateAsync: saveProfile } = useApiMutation('profile.update');
  // The form starts from the stored details (empty when they could not be read) and is then the deputy's.
  const [edited, setEdited] = useState<Profile | null>(null);
  const profile = edited ?? loaded.data ?? (loaded.isError ? EMPTY_PROFILE : null);
  const setProfile = setEdited;
  const [minimum, setMinimum] = useState(String(minCoSigners));
  const [saving, setSaving] = useState(false);
  // Undefined until the deputy submits: until then the error shown is the load's.
  const [failure, setError] = useState<string | null | undefined>(undefined);
  const error = failure === undefined ? (loaded.error ? errorText(loaded.error) : null) : failure;

  const parsedMinimum = Number(minimum);
  const minimumValid =
    Number.isInteger(parsedMinimum) && parsedMinimum >= MIN_CO_SIGNERS_RANGE.min && parsedMinimum <= MIN_CO_SIGNERS_RANGE.max;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!profile || saving || !minimumValid) return;
    setSaving(true);
    setError(null);
    try {
      await saveProfile(profile);
      if (parsedMinimum !== minCoSigners) await onMinCoSigners(parsedMinimum);
      onSaved();
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="profile-dialog">
      <form className="editor-form" onSubmit={(event) => void submit(event)} data-testid="profile-dialog">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('profile.title')}
        </h2>
        <p className="field-hint">{t('profile.hint')}</p>
        {profile === null ? (
          <p role="status">{t('profile.loading')}</p>
        ) : (
          <fieldset className="profile-fields">
            <legend className="field-label">{t('profile.yourDetails')}</legend>
            {FIELDS.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`${id}-${field}`} className="field-label">
                  {t(`profile.${field}`)}
                </label>
                <input
                  id={`${id}-${field}`}
                  className="draft-input"
                  value={profile[field]}
                  maxLength={500}
                  autoComplete={field === 'name' ? 'name' : 'off'}
                  onChange={(event) => setProfile({ ...profile, [field]: event.target.value })}
                />
              </div>
            ))}
          </fieldset>
        )}
        <fieldset className="profile-fields">
          <legend className="field-label">{t('profile.settings')}</legend>
          <div className="field">
            <label htmlFor={`${id}-minimum`} className="field-label">
              {t('profile.minCoSigners')}
            </label>
            <input
              id={`${id}-minimum`}
              className="draft-input draft-input--number"
              type="number"
              inputMode="numeric"
              min={MIN_CO_SIGNERS_RANGE.min}
              max={MIN_CO_SIGNERS_RANGE.max}
              value={minimum}
              aria-invalid={!minimumValid}
              aria-describedby={`${id}-minimum-hint`}
              onChange={(event) => setMinimum(event.target.value)}
            />
            <p id={`${id}-minimum-hint`} className={`field-hint${minimumValid ? '' : ' field-hint--error'}`}>
              {t('profile.minCoSignersHint', { min: MIN_CO_SIGNERS_RANGE.min, max: MIN_CO_SIGNERS_RANGE.max })}
            </p>
          </div>
        </fieldset>
        <div className="form-error" role="alert">
          {error && <p className="field-error">{t('profile.saveFailed', { message: error })}</p>}
        </div>
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose}>
            {t('profile.cancel')}
          </button>
          <button type="submit" className="primary-button" aria-disabled={saving || !minimumValid || profile === null}>
            {t(saving ? 'profile.saving' : 'profile.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
