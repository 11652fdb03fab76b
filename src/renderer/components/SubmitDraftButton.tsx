import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDocumentDate } from '../../shared/i18n/document-date';
import { errorText } from '../app/error-message';
import { useApiMutation } from '../app/query/useApiMutation';
import { useApiQuery } from '../app/query/useApiQuery';
import { viewHash } from '../app/views';

interface SubmitDraftButtonProps {
  draftId: string;
  /** Saves what is typed; false when that failed (nothing is submitted then). */
  beforeSubmit: () => Promise<boolean>;
}

/** Opens the submitted suggestions and proposals (the view follows the address). */
const showSubmissions = () => {
  window.location.hash = viewHash({ view: 'submissions', draftId: null });
};

/** "Mark as submitted" on a draft; once submitted, when, and a way to the record of its reply. */
export function SubmitDraftButton({ draftId, beforeSubmit }: SubmitDraftButtonProps) {
  const { t, i18n } = useTranslation();
  const submission = useApiQuery('submission.ofDraft', { draftId });
  const create = useApiMutation('submission.create', { onSuccess: showSubmissions });
  const [error, setError] = useState<string | null>(null);

  if (submission.data) {
    const date = formatDocumentDate(submission.data.submittedOn, i18n.language.startsWith('zh') ? 'zh-CN' : 'en');
    return (
      <span className="submit-draft" data-testid="draft-submitted">
        {t('submissions.submit.submitted', { date })}{' '}
        <button type="button" className="link-button" onClick={showSubmissions}>
          {t('submissions.submit.open')}
        </button>
      </span>
    );
  }
  const submit = async () => {
    setError(null);
    if (!(await beforeSubmit())) return setError(t('editor.exportNeedsSave'));
    create.mutate({ draftId }, { onError: (e) => setError(t('submissions.submit.failed', { message: errorText(e) })) });
  };
  return (
    <>
      <button
        type="button"
        className="text-button"
        aria-disabled={create.isPending || submission.isPending || undefined}
        onClick={() => void (create.isPending || submission.isPending ? undefined : submit())}
        data-testid="submit-draft"
      >
        {t(create.isPending ? 'submissions.submit.submitting' : 'submissions.submit.button')}
      </button>
      {error && (
        <p role="alert" className="field-error submit-draft-error">
          {error}
        </p>
      )}
    </>
  );
}
