import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocumentText } from '../../shared/anchoring/document-text';
import type { Annotation } from '../../shared/domain/annotation';
import type { Language, PaneLayout } from '../../shared/domain/settings';
import type { ReportDocument } from '../../shared/domain/document';
import { AnnotationDialogs } from './AnnotationDialogs';
import { HighlightContext, useHighlightStore } from './reading/highlight-store';
import { HighlightTooltip } from '../features/annotations/HighlightTooltip';
import { SelectionButton } from '../features/annotations/SelectionButton';
import { createSelectionMemory, versionKey } from './reading/selection-offsets';
import { useAnnotationCommands, type WorkspaceNotice } from '../features/annotations/useAnnotationCommands';
import { useAnnotations } from '../features/annotations/useAnnotations';
import { usePaneInteractions } from '../features/annotations/usePaneInteractions';
import { useCopyReportText } from '../features/annotations/useCopyReportText';
import { useDocumentSwitch } from './useDocumentSwitch';
import { useRevisionImport } from './useRevisionImport';
import { useDocumentVersions } from '../features/document/useDocumentVersions';
import { useFiguresLayer, useFiguresShortcut } from '../features/figures/useFiguresLayer';
import { ReaderView } from '../features/reader/ReaderView';
import { useReaderResume } from './useReaderResume';
import { Topbar } from './Topbar';
import { useShortcuts } from './useShortcuts';
import { useReportOutline } from './useReportOutline';
import { SHORTCUTS, useReaderSidePanel } from './useReaderSidePanel';
import { useSidePanel } from './useSidePanel';
import { useViewRoute } from './useViewRoute';
import { useWorkspaceActions } from './useWorkspaceActions';
import { WorkspaceBanners } from './WorkspaceBanners';
import { useWorkspaceViews } from './useWorkspaceViews';

const EMPTY: Annotation[] = [];

interface WorkspaceProps {
  initialDocument: ReportDocument;
  initialParagraphId: string | null;
  textSize: number;
  onError: (error: unknown, retry: () => void) => void;
  settingsControls: ReactNode;
  banners: ReactNode;
  /** Co-signatures a proposal needs (a setting). */
  minCoSigners: number;
  onMinCoSigners: (value: number) => Promise<void>;
  /** The reader's column widths (settings) and where to save them. */
  paneLayout: PaneLayout;
  onPaneLayout: (layout: PaneLayout) => void;
}

