import { lazy, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/settings';
import { COMPARE_MAIN_ID, CompareView } from '../features/compare/CompareView';
import type { UnsavedChanges } from '../features/drafts/draft-change';
import type { useOpenDocument } from '../features/library/useOpenDocument';
import { useSpeech } from '../features/speech/useSpeech';
import { SUBMISSIONS_MAIN_ID, SubmissionsView } from '../features/submissions/SubmissionsView';
import { useTargets } from '../features/targets/useTargets';
import { useVotes } from '../features/votes/useVotes';
import { READING_PANE_ID } from './reading/dom-ids';
import type { PlaceElsewhere } from './useCrossDocumentJump';
import { useOpenPlace } from './useOpenPlace';
import { DRAFTS_MAIN_ID, LIBRARY_MAIN_ID } from './view-ids';
import type { ViewId } from './views';
import type { WorkspaceNotice } from './workspace-notice';

// Loaded when first shown, so the reader paints before their code is fetched and evaluated.
const DraftsView = lazy(() => import('../features/drafts/DraftsView').then((m) => ({ default: m.DraftsView })));
const LibraryView = lazy(() => import('../features/library/LibraryView').then((m) => ({ default: m.LibraryView })));

const SKIP_LINKS = {
  reader: 'skipLink',
  votes: 'votes.skipLink',
  targets: 'targets.skipLink',
  submissions: 'submissions.skipLink',
  library: 'library.skipLink',
  drafts: 'skipLinkDrafts',
  compare: 'compare.skipLink',
  speech: 'speech.skipLink',
} as const satisfies Record<ViewId, string>;

/**
 * What the views take from the reader: what the votes use (its pane, the report and annotations in it,
 * the selection), and the ways to open a place in it.
 */
export interface ReaderForViews extends Omit<Parameters<typeof useVotes>[0], 'view' | 'showView' | 'notify'> {
  showReader: () => void;
  openDocument: ReturnType<typeof useOpenDocument>;
  openElsewhere: (place: PlaceElsewhere) => void;
}

interface WorkspaceViewsOptions {
  view: ViewId;
  /** The draft open in the drafts view (from the URL hash), or null. */
  draftId: string | null;
  selectView: (view: ViewId) => void;
  openDraft: (draftId: string | null) => void;
  notify: (notice: WorkspaceNotice | null) => void;
  reader: ReaderForViews;
  language: Language;
  minCoSigners: number;
  onMinCoSigners: (value: number) => Promise<void>;
}

/**
 * The views other than the reader (library, drafts, votes, targets, compare, submissions, speech),
 * with the state they keep while another view is shown; the one shown now (`content`, null in the
 * reader), the skip link to the shown view's main region, and what the votes draw over the reader.
 */
export function useWorkspaceViews({
  view,
  draftId,
  selectView,
  openDraft,
  notify,
  reader,
  language,
  minCoSigners,
  onMinCoSigners,
}: WorkspaceViewsOptions): { content: ReactNode; skipLink: ReactNode; readerLayer: ReactNode } {
  const { t } = useTranslation();
  // Kept here, so typed text that could not be saved outlives the drafts view.
  const [unsaved] = useState<UnsavedChanges>(() => new Map());
  const { report, openDocument } = reader;

  const votes = useVotes({ view, showView: selectView, notify, ...reader });
  const targets = useTargets({
    view,
    showView: selectView,
    paneRef: reader.paneRef,
    currentId: report.id,
    openDocument,
    notify,
    openDraft,
    language,
  });
  const openPlace = useOpenPlace({
    view,
    showReader: reader.showReader,
    currentId: report.id,
    annotations: reader.annotations,
    paneRef: reader.paneRef,
    jumpToAnnotation: reader.jumpToAnnotation,
    openElsewhere: reader.openElsewhere,
  });
  const speech = useSpeech({ openPlace, notify });

  // Each is mounted while shown (the reader stays mounted, hidden, to keep its place).
  const views: Record<Exclude<ViewId, 'reader'>, () => ReactNode> = {
    drafts: () => (
      <DraftsView
        draftId={draftId}
        onOpen={openDraft}
        minCoSigners={minCoSigners}
        onMinCoSigners={onMinCoSigners}
        notify={notify}
        unsaved={unsaved}
      />
    ),
    votes: () => votes.view,
    targets: () => targets.view,
    compare: () => <CompareView documentId={report.id} title={report.title} />,
    submissions: () => <SubmissionsView notify={notify} />,
    speech: () => speech.view,
    library: () => (
      <LibraryView
        openDocumentId={report.id}
        onOpen={(documentId) => void openDocument(documentId)}
        onRemoved={(documentId, rest) => {
          // The document in the reader was removed: the reader shows another one.
          if (documentId === report.id && rest[0]) void openDocument(rest[0].id, { show: false });
        }}
        notify={notify}
      />
    ),
  };
  const mainIds: Record<ViewId, string> = {
    reader: READING_PANE_ID,
    votes: votes.mainId,
    targets: targets.mainId,
    submissions: SUBMISSIONS_MAIN_ID,
    speech: speech.mainId,
    library: LIBRARY_MAIN_ID,
    drafts: DRAFTS_MAIN_ID,
    compare: COMPARE_MAIN_ID,
  };
  const mainId = mainIds[view];
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainId)?.focus();
  };

  return {
    content: view === 'reader' ? null : views[view](),
    skipLink: (
      <a className="skip-link" href={`#${mainId}`} onClick={skipToMain}>
        {t(SKIP_LINKS[view])}
      </a>
    ),
    readerLayer: votes.readerLayer,
  };
}
