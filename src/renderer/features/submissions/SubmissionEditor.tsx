import type { TFunction } from 'i18next';
import { useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionView } from '../../../shared/contract/submission-api';
import {
  ADOPTIONS,
  REPLY_CATEGORIES,
  REPLY_MONTHS_DEFAULT,
  REPLY_MONTHS_MAX,
  SATISFACTIONS,
  type SubmissionFields,
} from '../../../shared/domain/submission';
import { PromisesField } from './PromisesField';
import { ReplyFileButton } from './ReplyFileButton';
import { calendarDate, reminderText } from './submission-text';
import { unsavedChange, useSubmissionSave } from './useSubmissionSave';

type TextKey = 'number' | 'leadUnit' | 'assistingUnits';
type DateKey = 'submittedOn' | 'assignedOn' | 'repliedOn' | 'rehandlingRequestedOn' | 'rehandlingRepliedOn';
type ChoiceKey = 'category' | 'adoption' | 'handlingSatisfaction' | 'resultSatisfaction';

const MONTHS = Array.from({ length: REPLY_MONTHS_MAX - REPLY_MONTHS_DEFAULT + 1 }, (_, i) => REPLY_MONTHS_DEFAULT + i);
type FieldKey = TextKey | DateKey | ChoiceKey | 'replyMonths' | 'replyText';
type SectionKey = 'handling' | 'reply' | 'rating' | 'followUp';

/** Each choice's values with their labels, the first being "none yet" (''). */
function choiceOptions(key: ChoiceKey, t: TFunction): [string, string][] {
  if (key === 'category')
    return [['', t('submissions.category.none')], ...REPLY_CATEGORIES.map((v): [string, string] => [v, t(`submissions.category.${v}`)])];
  if (key === 'adoption')
    return [['', t('submissions.adoption.none')], ...ADOPTIONS.map((v): [string, string] => [v, t(`submissions.adoption.${v}`)])];
  return [['', t('submissions.satisfaction.none')], ...SATISFACTIONS.map((v): [string, string] => [v, t(`submissions.satisfaction.${v}`)])];
}
/** The change a choice makes: its value, or null for "none yet". */
function choiceChange(key: ChoiceKey, value: string): Partial<SubmissionFields> {
  if (key === 'category') return { category: REPLY_CATEGORIES.find((v) => v === value) ?? null };
  if (key === 'adoption') return { adoption: ADOPTIONS.find((v) => v === value) ?? null };
  return { [key]: SATISFACTIONS.find((v) => v === value) ?? null };
}

