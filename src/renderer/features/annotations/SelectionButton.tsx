import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentText } from '../../../shared/anchoring/document-text';
import type { DraftKind } from '../../../shared/domain/draft';
import { selectionToDocumentRange } from './selection-dom';
import type { DocumentRange, SelectionMemory } from './selection-offsets';

interface SelectionButtonProps {
  paneRef: RefObject<HTMLElement | null>;
  documentText: DocumentText;
  /** Kept up to date with the last non-empty selection in the report (for Re-attach and the shortcut). */
  lastSelection: SelectionMemory;
  /** The key of the document version the pane shows: the selection is kept under it. */
  selectionKey: string;
  shortcut: string;
  onAnnotate: (range: DocumentRange) => void;
  /** Starts a draft quoting the selection (buttons under "Annotate"). */
  onDraft?: (range: DocumentRange, kind: DraftKind) => void;
}

/** A small "Annotate" button floating by the selected text; only this component re-renders as the selection changes. */
export function SelectionButton({ paneRef, documentText, lastSelection, selectionKey, shortcut, onAnnotate, onDraft }: SelectionButtonProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ range: DocumentRange; left: number; top: number } | null>(null);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const pane = paneRef.current;
      const selection = window.getSelection();
      if (!pane) return;
      const range = selectionToDocumentRange(selection, pane, documentText);
      if (!range || !selection) {
        // Keep the last selection for Re-attach when focus moves to a button; forget it once the report is clicked elsewhere.
        if (selection && selection.rangeCount > 0 && pane.contains(selection.anchorNode)) lastSelection.set(selectionKey, null);
        setShown(null);
        return;
      }
      lastSelection.set(selectionKey, range);
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      const box = pane.getBoundingClientRect();
      setShown({ range, left: Math.min(rect.right, box.right - 140) - box.left + pane.scrollLeft, top: rect.bottom - box.top + pane.scrollTop + 6 });
    };
    const onChange = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [paneRef, documentText, lastSelection, selectionKey]);

  if (!shown) return null;
  return (
    <>
    <button
      type="button"
      className="selection-button"
      ref={(el) => {
        if (el) {
          el.style.left = `${shown.left}px`;
          el.style.top = `${shown.top}px`;
        }
      }}
      title={t('annotation.annotateSelectionTitle', { shortcut })}
      aria-keyshortcuts="Control+Shift+A Meta+Shift+A"
      // Keep the selection: a mouse press on the button must not collapse it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onAnnotate(shown.range)}
    >
      <span aria-hidden="true">✎ </span>
      {t('annotation.annotateSelection')}
    </button>
    {onDraft && (
      <div
        className="selection-draft-actions"
        role="group"
        aria-label={t('drafts.startFromSelection')}
        ref={(el) => {
          if (el) {
            el.style.left = `${shown.left}px`;
            el.style.top = `${shown.top + 36}px`;
          }
        }}
      >
        {(['suggestion', 'proposal'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="selection-draft-button"
            title={t(kind === 'suggestion' ? 'drafts.draftSuggestionFromSelection' : 'drafts.draftProposalFromSelection')}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onDraft(shown.range, kind)}
          >
            {t(kind === 'suggestion' ? 'drafts.draftSuggestion' : 'drafts.draftProposal')}
          </button>
        ))}
      </div>
    )}
    </>
  );
}
