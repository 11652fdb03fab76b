import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocumentText } from '../../shared/anchoring/document-text';
import type { Annotation } from '../../shared/domain/annotation';
import type { Language, PaneLayout } from '../../shared/domain/settings';
import type { ReportDocument } from '../../shared/domain/document';
import type { SearchResult } from '../../shared/search';
import { AnnotationEditor } from '../features/annotations/AnnotationEditor';
import { AnnotationsPanel } from '../features/annotations/AnnotationsPanel';
import { tagsInUse } from '../features/annotations/annotation-filters';
import { HighlightChooser } from '../features/annotations/HighlightChooser';
import { highlightsByParagraph } from './reading/highlight-segments';
import { createHighlightStore, HighlightContext } from './reading/highlight-store';
import { HighlightTooltip } from '../features/annotations/HighlightTooltip';
import { SelectionButton } from '../features/annotations/SelectionButton';
import { createSelectionMemory, versionKey } from './reading/selection-offsets';
import { useAnnotationCommands, type WorkspaceNotice } from '../features/annotations/useAnnotationCommands';
import { useAnnotations } from '../features/annotations/useAnnotations';
import { usePaneInteractions } from '../features/annotations/usePaneInteractions';
import { useCopyReportText } from '../features/annotations/useCopyReportText';
import { useCrossDocumentJump, type PlaceElsewhere } from './useCrossDocumentJump';
import { useDocumentImport } from '../features/document/useDocumentImport';
import { useDocumentVersions } from '../features/document/useDocumentVersions';
import { FiguresPanel } from '../features/figures/FiguresPanel';
import { FIGURES_SHORTCUT, useFiguresLayer, useFiguresShortcut } from '../features/figures/useFiguresLayer';
import { useOpenDocument } from '../features/library/useOpenDocument';
import type { UnsavedChanges } from '../features/drafts/draft-change';
import { READING_PANE_ID } from './reading/dom-ids';
import { ReaderView } from '../features/reader/ReaderView';
import { SUBMISSIONS_MAIN_ID, SubmissionsView } from '../features/submissions/SubmissionsView';
import { firstSurviving, resumeCandidates } from '../features/reader/resume-paragraph';
import { revealMatch } from '../features/search/useSearchHighlights';
import { SearchPanel } from '../features/search/SearchPanel';
import { useOtherDocumentsSearch } from '../features/search/useOtherDocumentsSearch';
import { useVotes } from '../features/votes/useVotes';
import { useTargets } from '../features/targets/useTargets';
import { COMPARE_MAIN_ID, CompareView } from '../features/compare/CompareView';
import { useSpeech } from '../features/speech/useSpeech';
import { useOpenPlace } from './useOpenPlace';
import { shortcutLabels, sizeShortcutLabels } from './shortcuts';
import { Topbar } from './Topbar';
import { useShortcuts } from './useShortcuts';
import { useReportOutline, flattenParagraphs } from './useReportOutline';
import { useSidePanel } from './useSidePanel';
import { useViewRoute } from './useViewRoute';
import { useWorkspaceActions } from './useWorkspaceActions';
import type { ViewId } from './views';
import { WorkspaceBanners } from './WorkspaceBanners';
import { ImportProgress } from '../components/ImportProgress';
import { DRAFTS_MAIN_ID, LIBRARY_MAIN_ID } from './view-ids';

// Loaded when first shown, so the reader paints before their code is fetched and evaluated.
const DraftsView = lazy(() => import('../features/drafts/DraftsView').then((m) => ({ default: m.DraftsView })));
const LibraryView = lazy(() => import('../features/library/LibraryView').then((m) => ({ default: m.LibraryView })));

const EMPTY: Annotation[] = [];
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
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const SHORTCUTS = shortcutLabels(IS_MAC);
const SIZE_SHORTCUTS = sizeShortcutLabels(IS_MAC);

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

