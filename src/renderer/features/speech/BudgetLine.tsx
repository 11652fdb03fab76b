import { useTranslation } from 'react-i18next';
import { SPEAKING_RATE } from '../../../shared/domain/settings';
import { clockText, type SpeakingRate, type SpeechBudget } from '../../../shared/speech/speaking-time';
import { useApiMutation } from '../../app/query/useApiMutation';

/** The points' time against the time given, as the deputy types: over (red) or with time to spare. */
export function BudgetLine({ budget }: { budget: SpeechBudget }) {
  const { t } = useTranslation();
  const over = budget.over > 0;
  const share = budget.budget === 0 ? 0 : Math.min(1, budget.seconds / budget.budget);
  return (
    <div className={`speech-budget speech-budget--${over ? 'over' : 'under'}`} data-testid="speech-budget" data-over={over}>
      <p className="speech-budget-text" role="status" aria-live="polite">
        {t('speech.budget', { time: clockText(budget.seconds), budget: clockText(budget.budget) })}{' '}
        <strong>{over ? t('speech.over', { time: clockText(budget.over) }) : t('speech.under', { time: clockText(-budget.over) })}</strong>
      </p>
      <div className="speech-budget-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="field-hint">{t('speech.counted', { chars: budget.length.chars, words: budget.length.words })}</p>
    </div>
  );
}

/** The speaking rate (a setting): Chinese characters and English words a minute. */
export function RateFields({ rate }: { rate: SpeakingRate }) {
  const { t } = useTranslation();
  const save = useApiMutation('settings.update');
  const field = (name: 'charsPerMinute' | 'wordsPerMinute') => {
    const range = SPEAKING_RATE[name];
    return (
      <label className="field speech-rate" key={`${name}-${rate[name]}`}>
        <span className="field-label">{t(`speech.rate.${name}`)}</span>
        <input
          className="draft-input"
          type="number"
          min={range.min}
          max={range.max}
          defaultValue={rate[name]}
          onBlur={(e) => {
            const value = e.target.valueAsNumber;
            if (!Number.isInteger(value) || value < range.min || value > range.max || value === rate[name]) return;
            save.mutate(name === 'charsPerMinute' ? { speechCharsPerMinute: value } : { speechWordsPerMinute: value });
          }}
        />
      </label>
    );
  };
  return (
    <>
      {field('charsPerMinute')}
      {field('wordsPerMinute')}
    </>
  );
}
