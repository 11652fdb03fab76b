import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAFT_TEXT_MAX, MEASURES_MAX, type DraftKind } from '../../../shared/domain/draft';
import { useKeyedList, type Keyed } from './useKeyedList';

interface MeasuresFieldProps {
  prefix: string;
  kind: DraftKind;
  initial: readonly string[];
  onChange: (measures: string[]) => void;
}

/** 方案 / measures: numbered items, each a paragraph; add, remove, move up and down by buttons. */
export const MeasuresField = memo(function MeasuresField({ prefix, kind, initial, onChange }: MeasuresFieldProps) {
  const { t } = useTranslation();
  const { items, itemsRef, setAt, append, move, remove } = useKeyedList(initial, onChange);
  const idOf = useCallback(
    (index: number, part = 'text') => (part === 'text' ? `${prefix}-measure-${index}` : `${prefix}-measure-${index}-${part}`),
    [prefix],
  );
  const headingId = `${prefix}-measures-heading`;

  const onMove = useCallback(
    (index: number, delta: -1 | 1) => {
      const to = index + delta;
      const count = itemsRef.current.length;
      const canAgain = delta === -1 ? to > 0 : to < count - 1;
      // Focus stays on the moved item: on the same button, or on the other arrow once it reached an end.
      const again = delta === -1 ? 'up' : 'down';
      move(index, delta, `${prefix}-measure-${to}-${canAgain ? again : delta === -1 ? 'down' : 'up'}`);
    },
    [itemsRef, move, prefix],
  );
  const onRemove = useCallback(
    (index: number) => {
      const next = itemsRef.current.length - 1;
      remove(index, next === 0 ? `${prefix}-measures-add` : `${prefix}-measure-${Math.min(index, next - 1)}`);
    },
    [itemsRef, remove, prefix],
  );

  return (
    <section className="draft-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="draft-section-title">
        {t(`editor.sections.${kind}.measures`)}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </h3>
      <p className="field-hint">{t('editor.measuresHint')}</p>
      <ol className="measure-list">
        {items.map((item, index) => (
          <MeasureItem
            key={item.key}
            item={item}
            index={index}
            count={items.length}
            idOf={idOf}
            onText={setAt}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </ol>
      <button
        type="button"
        id={`${prefix}-measures-add`}
        className="text-button"
        disabled={items.length >= MEASURES_MAX}
        onClick={() => append([''], `${prefix}-measure-${items.length}`)}
      >
        <span aria-hidden="true">+ </span>
        {t('editor.addMeasure')}
      </button>
    </section>
  );
});

interface MeasureItemProps {
  item: Keyed<string>;
  index: number;
  count: number;
  idOf: (index: number, part?: string) => string;
  onText: (key: number, value: string) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}

const MeasureItem = memo(function MeasureItem({ item, index, count, idOf, onText, onMove, onRemove }: MeasureItemProps) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <li className="measure-item">
      <label htmlFor={idOf(index)} className="measure-number">
        <span aria-hidden="true">{n}.</span>
        <span className="visually-hidden">{t('editor.measureItem', { n })}</span>
      </label>
      <textarea
        id={idOf(index)}
        className="draft-input draft-textarea"
        rows={3}
        maxLength={DRAFT_TEXT_MAX}
        value={item.value}
        onChange={(event) => onText(item.key, event.target.value)}
      />
      <div className="row-actions" role="group" aria-label={t('editor.measureActions', { n })}>
        <button
          type="button"
          id={idOf(index, 'up')}
          className="icon-button row-button"
          disabled={index === 0}
          aria-label={t('editor.moveMeasureUp', { n })}
          title={t('editor.moveMeasureUp', { n })}
          onClick={() => onMove(index, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          id={idOf(index, 'down')}
          className="icon-button row-button"
          disabled={index === count - 1}
          aria-label={t('editor.moveMeasureDown', { n })}
          title={t('editor.moveMeasureDown', { n })}
          onClick={() => onMove(index, 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          id={idOf(index, 'remove')}
          className="icon-button row-button"
          aria-label={t('editor.removeMeasure', { n })}
          title={t('editor.removeMeasure', { n })}
          onClick={() => onRemove(index)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </li>
  );
});
