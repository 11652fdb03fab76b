import { useTranslation } from 'react-i18next';
import type { AnnotationKind } from '../../../shared/domain/annotation';
import { ANNOTATION_KINDS, KIND_ICONS } from '../../components/annotation-kinds';

/** Four radio buttons, each with its colour swatch, icon and name. */
export function KindPicker({ value, onChange, name }: { value: AnnotationKind; onChange: (kind: AnnotationKind) => void; name: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="kind-picker">
      <legend className="field-label">{t('annotation.kind')}</legend>
      {ANNOTATION_KINDS.map((kind) => (
        <label key={kind} className={`kind-option kind-option--${kind}`}>
          <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} />
          <span className={`kind-badge kind-badge--${kind}`} aria-hidden="true">
            {KIND_ICONS[kind]}
          </span>
          <span>{t(`kinds.${kind}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The kind as a small badge: icon and name (colour is never the only cue). */
export function KindBadge({ kind }: { kind: AnnotationKind }) {
  const { t } = useTranslation();
  return (
    <span className={`kind-tag kind-tag--${kind}`}>
      <span className={`kind-badge kind-badge--${kind}`} aria-hidden="true">
        {KIND_ICONS[kind]}
      </span>
      {t(`kinds.${kind}`)}
    </span>
  );
}
