import { useTranslation } from 'react-i18next';
import type { VoteItem } from '../../../shared/domain/vote';
import { defaultDocumentFor } from '../../../shared/votes/item-document-kind';
import { DocumentParagraphPicker } from '../../components/DocumentParagraphPicker';
import { PickerDialog } from '../../components/PickerDialog';
import type { LibraryDocument } from '../../components/useLibraryDocuments';

interface ParagraphPickerDialogProps {
  item: Pick<VoteItem, 'defaultKey' | 'paragraphLinks'>;
  itemTitle: string;
  /** The library's documents (at least the one open in the reader). */
  documents: readonly LibraryDocument[];
  openDocumentId: string;
  loadError: string | null;
  onToggle: (documentId: string, paragraphId: string, link: boolean) => void;
  onClose: () => void;
}

/** A document chooser (opening on the report the item is about) and that document's paragraphs: a press links or unlinks one. */
export function ParagraphPickerDialog({
  item,
  itemTitle,
  documents,
  openDocumentId,
  loadError,
  onToggle,
  onClose,
}: ParagraphPickerDialogProps) {
  const { t } = useTranslation();
  const defaultDocumentId = defaultDocumentFor(
    item,
    documents.map((d) => d.summary),
    openDocumentId,
  );
  return (
    <PickerDialog
      title={t('votes.links.pickParagraphTitle')}
      hint={t('votes.links.pickParagraphHint', { title: itemTitle })}
      error={loadError && t('votes.links.documentsFailed', { message: loadError })}
      doneLabel={t('votes.done')}
      testId="paragraph-picker"
      onClose={onClose}
    >
      <DocumentParagraphPicker
        documents={documents}
        defaultDocumentId={defaultDocumentId}
        links={item.paragraphLinks}
        onToggle={(document, paragraphId, link) => onToggle(document.summary.id, paragraphId, link)}
      />
    </PickerDialog>
  );
}
