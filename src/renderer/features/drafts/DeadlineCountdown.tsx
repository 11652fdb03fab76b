import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineOf } from '../../../shared/drafts/checks';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useApiMutation } from '../../app/query/useApiMutation';
import './deadline.css';

/** How often the count-down to the deadline is read again (it shows minutes). */
const TICK_MS = 30_000;

/** The session's deadline for proposals (a setting, set here) and the time left until it, in a proposal's editor. */
export function DeadlineCountdown({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const save = useApiMutation('settings.update');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  const value = settings.data?.proposalDeadline ?? '';
  const deadline = deadlineOf({ proposalDeadline: value });
  const shown = value.replace('T', ' ');
  const left = deadline ? deadline.getTime() - now : null;
  const minutes = left === null ? 0 : Math.max(0, Math.floor(left / 60_000));
  return (
    <div className={`deadline${left !== null && left <= 0 ? ' deadline--passed' : ''}`} data-testid="proposal-deadline">
      <p className="deadline-text" role="status">
        {left === null
          ? t('deadline.notSet')
          : left <= 0
            ? t('deadline.passed', { deadline: shown })
            : t('deadline.left', {
                days: Math.floor(minutes / 1440),
                hours: Math.floor(minutes / 60) % 24,
                minutes: minutes % 60,
                deadline: shown,
              })}
      </p>
      <label className="deadline-field" htmlFor={`${prefix}-deadline`}>
        {t('deadline.label')}
      </label>{' '}
      <input
        id={`${prefix}-deadline`}
        type="datetime-local"
        className="draft-input deadline-input"
        key={value}
        defaultValue={value}
        title={t('deadline.hint')}
        onBlur={(e) => {
          const next = e.target.value.slice(0, 16);
          if (next !== value && (next === '' || deadlineOf({ proposalDeadline: next }))) save.mutate({ proposalDeadline: next });
        }}
      />
    </div>
  );
}