/** The views (reader with its annotation layer, panels, search and versions; drafts) under one top bar. */
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
  const [unsaved] = useState<UnsavedChanges>(() => new Map());
  const paneRef = useRef<HTMLElement>(null);
  const topParagraph = useRef<string | null>(initialParagraphId);
  const [lastSelection] = useState(createSelectionMemory);
  // Where a (re)mounted reader opens: the first of these paragraphs the text shown has.
  const [resumeAt, setResumeAt] = useState<readonly string[]>(() => (initialParagraphId ? [initialParagraphId] : []));
  const resumeBeforeImport = useRef<readonly string[]>([]);
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

  const [highlightStore] = useState(createHighlightStore);
  useEffect(() => {
    highlightStore.set(highlightsByParagraph(annotations, documentText.paragraphs, highlightStore.current()));
  }, [annotations, documentText, highlightStore]);

  const commands = useAnnotationCommands({ store, documentText, paneRef, lastSelection, selectionKey, topParagraph, notify: setNotice });
  const onImported = useCallback(
    (orphaned: number) => {
      // The paragraph read when the import began, or the nearest one the revision kept.
      setResumeAt(resumeBeforeImport.current);
      if (orphaned > 0) setSide('annotations');
    },
    [setSide],
  );
  const { importFile, importCount, activity: revisionImport, cancelImport } = useDocumentImport(versions, store, setNotice, onImported);
  // Figures of the document shown (an earlier version's too); repainted when annotation marks change the DOM.
  const figuresLayer = useFiguresLayer(shown, paneRef, annotations);
  // Copy takes the words of the version shown (an earlier one too).
  const shownText = useMemo(() => (shown === current ? documentText : buildDocumentText(shown.outline)), [shown, current, documentText]);
  const copyWithCitation = useCopyReportText(paneRef, shownText, shown.title, setNotice);
  usePaneInteractions(paneRef, { onActivateHighlight: readOnly ? noop : commands.activateHighlight });

  const { sections, citations, sectionOf, citationOf } = useReportOutline(current, documentText);
  const tagSuggestions = useMemo(() => tagsInUse(annotations), [annotations]);

  const shownParagraphs = useMemo(() => flattenParagraphs(shown), [shown]);
  const searchData = useMemo(
    () => ({ paragraphs: shownParagraphs, annotations: readOnly ? EMPTY : annotations }),
    [shownParagraphs, readOnly, annotations],
  );

  const revealResult = useCallback(
    (result: SearchResult) => {
      const pane = paneRef.current;
      if (!pane) return;
      const annotation = result.annotationId ? commands.byId.get(result.annotationId) : undefined;
      if (annotation && annotation.status !== 'orphaned') commands.jumpTo(annotation, { focus: false });
      else revealMatch(pane, result);
    },
    [commands],
  );

  // Opening another document at one of its annotations (a card or a search result): the reader starts there.
  const { startAt, expect: expectPlace } = useCrossDocumentJump({
    documentId: current.id,
    annotations: store.annotations,
    jumpTo: commands.jumpTo,
  });
  const onOpenedDocument = useCallback(
    (saved: string | null) => {
      const paragraphId = startAt(saved);
      setResumeAt(paragraphId ? [paragraphId] : []);
      topParagraph.current = paragraphId;
    },
    [startAt],
  );
  const showReader = useCallback(() => selectView('reader'), [selectView]);
  const openDocument = useOpenDocument({ current, switchTo: versions.switchTo, onOpened: onOpenedDocument, showReader, notify: setNotice });
  const openElsewhere = useCallback(
    (place: PlaceElsewhere) => {
      expectPlace(place);
      void openDocument(place.documentId);
    },
    [expectPlace, openDocument],
  );
  const [panelEveryDocument, setPanelEveryDocument] = useState(false);
  const searchElsewhere = useOtherDocumentsSearch(current.id, side === 'search');
  const uiLanguage: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  const { draftFromAnnotation, draftFromSelection, exportNotes } = useWorkspaceActions({
    documentId: current.id,
    language: uiLanguage,
    notify: setNotice,
    closeEditor: commands.closeEditor,
    openDraft,
  });

  const votes = useVotes({
    view,
    showView: selectView,
    notify: setNotice,
    paneRef,
    report: current,
    editable: !readOnly,
    documentText,
    annotations,
    lastSelection,
    selectionKey,
    topParagraph,
    jumpToAnnotation: commands.jumpTo,
  });

  const targets = useTargets({
    view,
    showView: selectView,
    paneRef,
    currentId: current.id,
    openDocument,
    notify: setNotice,
    openDraft,
    language: uiLanguage,
  });
  const openPlace = useOpenPlace({
    view,
    showReader,
    currentId: current.id,
    annotations,
    paneRef,
    jumpToAnnotation: commands.jumpTo,
    openElsewhere,
  });
  const speech = useSpeech({ openPlace, notify: setNotice });

  const inReader = view === 'reader';
  // The reader stays mounted (hidden) to keep its place; every other view is mounted while shown.
  const otherViews: Record<Exclude<ViewId, 'reader'>, ReactNode> = {
    drafts: (
      <DraftsView
        draftId={route.draftId}
        onOpen={openDraft}
        minCoSigners={minCoSigners}
        onMinCoSigners={onMinCoSigners}
        notify={setNotice}
        unsaved={unsaved}
      />
    ),
    votes: votes.view,
    targets: targets.view,
    compare: <CompareView documentId={current.id} title={current.title} />,
    submissions: <SubmissionsView />,
    speech: speech.view,
    library: (
      <LibraryView
        openDocumentId={current.id}
        onOpen={(documentId) => void openDocument(documentId)}
        onRemoved={(documentId, rest) => {
          // The document in the reader was removed: the reader shows another one.
          if (documentId === current.id && rest[0]) void openDocument(rest[0].id, { show: false });
        }}
        notify={setNotice}
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
  useShortcuts({
    'annotation.annotate': () => (readOnly || !inReader ? false : commands.annotateCurrent()),
    'annotations.togglePanel': () => (inReader ? togglePanel() : false),
    'search.open': () => (inReader ? openSearch() : false),
    'edit.undoDelete': () => (inReader ? void commands.undoLast() : false),
  });
  useFiguresShortcut(() => (inReader ? toggleFigures() : false));

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainId)?.focus();
  };

  const sidePanel =
    side === 'search' ? (
      <SearchPanel
        data={searchData}
        paneRef={paneRef}
        contentVersion={annotations}
        onReveal={revealResult}
        onClose={closeSearch}
        elsewhere={searchElsewhere}
        onOpenElsewhere={openElsewhere}
        onOpenDraft={openDraft}
      />
    ) : side === 'figures' ? (
      <FiguresPanel layer={figuresLayer} shortcut={FIGURES_SHORTCUT} onClose={closeSide} />
    ) : side === 'annotations' && !readOnly ? (
      <AnnotationsPanel
        document={current}
        annotations={annotations}
        sections={sections}
        sectionOf={sectionOf}
        citationOf={citationOf}
        help={t('panel.help', {
          annotate: SHORTCUTS['annotation.annotate'],
          panel: SHORTCUTS['annotations.togglePanel'],
          search: SHORTCUTS['search.open'],
          undo: SHORTCUTS['edit.undoDelete'],
          ...SIZE_SHORTCUTS,
        })}
        onJump={commands.jumpTo}
        onOpenElsewhere={(a) => openElsewhere({ documentId: a.documentId, paragraphId: a.target.paragraphId, annotationId: a.id })}
        everyDocument={panelEveryDocument}
        onEveryDocument={setPanelEveryDocument}
        onEdit={commands.openEdit}
        onDelete={(a) => void commands.remove(a)}
        onReattach={(a) => void commands.reattach(a)}
        onClose={closeSide}
        onDraft={draftFromAnnotation}
        onExportNotes={() => void exportNotes(panelEveryDocument)}
      />
    ) : null;

  // The window title names the open document (it changes when the deputy opens another one).
  useEffect(() => {
    document.title = t('app.windowTitle', { title: shown.title });
  }, [t, shown.title, i18n.language]);

  return (
    <div className="app">
      <a className="skip-link" href={`#${mainId}`} onClick={skipToMain}>
        {t(SKIP_LINKS[view])}
      </a>
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
        onImport={(file) => {
          resumeBeforeImport.current = resumeCandidates(
            documentText.paragraphs.map((p) => p.id),
            topParagraph.current,
          );
          void importFile(file);
        }}
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
            {revisionImport && <ImportProgress activity={revisionImport} onCancel={cancelImport} />}
          </>
        }
        notice={notice}
        onDismiss={() => setNotice(null)}
        viewing={versions.viewing?.version ?? null}
        onBack={() => {
          setResumeAt(topParagraph.current ? [topParagraph.current] : []);
          versions.backToCurrent();
        }}
      />
      <div className="views">
        <div className={`view${inReader ? '' : ' view--inactive'}`} inert={!inReader} data-testid="reader-view">
          <HighlightContext value={readOnly ? null : highlightStore}>
            <ReaderView
              key={`${current.id}-${versions.viewing?.version ?? 'current'}-${importCount}`}
              document={shown}
              initialParagraphId={readOnly ? null : firstSurviving(resumeAt, (id) => citations.has(id))}
              textSize={textSize}
              onError={onError}
              paneRef={paneRef}
              savePosition={!readOnly}
              onTopParagraph={readOnly ? undefined : (id) => (topParagraph.current = id)}
              overlay={
                readOnly ? null : (
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
        {view !== 'reader' && (
          <div className="view">
            <Suspense fallback={null}>{otherViews[view]}</Suspense>
          </div>
        )}
      </div>
      {!readOnly && inReader && <HighlightTooltip paneRef={paneRef} byId={commands.byId} />}
      {votes.readerLayer}
      {commands.editor && (
        <AnnotationEditor
          key={commands.editor.annotationId ?? 'new'}
          subject={commands.editor.subject}
          tagSuggestions={tagSuggestions}
          onSave={commands.save}
          onDelete={commands.editingAnnotation ? () => void commands.remove(commands.editingAnnotation!) : undefined}
          onClose={commands.closeEditor}
          onDraft={commands.editingAnnotation ? (kind) => draftFromAnnotation(commands.editingAnnotation!, kind) : undefined}
        />
      )}
      {commands.chooser && <HighlightChooser annotations={commands.chooser} onChoose={commands.openEdit} onClose={commands.closeChooser} />}
    </div>
  );
}

function noop(): void {}