/** The reader (with its annotation layer, side panel, search and versions) and the other views under one top bar. */
export function Workspace({
  initialDocument,
  initialParagraphId,
  textSize,
  onError,
  settingsControls,
  banners,
  minCoSigners,
  onMinCoSigners,
  paneLayout,
  onPaneLayout,
}: WorkspaceProps) {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<WorkspaceNotice | null>(null);
  // A notice about a finished action belongs to the view it happened in; warnings and errors stay.
  const leaveView = useCallback(() => setNotice((shown) => (shown?.tone === 'info' ? null : shown)), []);
  const { route, view, selectView, openDraft } = useViewRoute(leaveView);
  const paneRef = useRef<HTMLElement>(null);
  const topParagraph = useRef<string | null>(initialParagraphId);
  const [lastSelection] = useState(createSelectionMemory);
  const resume = useReaderResume(initialParagraphId, topParagraph);
  const { side, setSide, openSearch, closeSearch, togglePanel, toggleFigures, close: closeSide } = useSidePanel(paneRef);

  const versions = useDocumentVersions(initialDocument, onError);
  const current = versions.document;
  const shown = versions.viewing?.document ?? current;
  const readOnly = versions.viewing !== null;
  // Selections and reading places are kept under the key of the version they were made in.
  const selectionKey = versionKey(current.id, versions.version);
  useEffect(() => lastSelection.retain(selectionKey), [lastSelection, selectionKey]);
  const documentText = useMemo(() => buildDocumentText(current.outline), [current]);
  const store = useAnnotations(current.id, onError);
  const annotations = store.annotations ?? EMPTY;
  const highlightStore = useHighlightStore(annotations, documentText);

  const commands = useAnnotationCommands({ store, documentText, paneRef, lastSelection, selectionKey, topParagraph, notify: setNotice });
  const revision = useRevisionImport({ versions, store, notify: setNotice, resume, paragraphs: documentText.paragraphs, setSide });
  // Figures of the document shown (an earlier version's too); repainted when annotation marks change the DOM.
  const figuresLayer = useFiguresLayer(shown, paneRef, annotations);
  // Copy takes the words of the version shown (an earlier one too).
  const shownText = useMemo(() => (shown === current ? documentText : buildDocumentText(shown.outline)), [shown, current, documentText]);
  const copyWithCitation = useCopyReportText(paneRef, shownText, shown.title, setNotice);
  usePaneInteractions(paneRef, { onActivateHighlight: readOnly ? noop : commands.activateHighlight });

  const outline = useReportOutline(current, documentText);

  const showReader = useCallback(() => selectView('reader'), [selectView]);
  // Opening another document (at one of its annotations: a card or a search result): the reader starts there.
  const { openDocument, openElsewhere } = useDocumentSwitch({
    current,
    annotations: store.annotations,
    jumpTo: commands.jumpTo,
    switchTo: versions.switchTo,
    showReader,
    startReaderAt: resume.startAt,
    notify: setNotice,
  });
  const uiLanguage: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  const { draftFromAnnotation, draftFromSelection, exportNotes } = useWorkspaceActions({
    documentId: current.id,
    language: uiLanguage,
    notify: setNotice,
    closeEditor: commands.closeEditor,
    openDraft,
  });

  const views = useWorkspaceViews({
    view,
    draftId: route.draftId,
    selectView,
    openDraft,
    notify: setNotice,
    reader: {
      paneRef,
      report: current,
      editable: !readOnly,
      documentText,
      annotations,
      lastSelection,
      selectionKey,
      topParagraph,
      jumpToAnnotation: commands.jumpTo,
      showReader,
      openDocument,
      openElsewhere,
    },
    language: uiLanguage,
    minCoSigners,
    onMinCoSigners,
  });

  const inReader = view === 'reader';
  useShortcuts({
    'annotation.annotate': () => (readOnly || !inReader ? false : commands.annotateCurrent()),
    'annotations.togglePanel': () => (inReader ? togglePanel() : false),
    'search.open': () => (inReader ? openSearch() : false),
    'edit.undoDelete': () => (inReader ? void commands.undoLast() : false),
  });
  useFiguresShortcut(() => (inReader ? toggleFigures() : false));

  const sidePanel = useReaderSidePanel({
    side,
    closeSearch,
    closeSide,
    paneRef,
    current,
    shown,
    readOnly,
    annotations,
    commands,
    outline,
    figuresLayer,
    openElsewhere,
    openDraft,
    draftFromAnnotation,
    exportNotes,
  });

  // The window title names the open document (it changes when the deputy opens another one).
  useEffect(() => {
    document.title = t('app.windowTitle', { title: shown.title });
  }, [t, shown.title, i18n.language]);

  return (
    <div className="app">
      {views.skipLink}
      <Topbar
        title={shown.title}
        readOnly={readOnly}
        side={side}
        annotationCount={annotations.length}
        versions={versions.versions}
        viewingVersion={versions.viewing?.version ?? null}
        onAnnotate={commands.annotateCurrent}
        onTogglePanel={togglePanel}
        onSearch={() => (side === 'search' ? closeSearch() : openSearch())}
        onImport={revision.importFile}
        onOpenVersion={(v) => void versions.openVersion(v)}
        settingsControls={settingsControls}
        view={view}
        onView={selectView}
        onExportNotes={readOnly ? undefined : () => void exportNotes()}
        onCompare={() => selectView('compare')}
        onToggleFigures={toggleFigures}
        details={shown.outline.details}
      />
      <WorkspaceBanners
        banners={
          <>
            {banners}
            {revision.progress}
          </>
        }
        notice={notice}
        onDismiss={() => setNotice(null)}
        viewing={versions.viewing?.version ?? null}
        onBack={() => {
          resume.resumeAtTop();
          versions.backToCurrent();
        }}
      />
      <div className="views">
        <div className={`view${inReader ? '' : ' view--inactive'}`} inert={!inReader} data-testid="reader-view">
          <HighlightContext value={readOnly ? null : highlightStore}>
            <ReaderView
              key={`${current.id}-${versions.viewing?.version ?? 'current'}-${revision.importCount}`}
              document={shown}
              initialParagraphId={readOnly ? null : resume.openAt((id) => outline.citations.has(id))}
              textSize={textSize}
              onError={onError}
              paneRef={paneRef}
              savePosition={!readOnly}
              onTopParagraph={readOnly ? undefined : (id) => (topParagraph.current = id)}
              overlay={
                readOnly || !inReader ? null : (
                  <SelectionButton
                    paneRef={paneRef}
                    documentText={documentText}
                    lastSelection={lastSelection}
                    selectionKey={selectionKey}
                    shortcut={SHORTCUTS['annotation.annotate']}
                    onAnnotate={commands.openCreate}
                    onDraft={draftFromSelection}
                    onCopyWithCitation={(range) => void copyWithCitation(range)}
                  />
                )
              }
              sidePanel={sidePanel}
              paneLayout={paneLayout}
              onPaneLayout={onPaneLayout}
            />
          </HighlightContext>
        </div>
        {!inReader && (
          <div className="view">
            <Suspense fallback={null}>{views.content}</Suspense>
          </div>
        )}
      </div>
      {!readOnly && inReader && <HighlightTooltip paneRef={paneRef} byId={commands.byId} />}
      {views.readerLayer}
      <AnnotationDialogs commands={commands} annotations={annotations} onDraft={draftFromAnnotation} />
    </div>
  );
}

function noop(): void {}
