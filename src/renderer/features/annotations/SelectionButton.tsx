import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentText } from '../../../shared/anchoring/document-text';
import type { DraftKind } from '../../../shared/domain/draft';
import { selectionToDocumentRange } from '../../app/reading/selection-dom';
import type { DocumentRange, SelectionMemory } from '../../app/reading/selection-offsets';
import { placePopup } from './popup-placement';

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
  /** Copies the selection followed by its citation and the report's title. */
  onCopyWithCitation?: (range: DocumentRange) => void;
}

/**
 * A small "Annotate" button floating by the selected text; only this component re-renders as the
 * selection changes. Mounted only while the reader is shown: typing in another view's field changes
 * the selection at every keystroke, and the reader has nothing to do with it.
 */
export function SelectionButton({
  paneRef,
  documentText,
  lastSelection,
  selectionKey,
  shortcut,
  onAnnotate,
  onDraft,
  onCopyWithCitation,
}: SelectionButtonProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ range: DocumentRange; anchor: DOMRect } | null>(null);
  const popupRef = useRef<HTMLDivElement>(null);

  // Placed once its size is known: beside the selection, kept whole inside the visible part of the pane.
  useLayoutEffect(() => {
    const pane = paneRef.current;
    const popup = popupRef.current;
    if (!shown || !pane || !popup) return;
    const box = pane.getBoundingClientRect();
    const visible = {
      left: Math.max(box.left + pane.clientLeft, 0),
      top: Math.max(box.top + pane.clientTop, 0),
      right: Math.min(box.left + pane.clientLeft + pane.clientWidth, window.innerWidth),
      bottom: Math.min(box.top + pane.clientTop + pane.clientHeight, window.innerHeight),
    };
    const at = placePopup(shown.anchor, { width: popup.offsetWidth, height: popup.offsetHeight }, visible);
    popup.style.left = `${at.left - box.left + pane.scrollLeft}px`;
    popup.style.top = `${at.top - box.top + pane.scrollTop}px`;
  }, [shown, paneRef]);

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
      setShown({ range, anchor: selection.getRangeAt(0).getBoundingClientRect() });
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
    <div className="selection-popup" ref={popupRef}>
      <button
        type="button"
        className="selection-button"
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
        <div className="selection-draft-actions" role="group" aria-label={t('drafts.startFromSelection')}>
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
      {onCopyWithCitation && (
        <button
          type="button"
          className="selection-draft-button selection-copy-button"
          title={t('annotation.copyWithCitationTitle')}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onCopyWithCitation(shown.range)}
        >
          {t('annotation.copyWithCitation')}
        </button>
      )}
    </div>
  );
}
