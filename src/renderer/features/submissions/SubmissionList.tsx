import { useTranslation } from 'react-i18next';
import type { SubmissionView } from '../../../shared/contract/submission-api';
import { calendarDate } from './submission-text';

interface SubmissionListProps {
  rows: readonly SubmissionView[];
  selectedId: string | null;
  onSelect: (submissionId: string) => void;
}

/** The submitted suggestions and proposals of the chosen filter, each with its due date and state. */
export function SubmissionList({ rows, selectedId, onSelect }: SubmissionListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="submission-list" aria-label={t('submissions.listLabel')} data-testid="submission-list">
      {rows.map((s) => {
        const dueSoon = !s.status.overdue && s.status.reminders.length > 0;
        return (
          <li key={s.id}>
            <button
              type="button"
              className="submission-open"
              aria-current={s.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(s.id)}
            >
              <span className="submission-open-title">{s.title.trim() || t('submissions.untitled')}</span>
              <span className="submission-open-meta">
                {t(`drafts.kind.${s.kind}`)}
                {s.number !== '' && ` · ${s.number}`}
                {s.status.replyDueOn !== '' && ` · ${t('submissions.field.dueOn')} ${calendarDate(s.status.replyDueOn, i18n.language)}`}
              </span>
              <span className="submission-badges">
                {s.status.overdue && <span className="badge badge--overdue">{t('submissions.badge.overdue')}</span>}
                {dueSoon && <span className="badge badge--soon">{t('submissions.badge.dueSoon')}</span>}
                {s.status.awaitingReply && <span className="badge">{t('submissions.badge.awaiting')}</span>}
                {s.category !== null && <span className="badge">{t('submissions.badge.replied', { category: s.category })}</span>}
                {s.status.dissatisfied && <span className="badge badge--overdue">{t('submissions.badge.dissatisfied')}</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
