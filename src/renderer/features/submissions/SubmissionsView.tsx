import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterCounts, filterSubmissions, SUBMISSION_FILTERS, type SubmissionFilter } from '../../../shared/submissions/filters';
import { submissionYears } from '../../../shared/submissions/year-summary';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useShortcuts } from '../../app/useShortcuts';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { SubmissionEditor } from './SubmissionEditor';
import { SubmissionList } from './SubmissionList';
import { useSubmissionWithdrawal } from './useSubmissionWithdrawal';
import { YearExport } from './YearExport';
import './submissions.css';

export const SUBMISSIONS_MAIN_ID = 'submissions-main';

/** Submitted suggestions and proposals: filters, the list, the record of the one chosen (withdrawn with Undo), and the yearly DOCX. */
export function SubmissionsView({ notify }: { notify: (notice: WorkspaceNotice | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const list = useApiQuery('submission.list', {});
  const [filter, setFilter] = useState<SubmissionFilter>('all');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const withdrawal = useSubmissionWithdrawal({ notify, onRestored: setChosenId });
  useShortcuts({ 'edit.undoDelete': () => void withdrawal.undoLast() });
  const all = list.data ?? [];
  const rows = filterSubmissions(all, filter);
  const counts = filterCounts(all);
  // The one chosen, else the one recorded last (just submitted from its draft).
  const newest = all.reduce<(typeof all)[number] | undefined>(
    (top, s) => (top === undefined || s.createdAt > top.createdAt ? s : top),
    undefined,
  );
  const selected = all.find((s) => s.id === chosenId) ?? newest;

  return (
    <main
      id={SUBMISSIONS_MAIN_ID}
      className="submissions-view"
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      data-testid="submissions-view"
    >
      <aside className="submissions-sidebar">
        <div className="submissions-head">
          <h2 id={`${id}-title`} className="submissions-title">
            {t('submissions.title')}
          </h2>
          <p className="field-hint">{t('submissions.intro')}</p>
        </div>
        <div className="submission-filters" role="group" aria-label={t('submissions.filtersLabel')}>
          {SUBMISSION_FILTERS.map((f) => (
            <button key={f} type="button" className="filter-chip" aria-pressed={f === filter} onClick={() => setFilter(f)} data-filter={f}>
              {t(`submissions.filter.${f}`, { count: counts[f] })}
            </button>
          ))}
        </div>
        {list.error ? (
          <p role="alert" className="field-error">
            {errorText(list.error)}
          </p>
        ) : list.data && all.length === 0 ? (
          <p className="panel-empty">{t('submissions.empty')}</p>
        ) : list.data && rows.length === 0 ? (
          <p className="panel-empty" role="status">
            {t('submissions.noneInFilter')}
          </p>
        ) : (
          <SubmissionList rows={rows} selectedId={selected?.id ?? null} onSelect={setChosenId} />
        )}
        <YearExport years={submissionYears(all)} />
      </aside>
      <div className="submissions-detail">
        {selected && (
          <SubmissionEditor
            key={selected.id}
            submission={selected}
            onWithdraw={() => void withdrawal.withdraw(selected.id, selected.title)}
          />
        )}
      </div>
    </main>
  );
}
