import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnotationPicker, type AnnotationGroup } from '../../components/AnnotationPicker';
import { ModalDialog } from '../../components/ModalDialog';

interface AnnotationPickerDialogProps {
  itemTitle: string;
  /** The annotations of every library document, grouped by document. */
  groups: readonly AnnotationGroup[];
  linked: readonly string[];
  loadError: string | null;
  onToggle: (annotationId: string, link: boolean) => void;
  onClose: () => void;
}

/** The deputy's annotations of all documents, under each document's title: a press links or unlinks one. */
export function AnnotationPickerDialog({ itemTitle, groups, linked, loadError, onToggle, onClose }: AnnotationPickerDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const linkedSet = useMemo(() => new Set(linked), [linked]);
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="vote-picker-dialog">
      <div className="chooser vote-picker" data-testid="annotation-picker">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('votes.links.pickAnnotationTitle')}
        </h2>
        <p className="field-hint">{t('votes.links.pickAnnotationHint', { title: itemTitle })}</p>
        {loadError && (
          <p className="field-error" role="alert">
            {t('votes.links.documentsFailed', { message: loadError })}
          </p>
        )}
        <AnnotationPicker groups={groups} linked={linkedSet} onToggle={onToggle} />
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="primary-button" onClick={onClose}>
            {t('votes.done')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
