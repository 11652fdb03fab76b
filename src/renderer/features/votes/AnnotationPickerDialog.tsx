import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnotationPicker, type AnnotationGroup } from '../../components/AnnotationPicker';
import { PickerDialog } from '../../components/PickerDialog';

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
  const linkedSet = useMemo(() => new Set(linked), [linked]);
  return (
    <PickerDialog
      title={t('votes.links.pickAnnotationTitle')}
      hint={t('votes.links.pickAnnotationHint', { title: itemTitle })}
      error={loadError && t('votes.links.documentsFailed', { message: loadError })}
      doneLabel={t('votes.done')}
      testId="annotation-picker"
      onClose={onClose}
    >
      <AnnotationPicker groups={groups} linked={linkedSet} onToggle={onToggle} />
    </PickerDialog>
  );
}
