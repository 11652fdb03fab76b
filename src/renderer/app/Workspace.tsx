import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocumentText } from '../../shared/anchoring/document-text';
import type { Annotation } from '../../shared/domain/annotation';
import type { DraftKind } from '../../shared/domain/draft';
import type { Language, PaneLayout } from '../../shared/domain/settings';
import type { ReportDocument } from '../../shared/domain/document';
import type { Paragraph, Section } from '../../shared/domain/outline';
import type { SearchResult } from '../../shared/search';
import { AnnotationEditor } from '../features/annotations/AnnotationEditor';
import { AnnotationsPanel } from '../features/annotations/AnnotationsPanel';
import { tagsInUse } from '../features/annotations/annotation-filters';
import { HighlightChooser } from '../features/annotations/HighlightChooser';
import { highlightsByParagraph } from '../features/annotations/highlight-segments';
import { createHighlightStore, HighlightContext } from '../features/annotations/highlight-store';
import { HighlightTooltip } from '../features/annotations/HighlightTooltip';
import { SelectionButton } from '../features/annotations/SelectionButton';
import { createSelectionMemory, versionKey } from '../features/annotations/selection-offsets';
import { useAnnotationCommands, type WorkspaceNotice } from '../features/annotations/useAnnotationCommands';
import { useAnnotations } from '../features/annotations/useAnnotations';
import { usePaneInteractions } from '../features/annotations/usePaneInteractions';
import { useCopyReportText } from '../features/annotations/useCopyReportText';
import { useDocumentImport } from '../features/document/useDocumentImport';
import { useDocumentVersions } from '../features/document/useDocumentVersions';
import { completeDelivery } from '../features/drafts/deliver';
import { DRAFTS_MAIN_ID, DraftsView } from '../features/drafts/DraftsView';
import { FiguresPanel } from '../features/figures/FiguresPanel';
import { FIGURES_SHORTCUT, useFiguresLayer, useFiguresShortcut } from '../features/figures/useFiguresLayer';
import { LIBRARY_MAIN_ID, LibraryView } from '../features/library/LibraryView';
import { useOpenDocument } from '../features/library/useOpenDocument';
import type { UnsavedChanges } from '../features/drafts/useAutosave';
import { READING_PANE_ID } from '../features/reader/dom-ids';
import { ReaderView } from '../features/reader/ReaderView';
import { firstSurviving, resumeCandidates } from '../features/reader/resume-paragraph';
import { buildReaderTree, flattenOutline, outlineEntries, paragraphSectionPaths } from '../features/reader/section-tree';
import { revealMatch } from '../features/search/useSearchHighlights';
import { SearchPanel } from '../features/search/SearchPanel';
import { useVotes } from '../features/votes/useVotes';
import { useApi } from './api-context';
import { errorText } from './error-message';
import { focusWhenShown } from './focus-when-shown';
import { shortcutLabels, sizeShortcutLabels } from './shortcuts';
import { Topbar } from './Topbar';
import { useShortcuts } from './useShortcuts';
import { parseViewHash, viewHash, type ViewId, type ViewRoute } from './views';
import { WorkspaceBanners } from './WorkspaceBanners';
import { ImportProgress } from '../components/ImportProgress';

