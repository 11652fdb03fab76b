import { useCallback, useEffect, useState, type ReactNode, type RefObject } from 'react';
import { jumpToParagraph } from '../../app/reading/jump-to-paragraph';
import type { ViewId } from '../../app/views';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import type { Language } from '../../../shared/domain/settings';
import { TARGETS_MAIN_ID, TargetsView } from './TargetsView';

interface TargetsOptions {
  view: ViewId;
  showView: (view: ViewId) => void;
  paneRef: RefObject<HTMLElement | null>;
  /** The document in the reader now. */
  currentId: string;
  /** Puts another library document in the reader, opened at a paragraph. */
  openDocument: (documentId: string, options: { at: string }) => Promise<void>;
  notify: (notice: WorkspaceNotice) => void;
  /** Opens a draft in the drafts view (one started from a row). */
  openDraft: (draftId: string) => void;
  language: Language;
}

/** The Targets and results view, and its citations' way into the reader (another document opens at the paragraph). */
export function useTargets({ view, showView, paneRef, currentId, openDocument, notify, openDraft, language }: TargetsOptions): {
  view: ReactNode;
  mainId: string;
} {
  const [pendingJump, setPendingJump] = useState<string | null>(null);

  // A paragraph of the document already in the reader: jumped to once the reader is shown (and no longer inert).
  useEffect(() => {
    if (view !== 'reader' || pendingJump === null) return;
    const frame = requestAnimationFrame(() => {
      if (paneRef.current) jumpToParagraph(paneRef.current, pendingJump);
      setPendingJump(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [view, pendingJump, paneRef]);

  const openParagraph = useCallback(
    (documentId: string, paragraphId: string) => {
      if (documentId !== currentId) {
        void openDocument(documentId, { at: paragraphId });
        return;
      }
      setPendingJump(paragraphId);
      showView('reader');
    },
    [currentId, openDocument, showView],
  );

  return {
    view: <TargetsView onOpenParagraph={openParagraph} notify={notify} openDraft={openDraft} language={language} />,
    mainId: TARGETS_MAIN_ID,
  };
}
