import { useCallback, useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentText } from '../../../shared/anchoring/document-text';
import { passageCitation, passageText } from './copy-text';
import { selectionToDocumentRange } from '../../app/reading/selection-dom';
import type { DocumentRange } from '../../app/reading/selection-offsets';
import type { WorkspaceNotice } from '../../app/workspace-notice';

/**
 * Copy in the reading pane gives the report's words only (the citation labels beside paragraphs
 * are left out); `copyWithCitation` puts a passage on the clipboard followed by its citation and the report's title.
 */
export function useCopyReportText(
  paneRef: RefObject<HTMLElement | null>,
  documentText: DocumentText,
  title: string,
  notify: (notice: WorkspaceNotice) => void,
) {
  const { t } = useTranslation();
  useEffect(() => {
    // On the document: the pane element is new each time the reader is mounted again.
    const onCopy = (event: ClipboardEvent) => {
      const pane = paneRef.current;
      if (!pane) return;
      const range = selectionToDocumentRange(window.getSelection(), pane, documentText);
      if (!range || !event.clipboardData) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', passageText(documentText, range));
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [paneRef, documentText]);

  return useCallback(
    async (range: DocumentRange) => {
      const text = t('annotation.copyCited', {
        text: passageText(documentText, range),
        citation: passageCitation(documentText, range),
        title,
        interpolation: { escapeValue: false },
      });
      try {
        await navigator.clipboard.writeText(text);
        notify({ key: 'annotation.copiedCited', tone: 'info' });
      } catch (error) {
        notify({
          key: 'annotation.copyFailed',
          values: { message: error instanceof Error ? error.message : String(error) },
          tone: 'error',
        });
      }
    },
    [documentText, title, notify, t],
  );
}