const EMPTY: Annotation[] = [];
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
export function Workspace({ initialDocument, initialParagraphId, textSize, onError, settingsControls, banners, minCoSigners, onMinCoSigners, paneLayout, onPaneLayout }: WorkspaceProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [route, setRoute] = useState<ViewRoute>(() => parseViewHash(window.location.hash));
  const lastDraft = useRef<string | null>(route.draftId);
  const [unsaved] = useState<UnsavedChanges>(() => new Map());
  const view = route.view;
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const paneRef = useRef<HTMLElement>(null);
  const topParagraph = useRef<string | null>(initialParagraphId);
  const [lastSelection] = useState(createSelectionMemory);
  // Where a (re)mounted reader opens: the first of these paragraphs the text shown has.
  const [resumeAt, setResumeAt] = useState<readonly string[]>(() => (initialParagraphId ? [initialParagraphId] : []));
  const resumeBeforeImport = useRef<readonly string[]>([]);
  const searchReturn = useRef<HTMLElement | null>(null);
  const [side, setSide] = useState<'annotations' | 'search' | 'figures' | null>(null);
  const [notice, setNotice] = useState<WorkspaceNotice | null>(null);

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
  const onImported = useCallback((orphaned: number) => {
    // The paragraph read when the import began, or the nearest one the revision kept.
    setResumeAt(resumeBeforeImport.current);
    if (orphaned > 0) setSide('annotations');
  }, []);
  const { importFile, importCount, activity: revisionImport, cancelImport } = useDocumentImport(versions, store, setNotice, onImported);
  // Figures of the document shown (an earlier version's too); repainted when annotation marks change the DOM.
  const figuresLayer = useFiguresLayer(shown, paneRef, annotations);
  // Copy takes the words of the version shown (an earlier one too).
  const shownText = useMemo(() => (shown === current ? documentText : buildDocumentText(shown.outline)), [shown, current, documentText]);
  const copyWithCitation = useCopyReportText(paneRef, shownText, shown.title, setNotice);
  usePaneInteractions(paneRef, { onActivateHighlight: readOnly ? noop : commands.activateHighlight });

  const tree = useMemo(() => buildReaderTree(current.outline.sections), [current]);
  const sections = useMemo(() => flattenOutline(outlineEntries(tree)), [tree]);
  const sectionPaths = useMemo(() => paragraphSectionPaths(tree), [tree]);
  const citations = useMemo(() => new Map(documentText.paragraphs.map((p) => [p.id, p.citation])), [documentText]);
  const sectionOf = useCallback((id: string) => sectionPaths.get(id), [sectionPaths]);
  const citationOf = useCallback((id: string) => citations.get(id) ?? '', [citations]);
  const tagSuggestions = useMemo(() => tagsInUse(annotations), [annotations]);

  const shownParagraphs = useMemo(() => flattenParagraphs(shown), [shown]);
  const searchData = useMemo(() => ({ paragraphs: shownParagraphs, annotations: readOnly ? EMPTY : annotations }), [shownParagraphs, readOnly, annotations]);

  const openSearch = useCallback(() => {
    if (side !== 'search') searchReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSide('search');
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="search-panel"] input')?.focus());
  }, [side]);
  const panelReturn = useRef<HTMLElement | null>(null);
  /** Opens the annotations panel with focus in it, or closes it with focus back where it was. */
  const togglePanel = useCallback(() => {
    if (side === 'annotations') {
      setSide(null);
      const back = panelReturn.current;
      requestAnimationFrame(() => (back?.isConnected && !back.closest('[data-testid="annotations-panel"]') ? back : paneRef.current)?.focus({ preventScroll: true }));
      return;
    }
    panelReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSide('annotations');
    focusWhenShown(() => document.querySelector<HTMLElement>('[data-testid="annotations-panel"] input[type="search"]'));
  }, [side]);
  const closeSearch = useCallback(() => {
    setSide(null);
    const back = searchReturn.current;
    requestAnimationFrame(() => (back?.isConnected ? back : paneRef.current)?.focus({ preventScroll: true }));
  }, []);
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

  // A notice about a finished action belongs to the view it happened in; warnings and errors stay.
  const leaveView = useCallback(() => setNotice((shown) => (shown?.tone === 'info' ? null : shown)), []);
  const navigate = useCallback((next: ViewRoute) => {
    if (next.view === 'drafts') lastDraft.current = next.draftId;
    if (next.view !== viewRef.current) leaveView();
    setRoute(next);
    const hash = viewHash(next);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
  }, [leaveView]);
  useEffect(() => {
    const onHash = () => {
      const next = parseViewHash(window.location.hash);
      if (next.view === 'drafts') lastDraft.current = next.draftId;
      if (next.view !== viewRef.current) leaveView();
      setRoute((current) => (current.view === next.view && current.draftId === next.draftId ? current : next));
    };
    window.addEventListener('popstate', onHash);
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('popstate', onHash);
      window.removeEventListener('hashchange', onHash);
    };
  }, [leaveView]);
  const selectView = useCallback((next: ViewId) => navigate({ view: next, draftId: next === 'drafts' ? lastDraft.current : null }), [navigate]);
  const openDraft = useCallback((draftId: string | null) => navigate({ view: 'drafts', draftId }), [navigate]);
  const onOpenedDocument = useCallback((paragraphId: string | null) => {
    setResumeAt(paragraphId ? [paragraphId] : []);
    topParagraph.current = paragraphId;
  }, []);
  const showReader = useCallback(() => selectView('reader'), [selectView]);
  const openDocument = useOpenDocument({ current, switchTo: versions.switchTo, onOpened: onOpenedDocument, showReader, notify: setNotice });
  const uiLanguage: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  /** A draft quoting an annotation (its note starts the reasons) or a selected passage; the drafts view opens it. */
  const startDraft = useCallback(
    async (kind: DraftKind, source: { annotationId: string } | { documentId: string; start: number; end: number }) => {
      try {
        const draft = await api.call('draft.create', { kind, language: uiLanguage, source });
        commands.closeEditor();
        window.getSelection()?.removeAllRanges();
        openDraft(draft.id);
        // The new draft opens with focus in its title, the first thing to write.
        focusWhenShown(() => document.querySelector<HTMLElement>(`[data-testid="draft-editor"][data-draft-id="${CSS.escape(draft.id)}"] input[id$="-title"]`));
        setNotice({ key: 'drafts.startedFrom', values: { citation: draft.citations[0]?.citation ?? '' }, valueKeys: { kind: `drafts.kind.${kind}` }, tone: 'info' });
      } catch (error) {
        setNotice({ key: 'drafts.actionFailed', values: { message: errorText(error) }, tone: 'error' });
      }
    },
    [api, uiLanguage, commands, openDraft],
  );
  const draftFromAnnotation = useCallback((annotation: Annotation, kind: DraftKind) => void startDraft(kind, { annotationId: annotation.id }), [startDraft]);
  const draftFromSelection = useCallback(
    (range: { start: number; end: number }, kind: DraftKind) => void startDraft(kind, { documentId: current.id, start: range.start, end: range.end }),
    [startDraft, current.id],
  );

  const exportNotes = useCallback(async () => {
    try {
      const outcome = completeDelivery(await api.call('annotation.exportNotes', { documentId: current.id, language: uiLanguage }));
      if (outcome.kind === 'saved') setNotice({ key: 'editor.savedTo', values: { path: outcome.path }, tone: 'info' });
      else if (outcome.kind === 'downloaded') setNotice({ key: 'editor.downloaded', values: { fileName: outcome.fileName }, tone: 'info' });
    } catch (error) {
      setNotice({ key: 'notes.failed', values: { message: errorText(error) }, tone: 'error' });
    }
  }, [api, current.id, uiLanguage]);

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

  const inReader = view === 'reader';
  // The reader stays mounted (hidden) to keep its place; every other view is mounted while shown.
  const otherViews: Record<Exclude<ViewId, 'reader'>, ReactNode> = {
    drafts: <DraftsView draftId={route.draftId} onOpen={openDraft} minCoSigners={minCoSigners} onMinCoSigners={onMinCoSigners} notify={setNotice} unsaved={unsaved} />,
    votes: votes.view,
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
  const mainId = inReader ? READING_PANE_ID : view === 'votes' ? votes.mainId : view === 'library' ? LIBRARY_MAIN_ID : DRAFTS_MAIN_ID;
  useShortcuts({
    'annotation.annotate': () => (readOnly || !inReader ? false : commands.annotateCurrent()),
    'annotations.togglePanel': () => (inReader ? togglePanel() : false),
    'search.open': () => (inReader ? openSearch() : false),
    'edit.undoDelete': () => (inReader && commands.canUndo() ? void commands.restoreLast() : false),
  });
  useFiguresShortcut(() => (inReader ? setSide((s) => (s === 'figures' ? null : 'figures')) : false));

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainId)?.focus();
  };

  const sidePanel =
    side === 'search' ? (
      <SearchPanel data={searchData} paneRef={paneRef} contentVersion={annotations} onReveal={revealResult} onClose={closeSearch} />
    ) : side === 'figures' ? (
      <FiguresPanel layer={figuresLayer} shortcut={FIGURES_SHORTCUT} onClose={() => setSide(null)} />
    ) : side === 'annotations' && !readOnly ? (
      <AnnotationsPanel
        annotations={annotations}
        sections={sections}
        sectionOf={sectionOf}
        citationOf={citationOf}
        help={t('panel.help', { annotate: SHORTCUTS['annotation.annotate'], panel: SHORTCUTS['annotations.togglePanel'], search: SHORTCUTS['search.open'], undo: SHORTCUTS['edit.undoDelete'], ...SIZE_SHORTCUTS })}
        onJump={commands.jumpTo}
        onEdit={commands.openEdit}
        onDelete={(a) => void commands.remove(a)}
        onReattach={(a) => void commands.reattach(a)}
        onClose={() => setSide(null)}
        onDraft={draftFromAnnotation}
        onExportNotes={() => void exportNotes()}
      />
    ) : null;

  // The window title names the open document (it changes when the deputy opens another one).
  useEffect(() => {
    document.title = t('app.windowTitle', { title: shown.title });
  }, [t, shown.title, i18n.language]);

  return (
    <div className="app">
      <a className="skip-link" href={`#${mainId}`} onClick={skipToMain}>
        {inReader ? t('skipLink') : view === 'votes' ? t('votes.skipLink') : view === 'library' ? t('library.skipLink') : t('skipLinkDrafts')}
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
          resumeBeforeImport.current = resumeCandidates(documentText.paragraphs.map((p) => p.id), topParagraph.current);
          void importFile(file);
        }}
        onOpenVersion={(v) => void versions.openVersion(v)}
        settingsControls={settingsControls}
        view={view}
        onView={selectView}
        onExportNotes={readOnly ? undefined : () => void exportNotes()}
        onToggleFigures={() => setSide((s) => (s === 'figures' ? null : 'figures'))}
      />
      <WorkspaceBanners banners={<>{banners}{revisionImport && <ImportProgress activity={revisionImport} onCancel={cancelImport} />}</>} notice={notice} onDismiss={() => setNotice(null)} viewing={versions.viewing?.version ?? null} onBack={() => {
          setResumeAt(topParagraph.current ? [topParagraph.current] : []);
          versions.backToCurrent();
        }} />
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
              <SelectionButton paneRef={paneRef} documentText={documentText} lastSelection={lastSelection} selectionKey={selectionKey} shortcut={SHORTCUTS['annotation.annotate']} onAnnotate={commands.openCreate} onDraft={draftFromSelection} onCopyWithCitation={(range) => void copyWithCitation(range)} />
            )
          }
          sidePanel={sidePanel}
          paneLayout={paneLayout}
          onPaneLayout={onPaneLayout}
        />
      </HighlightContext>
      </div>
      {view !== 'reader' && <div className="view">{otherViews[view]}</div>}
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

function flattenParagraphs(report: ReportDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      out.push(...section.paragraphs);
      visit(section.children);
    }
  };
  visit(report.outline.sections);
  return out;
}
