import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { paragraphIndexAt, type DocumentText } from '../../../shared/anchoring/document-text';
import type { Annotation } from '../../../shared/domain/annotation';
import type { ReportDocument } from '../../../shared/domain/document';
import type { SelectionMemory } from '../../app/reading/selection-offsets';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { jumpToParagraph } from '../../app/reading/jump-to-paragraph';
import { ReaderVoteBadges } from './ReaderVoteBadges';
import type { UnsavedReasons } from './ReasonsField';
import { useVoteAgenda } from './useVoteAgenda';
import type { ReaderBridge, VotesContext } from './votes-context';
import { VOTES_MAIN_ID, VotesView, type VotesSelection } from './VotesView';

interface UseVotesOptions {
  /** The view shown now. */
  view: string;
  showView: (view: 'reader' | 'votes') => void;
  notify: (notice: WorkspaceNotice | null) => void;
  paneRef: RefObject<HTMLElement | null>;
  /** The current version of the report (links are made to it). */
  report: ReportDocument;
  /** False while an earlier version is shown read-only (no badges on it). */
  editable: boolean;
  documentText: DocumentText;
  annotations: readonly Annotation[];
  lastSelection: SelectionMemory;
  /** The key of the report version in the reader: a selection or place kept under another key is not used. */
  selectionKey: string;
  topParagraph: RefObject<string | null>;
  jumpToAnnotation: (annotation: Annotation) => void;
}

/**
 * The votes feature as the workspace holds it: the agenda (kept while other views are shown, so the
 * reader can show which passages vote notes cite), the Votes view, and the reader's badges.
 */
export function useVotes(options: UseVotesOptions): { view: ReactNode; readerLayer: ReactNode; mainId: string } {
  const {
    view,
    showView,
    notify,
    paneRef,
    report,
    editable,
    documentText,
    annotations,
    lastSelection,
    selectionKey,
    topParagraph,
    jumpToAnnotation,
  } = options;
  const agenda = useVoteAgenda(notify);
  const [selection, setSelection] = useState<VotesSelection | null>(null);
  const [unsavedReasons] = useState<UnsavedReasons>(() => new Map());
  const [pendingJump, setPendingJump] = useState<{ paragraphId: string } | { annotation: Annotation } | null>(null);
  const citations = useMemo(() => new Map(documentText.paragraphs.map((p) => [p.id, p.citation])), [documentText]);
  const jump = useEffectEvent(jumpToAnnotation);

  // A jump asked for from the votes view lands once the reader is shown (and no longer inert).
  useEffect(() => {
    if (view !== 'reader' || !pendingJump) return;
    const frame = requestAnimationFrame(() => {
      const pane = paneRef.current;
      if ('paragraphId' in pendingJump) {
        if (pane) jumpToParagraph(pane, pendingJump.paragraphId);
      } else jump(pendingJump.annotation);
      setPendingJump(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [view, pendingJump, paneRef]);

  /** The paragraph of the last selection in the reader, else the one at the top of its pane. */
  const readerPlace = useCallback((): ReturnType<ReaderBridge['currentParagraph']> => {
    const range = lastSelection.get(selectionKey);
    if (range) {
      const span = documentText.paragraphs[paragraphIndexAt(documentText.paragraphs, range.start)];
      if (span) return { paragraphId: span.id, citation: span.citation, fromSelection: true };
    }
    const top = topParagraph.current;
    const citation = top ? citations.get(top) : undefined;
    return top && citation !== undefined ? { paragraphId: top, citation, fromSelection: false } : null;
  }, [lastSelection, selectionKey, documentText, topParagraph, citations]);

  // Where the deputy was in the reader when they left it (the selection may be dropped once the reader is inert),
  // with the key of the version it was in: another document or version in the reader makes it void.
  const leftReaderAt = useRef<{ key: string; place: ReturnType<ReaderBridge['currentParagraph']> } | null>(null);
  const previousView = useRef(view);
  useLayoutEffect(() => {
    if (previousView.current === 'reader' && view !== 'reader') leftReaderAt.current = { key: selectionKey, place: readerPlace() };
    previousView.current = view;
  }, [view, readerPlace, selectionKey]);

  const reader = useMemo<ReaderBridge>(
    () => ({
      documentId: report.id,
      documentTitle: report.title,
      live: { report, annotations },
      currentParagraph: () => {
        const left = leftReaderAt.current;
        return view !== 'reader' && left?.key === selectionKey ? left.place : readerPlace();
      },
      openParagraph: (documentId, paragraphId, documentTitle) => {
        if (documentId !== report.id) {
          notify({ key: 'votes.links.otherDocument', values: { title: documentTitle }, tone: 'error' });
          return;
        }
        if (!citations.has(paragraphId)) {
          notify({ key: 'votes.links.paragraphGone', tone: 'error' });
          return;
        }
        setPendingJump({ paragraphId });
        showView('reader');
      },
      openAnnotation: (annotation) => {
        if (annotation.status === 'orphaned') {
          notify({ key: 'votes.links.annotationOrphaned', tone: 'error' });
          return;
        }
        setPendingJump({ annotation });
        showView('reader');
      },
    }),
    [report, annotations, citations, readerPlace, selectionKey, view, notify, showView],
  );

  const context = useMemo<VotesContext>(() => ({ agenda, reader, unsavedReasons, notify }), [agenda, reader, unsavedReasons, notify]);

  const openItem = useCallback(
    (itemId: string) => {
      setSelection({ kind: 'item', itemId });
      showView('votes');
    },
    [showView],
  );

  return {
    view: <VotesView context={context} selection={selection} onSelect={setSelection} />,
    readerLayer: editable ? (
      <ReaderVoteBadges paneRef={paneRef} report={report} items={agenda.items} annotations={annotations} onOpen={openItem} />
    ) : null,
    mainId: VOTES_MAIN_ID,
  };
}
