import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BALLOT_MODES, CANDIDATES_MAX, type BallotMode } from '../../../shared/domain/vote';
import { readMaxChoices } from './candidate-form';
import type { VoteAgenda } from './useVoteAgenda';

const RULE_DELAY_MS = 400;

/** The ballot's rule: the mode, and M (saved a moment after it is typed, when it is a number the ballot allows). */
export function BallotRule({
  itemId,
  mode,
  maxChoices,
  candidates,
  agenda,
}: {
  itemId: string;
  mode: BallotMode;
  maxChoices: number;
  candidates: number;
  agenda: VoteAgenda;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(maxChoices));
  const timer = useRef<number | null>(null);
  const read = readMaxChoices(text);
  const tooMany = read.ok && read.value > CANDIDATES_MAX;
  const error = !read.ok
    ? read.zero
      ? t('votes.ballotProblem.maxChoicesZero')
      : t('votes.ballot.maxNotNumber')
    : tooMany
      ? t('votes.ballot.maxTooLarge', { max: CANDIDATES_MAX })
      : null;

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const saveMax = (value: string) => {
    setText(value);
    if (timer.current !== null) window.clearTimeout(timer.current);
    const next = readMaxChoices(value);
    if (!next.ok || next.value > CANDIDATES_MAX || next.value === maxChoices) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void agenda.setBallotRule(itemId, mode, next.value);
    }, RULE_DELAY_MS);
  };

  return (
    <fieldset className="ballot-rule">
      <legend className="field-label">{t('votes.ballot.rule')}</legend>
      <div className="ballot-modes" role="radiogroup" aria-label={t('votes.ballot.mode')}>
        {BALLOT_MODES.map((m) => (
          <label key={m} className="ballot-mode">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => void agenda.setBallotRule(itemId, m, read.ok && !tooMany ? read.value : maxChoices)}
            />
            <span>{t(`votes.ballot.modes.${m}`)}</span>
          </label>
        ))}
      </div>
      <div className="field field--inline ballot-max">
        <label htmlFor={`${id}-max`} className="field-label">
          {t('votes.ballot.maxChoices')}
        </label>
        <input
          id={`${id}-max`}
          type="number"
          inputMode="numeric"
          min={1}
          max={CANDIDATES_MAX}
          step={1}
          className="draft-input draft-input--number"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-max-hint${error ? ` ${id}-max-error` : ''}`}
          onChange={(event) => saveMax(event.target.value)}
        />
      </div>
      <p id={`${id}-max-hint`} className="field-hint">
        {t('votes.ballot.maxHint', { count: candidates })}
      </p>
      {error && (
        <p id={`${id}-max-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
