import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteItem } from '../../../shared/domain/vote';
import { defaultDocumentFor } from '../../../shared/votes/item-document-kind';
import { DocumentPicker } from '../../components/DocumentPicker';
import { ModalDialog } from '../../components/ModalDialog';
import { ParagraphPicker } from '../../components/ParagraphPicker';
import type { LibraryDocument } from '../../components/useLibraryDocuments';
import { buildReaderTree } from '../../app/reading/section-tree';

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
  const id = useId();
  // Until the deputy chooses, the default follows the documents as they load.
  const [chosen, setChosen] = useState<string | null>(null);
  const fallback = defaultDocumentFor(
    item,
    documents.map((d) => d.summary),
    openDocumentId,
  );
  const shown = documents.find((d) => d.summary.id === chosen) ?? documents.find((d) => d.summary.id === fallback) ?? documents[0];
  const tree = useMemo(() => (shown ? buildReaderTree(shown.report.outline.sections) : []), [shown]);
  const shownId = shown?.summary.id;
  const linked = useMemo(
    () => new Set(item.paragraphLinks.filter((l) => l.documentId === shownId).map((l) => l.paragraphId)),
    [item.paragraphLinks, shownId],
  );

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="vote-picker-dialog">
      <div className="chooser vote-picker" data-testid="paragraph-picker">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('votes.links.pickParagraphTitle')}
        </h2>
        <p className="field-hint">{t('votes.links.pickParagraphHint', { title: itemTitle })}</p>
        {loadError && (
          <p className="field-error" role="alert">
            {t('votes.links.documentsFailed', { message: loadError })}
          </p>
        )}
        {shown && (
          <>
            <DocumentPicker
              documents={documents.map((d) => ({ id: d.summary.id, title: d.summary.title }))}
              value={shown.summary.id}
              onChange={setChosen}
            />
            <ParagraphPicker
              key={shown.summary.id}
              tree={tree}
              linked={linked}
              onToggle={(paragraphId, link) => onToggle(shown.summary.id, paragraphId, link)}
            />
          </>
        )}
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
