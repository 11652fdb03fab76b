import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/domain/annotation';
import { ModalDialog } from '../../components/ModalDialog';
import { KindBadge } from './KindPicker';

/** Several highlights overlap where the deputy clicked: choose which one to open. */
export function HighlightChooser({
  annotations,
  onChoose,
  onClose,
}: {
  annotations: readonly Annotation[];
  onChoose: (a: Annotation) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog labelledBy={id} onClose={onClose} className="chooser">
      <h2 id={id} className="dialog-title">
        {t('annotation.chooseTitle')}
      </h2>
      <ul className="chooser-list">
        {annotations.map((annotation) => (
          <li key={annotation.id}>
            <button type="button" className="chooser-option" onClick={() => onChoose(annotation)}>
              <KindBadge kind={annotation.kind} />
              <span className="chooser-quote">{annotation.target.quote.exact}</span>
              {annotation.note && <span className="chooser-note">{annotation.note}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <span className="dialog-spacer" />
        <button type="button" className="text-button" onClick={onClose}>
          {t('annotation.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
