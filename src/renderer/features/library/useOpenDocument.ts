import { useCallback, useEffect, useRef } from 'react';
import type { ReportDocument } from '../../../shared/domain/document';
import type { Section } from '../../../shared/domain/outline';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiRead } from '../../app/query/useApiQuery';
import { errorText } from '../../app/error-message';
import type { WorkspaceNotice } from '../../app/workspace-notice';

interface OpenDocumentOptions {
  /** The document open in the reader now. */
  current: ReportDocument;
  /** Puts another document in the reader (its current version). */
  switchTo: (document: ReportDocument) => void;
  /** Where the reader should start in the newly opened document (its saved position, or the top). */
  onOpened: (paragraphId: string | null) => void;
  showReader: () => void;
  notify: (notice: WorkspaceNotice | null) => void;
}

/**
 * Opens a document of the library in the reader. The choice is remembered through the reading
 * position: opening saves one, and the next start opens the document read last (`app.boot`).
 */
export function useOpenDocument({ current, switchTo, onOpened, showReader, notify }: OpenDocumentOptions) {
  const read = useApiRead();
  // Where the deputy reads changes nothing else shown: no read is made again after it.
  const { mutateAsync: setPosition } = useApiMutation('reading.setPosition', { invalidate: false });
  const mark = useRef<{ documentId: string; paragraphId: string } | null>(null);

  // Saved once the switch is committed: after the previous reader has flushed its own position on unmount.
  useEffect(() => {
    const pending = mark.current;
    if (!pending || pending.documentId !== current.id) return;
    mark.current = null;
    setPosition(pending).catch(() => undefined);
  }, [setPosition, current.id]);

  return useCallback(
    /** `at`: the paragraph to open it at (a citation followed), instead of where the deputy left it. */
    async (documentId: string, { show = true, at }: { show?: boolean; at?: string } = {}) => {
      if (documentId === current.id) {
        if (show) showReader();
        return;
      }
      try {
        const [doc, position] = await Promise.all([read('document.get', { documentId }), read('reading.getPosition', { documentId })]);
        const start = at ?? position?.paragraphId ?? null;
        const paragraphId = start ?? firstParagraphId(doc.outline.sections);
        mark.current = paragraphId ? { documentId, paragraphId } : null;
        onOpened(start);
        switchTo(doc);
        if (show) showReader();
      } catch (error) {
        notify({ key: 'library.openFailed', values: { message: errorText(error) }, tone: 'error' });
      }
    },
    [read, current.id, switchTo, onOpened, showReader, notify],
  );
}

function firstParagraphId(sections: readonly Section[]): string | null {
  for (const section of sections) {
    const found = section.paragraphs[0]?.id ?? firstParagraphId(section.children);
    if (found) return found;
  }
  return null;
}
