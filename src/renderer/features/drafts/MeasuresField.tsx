import { memo, useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAFT_TEXT_MAX, MEASURES_MAX, type DraftKind } from '../../../shared/domain/draft';
import { ListField, RowActions, type ListItemProps } from './ListField';

interface MeasuresFieldProps {
  prefix: string;
  kind: DraftKind;
  initial: readonly string[];
  onChange: (measures: string[]) => void;
}

const wrapMeasures = (rows: ReactNode) => <ol className="measure-list">{rows}</ol>;

/** 方案 / measures: numbered items, each a paragraph; add, remove, move up and down by buttons. */
export const MeasuresField = memo(function MeasuresField({ prefix, kind, initial, onChange }: MeasuresFieldProps) {
  const { t } = useTranslation();
  const idOf = useCallback(
    (index: number, part: string) => (part === 'text' ? `${prefix}-measure-${index}` : `${prefix}-measure-${index}-${part}`),
    [prefix],
  );
  const headingId = `${prefix}-measures-heading`;
  return (
    <ListField
      initial={initial}
      onChange={onChange}
      idOf={idOf}
      firstPart="text"
      focusAfterRemove="text"
      addId={`${prefix}-measures-add`}
      addLabel={t('editor.addMeasure')}
      max={MEASURES_MAX}
      empty=""
      Item={MeasureItem}
      labelledBy={headingId}
      wrap={wrapMeasures}
      header={() => (
        <>
          <h3 id={headingId} className="draft-section-title">
            {t(`editor.sections.${kind}.measures`)}
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
          </h3>
          <p className="field-hint">{t('editor.measuresHint')}</p>
        </>
      )}
    />
  );
});

const MeasureItem = memo(function MeasureItem({ item, index, count, idOf, onChange, onMove, onRemove }: ListItemProps<string>) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <li className="measure-item">
      <label htmlFor={idOf(index, 'text')} className="measure-number">
        <span aria-hidden="true">{n}.</span>
        <span className="visually-hidden">{t('editor.measureItem', { n })}</span>
      </label>
      <textarea
        id={idOf(index, 'text')}
        className="draft-input draft-textarea"
        rows={3}
        maxLength={DRAFT_TEXT_MAX}
        value={item.value}
        onChange={(event) => onChange(item.key, event.target.value)}
      />
      <RowActions
        index={index}
        count={count}
        idOf={idOf}
        onMove={onMove}
        onRemove={onRemove}
        labels={{
          group: t('editor.measureActions', { n }),
          up: t('editor.moveMeasureUp', { n }),
          down: t('editor.moveMeasureDown', { n }),
          remove: t('editor.removeMeasure', { n }),
        }}
      />
    </li>
  );
});