/** The record of one submitted suggestion or proposal: assignment, reply, rating, follow-up; autosaved. */
export function SubmissionEditor({ submission, onWithdraw }: { submission: SubmissionView; onWithdraw: () => void }) {
  const { t, i18n } = useTranslation();
  const prefix = `submission${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const initial = useMemo<SubmissionFields>(() => ({ ...submission, ...unsavedChange(submission.id) }), [submission]);
  const save = useSubmissionSave(submission.id);
  const { change, flush } = save;
  const { status } = submission;
  const replyText = useRef<HTMLTextAreaElement>(null);
  const date = (iso: string) => calendarDate(iso, i18n.language);

  const field = (key: FieldKey, control: ReactNode, hint?: ReactNode) => (
    <div className="field">
      <label htmlFor={`${prefix}-${key}`} className="field-label">
        {t(`submissions.field.${key}`)}
      </label>
      {control}
      {hint}
    </div>
  );
  const text = (key: TextKey) =>
    field(
      key,
      <input
        id={`${prefix}-${key}`}
        className="draft-input"
        defaultValue={initial[key]}
        maxLength={500}
        onChange={(event) => change({ [key]: event.target.value })}
      />,
    );
  const dateField = (key: DateKey, hint?: ReactNode) =>
    field(
      key,
      <input
        id={`${prefix}-${key}`}
        type="date"
        className="draft-input"
        defaultValue={initial[key]}
        // A half-typed date is '' to the input: only whole dates (or clearing it) are saved.
        onChange={(event) => change({ [key]: event.target.value })}
      />,
      hint,
    );
  const choice = (key: ChoiceKey) =>
    field(
      key,
      <select
        id={`${prefix}-${key}`}
        className="draft-input"
        defaultValue={initial[key] ?? ''}
        onChange={(event) => change(choiceChange(key, event.target.value))}
      >
        {choiceOptions(key, t).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>,
    );
  const section = (key: SectionKey, children: ReactNode) => (
    <section className="draft-section" aria-labelledby={`${prefix}-${key}-heading`}>
      <h3 id={`${prefix}-${key}-heading`} className="draft-section-title">
        {t(`submissions.section.${key}`)}
      </h3>
      {children}
    </section>
  );
  const replyOverdue = status.reminders.some((r) => r.kind === 'reply' && r.overdue);
  const headingId = `${prefix}-heading`;

  return (
    <section className="submission-editor" aria-labelledby={headingId} data-testid="submission-editor" onBlur={() => void flush()}>
      <header className="submission-editor-header">
        <p className={`draft-kind draft-kind--${submission.kind}`}>{t(`drafts.kind.${submission.kind}`)}</p>
        <h2 id={headingId} className="draft-editor-title">
          {submission.title.trim() || t('submissions.untitled')}
        </h2>
        <span role="status" aria-live="polite" className={`save-status save-status--${save.status}`} data-testid="submission-save-status">
          {t(`editor.status.${save.status}`)}
        </span>
        <button
          type="button"
          className="text-button submission-withdraw"
          title={t('submissions.withdrawHint')}
          // What was typed last is saved first: a restored submission comes back with it.
          onClick={() => void flush().then(onWithdraw)}
        >
          {t('submissions.withdraw')}
        </button>
        {status.reminders.length > 0 && (
          <ul className="submission-reminders" aria-label={t('submissions.remindersTitle')} data-testid="submission-reminders">
            {status.reminders.map((r) => (
              <li key={`${r.kind}-${r.promiseId ?? ''}`} className={r.overdue ? 'reminder reminder--overdue' : 'reminder'}>
                {reminderText(r, t, i18n.language)}
              </li>
            ))}
          </ul>
        )}
      </header>
      <div className="draft-body">
        {section(
          'handling',
          <div className="draft-grid">
            {text('number')}
            {dateField('submittedOn')}
            {text('leadUnit')}
            {text('assistingUnits')}
            {dateField('assignedOn')}
            {field(
              'replyMonths',
              <select
                id={`${prefix}-replyMonths`}
                className="draft-input"
                defaultValue={initial.replyMonths}
                onChange={(event) => change({ replyMonths: Number(event.target.value) })}
              >
                {MONTHS.map((n) => (
                  <option key={n} value={n}>
                    {t(n === REPLY_MONTHS_DEFAULT ? 'submissions.months' : 'submissions.monthsExtended', { count: n })}
                  </option>
                ))}
              </select>,
            )}
            <div className="field">
              <span className="field-label">{t('submissions.field.dueOn')}</span>
              <output className={`submission-due${replyOverdue ? ' submission-due--overdue' : ''}`} data-testid="reply-due">
                {status.replyDueOn === ''
                  ? t('submissions.dueUnknown')
                  : replyOverdue
                    ? t('submissions.dueOverdue', { date: date(status.replyDueOn) })
                    : date(status.replyDueOn)}
              </output>
            </div>
          </div>,
        )}
        {section(
          'reply',
          <>
            <div className="draft-grid">
              {dateField('repliedOn')}
              {choice('category')}
              {choice('adoption')}
            </div>
            {field(
              'replyText',
              <textarea
                ref={replyText}
                id={`${prefix}-replyText`}
                className="draft-input"
                rows={6}
                defaultValue={initial.replyText}
                onChange={(event) => change({ replyText: event.target.value })}
              />,
              <ReplyFileButton
                onText={(text) => {
                  if (replyText.current) replyText.current.value = text;
                  change({ replyText: text });
                }}
              />,
            )}
          </>,
        )}
        {section(
          'rating',
          <div className="draft-grid">
            {choice('handlingSatisfaction')}
            {choice('resultSatisfaction')}
          </div>,
        )}
        {section(
          'followUp',
          <>
            <div className="draft-grid">
              {dateField('rehandlingRequestedOn')}
              <div className="field">
                <span className="field-label">{t('submissions.field.rehandlingDue')}</span>
                <output className="submission-due" data-testid="rehandling-due">
                  {status.rehandlingDueOn === '' ? t('submissions.notRequested') : date(status.rehandlingDueOn)}
                </output>
              </div>
              {dateField('rehandlingRepliedOn')}
            </div>
            <PromisesField prefix={prefix} initial={initial.promises} onChange={(promises) => change({ promises })} />
          </>,
        )}
      </div>
    </section>
  );
}
