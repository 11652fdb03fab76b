import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromisedAction } from '../../../shared/domain/submission';

interface PromisesFieldProps {
  prefix: string;
  initial: readonly PromisedAction[];
  onChange: (promises: PromisedAction[]) => void;
}

const newPromise = (): PromisedAction => ({ id: `p-${crypto.randomUUID()}`, text: '', dueOn: '', doneOn: '', note: '' });

/** The actions a reply promises, each with its due date and when it was seen done. */
export function PromisesField({ prefix, initial, onChange }: PromisesFieldProps) {
  const { t } = useTranslation();
  const [promises, setPromises] = useState<PromisedAction[]>(() => [...initial]);
  const commit = (next: PromisedAction[]) => {
    setPromises(next);
    onChange(next);
  };
  const edit = (id: string, patch: Partial<PromisedAction>) => commit(promises.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  const headingId = `${prefix}-promises-heading`;
  return (
    <div className="submission-promises" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="field-label">
        {t('submissions.promises.title')}
      </h4>
      {promises.length === 0 && <p className="field-hint">{t('submissions.promises.none')}</p>}
      <ol className="submission-promise-list">
        {promises.map((p, i) => {
          const id = `${prefix}-promise-${i}`;
          const input = (key: 'text' | 'note' | 'dueOn' | 'doneOn', label: string, type: 'text' | 'date' = 'text') => (
            <div className="field">
              <label htmlFor={`${id}-${key}`} className="field-label">
                {label}
              </label>
              <input
                id={`${id}-${key}`}
                type={type}
                className="draft-input"
                value={p[key]}
                maxLength={500}
                onChange={(event) => edit(p.id, { [key]: event.target.value })}
              />
            </div>
          );
          return (
            <li key={p.id} className="submission-promise">
              {input('text', t('submissions.promises.text', { n: i + 1 }))}
              {input('dueOn', t('submissions.promises.dueOn'), 'date')}
              {input('doneOn', t('submissions.promises.doneOn'), 'date')}
              {input('note', t('submissions.promises.note'))}
              <button
                type="button"
                className="text-button text-button--danger"
                onClick={() => commit(promises.filter((x) => x.id !== p.id))}
              >
                {t('submissions.promises.remove', { n: i + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="text-button" onClick={() => commit([...promises, newPromise()])}>
        {t('submissions.promises.add')}
      </button>
    </div>
  );
}
