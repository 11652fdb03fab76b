import { useTranslation } from 'react-i18next';
import { clockText } from '../../../shared/speech/speaking-time';
import { useCountdown } from './useCountdown';

/** The practice count-down: start, pause, start again; past zero it shows by how much the speech runs over. */
export function PracticeTimer({ totalMs }: { totalMs: number }) {
  const { t } = useTranslation();
  const timer = useCountdown(totalMs);
  const overtime = timer.phase === 'overtime';
  return (
    <section
      className={`speech-practice speech-practice--${timer.phase}`}
      aria-label={t('speech.practice.label')}
      data-testid="speech-practice"
    >
      <p className="speech-practice-clock" data-testid="speech-countdown" data-phase={timer.phase} aria-live="off">
        {overtime ? `−${clockText(-timer.remainingMs / 1000)}` : clockText(timer.remainingMs / 1000)}
      </p>
      <p className="speech-practice-state" role="status">
        {t(`speech.practice.${timer.phase}`)}
      </p>
      <div className="speech-practice-actions">
        {timer.running ? (
          <button type="button" className="primary-button" onClick={timer.pause}>
            {t('speech.practice.pause')}
          </button>
        ) : (
          <button type="button" className="primary-button" onClick={timer.start} data-testid="speech-practice-start">
            {t(timer.phase === 'ready' ? 'speech.practice.start' : 'speech.practice.resume')}
          </button>
        )}
        <button type="button" className="text-button" onClick={timer.reset} disabled={timer.phase === 'ready'}>
          {t('speech.practice.reset')}
        </button>
      </div>
    </section>
  );
}
