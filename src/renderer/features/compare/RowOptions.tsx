import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type RowLayout = 'side' | 'inline';

interface RowOptionsProps {
  layout: RowLayout;
  onLayout: (layout: RowLayout) => void;
  onlyChanged: boolean;
  onOnlyChanged: (onlyChanged: boolean) => void;
}

/** How the compared paragraphs are shown: side by side or inline, all or only the changed ones. */
export function RowOptions({ layout, onLayout, onlyChanged, onOnlyChanged }: RowOptionsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <fieldset className="cmp-layout">
        <legend className="field-label">{t('compare.layout')}</legend>
        {(['side', 'inline'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-layout`} checked={layout === value} onChange={() => onLayout(value)} />{' '}
            {t(value === 'side' ? 'compare.sideBySide' : 'compare.inline')}
          </label>
        ))}
      </fieldset>
      <label className="cmp-only">
        <input type="checkbox" checked={onlyChanged} onChange={(event) => onOnlyChanged(event.target.checked)} /> {t('compare.onlyChanged')}
      </label>
    </>
  );
}
