import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocumentText } from '../../shared/anchoring/document-text';
import type { Annotation } from '../../shared/domain/annotation';
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
import { createSelectionMemory } from '../features/annotations/selection-offsets';
import { useAnnotationCommands, type WorkspaceNotice } from '../features/annotations/useAnnotationCommands';
import { useAnnotations } from '../features/annotations/useAnnotations';
import { usePaneInteractions } from '../features/annotations/usePaneInteractions';
import { useDocumentImport } from '../features/document/useDocumentImport';
import { useDocumentVersions } from '../features/document/useDocumentVersions';
import { READING_PANE_ID } from '../features/reader/dom-ids';
import { ReaderView } from '../features/reader/ReaderView';
import { buildReaderTree, flattenOutline, outlineEntries, paragraphSectionPaths } from '../features/reader/section-tree';
import { revealMatch } from '../features/search/useSearchHighlights';
import { SearchPanel } from '../features/search/SearchPanel';
import { shortcutLabels } from './shortcuts';
import { Topbar } from './Topbar';
import { useShortcuts } from './useShortcuts';
import { WorkspaceBanners } from './WorkspaceBanners';

const EMPTY: Annotation[] = [];
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const SHORTCUTS = shortcutLabels(IS_MAC);

interface WorkspaceProps {
  initialDocument: ReportDocument;
  initialParagraphId: string | null;
  textSize: number;
  onError: (error: unknown, retry: () => void) => void;
  settingsControls: ReactNode;
  banners: ReactNode;
}

/** The reader with its annotation layer, annotations panel, search and document versions. */
export function Workspace({ initialDocument, initialParagraphId, textSize, onError, settingsControls, banners }: WorkspaceProps) {
  const { t } = useTranslation();
  const paneRef = useRef<HTMLElement>(null);
  const topParagraph = useRef<string | null>(initialParagraphId);
  const [lastSelection] = useState(createSelectionMemory);
  const [resumeAt, setResumeAt] = useState(initialParagraphId);
  const searchReturn = useRef<HTMLElement | null>(null);
  const [side, setSide] = useState<'annotations' | 'search' | null>(null);
  const [notice, setNotice] = useState<WorkspaceNotice | null>(null);

  const versions = useDocumentVersions(initialDocument, onError);
  const current = versions.document;
  const shown = versions.viewing?.document ?? current;
  const readOnly = versions.viewing !== null;
  const documentText = useMemo(() => buildDocumentText(current.outline), [current]);
  const store = useAnnotations(current.id, onError);
  const annotations = store.annotations ?? EMPTY;

  const [highlightStore] = useState(createHighlightStore);
  useEffect(() => {
    highlightStore.set(highlightsByParagraph(annotations, documentText.paragraphs, highlightStore.current()));
  }, [annotations, documentText, highlightStore]);

  const commands = useAnnotationCommands({ store, documentText, paneRef, lastSelection, topParagraph, notify: setNotice });
  const onImported = useCallback((orphaned: number) => {
    setResumeAt(topParagraph.current);
    if (orphaned > 0) setSide('annotations');
  }, []);
  const { importFile, importCount } = useDocumentImport(versions, store, setNotice, onImported);
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

  useShortcuts({
    'annotation.annotate': () => (readOnly ? false : commands.annotateCurrent()),
    'annotations.togglePanel': () => setSide((s) => (s === 'annotations' ? null : 'annotations')),
    'search.open': openSearch,
    'edit.undoDelete': () => (commands.canUndo() ? void commands.restoreLast() : false),
  });

  const skipToReport = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(READING_PANE_ID)?.focus();
  };

  const sidePanel =
    side === 'search' ? (
      <SearchPanel data={searchData} paneRef={paneRef} contentVersion={annotations} onReveal={revealResult} onClose={closeSearch} />
    ) : side === 'annotations' && !readOnly ? (
      <AnnotationsPanel
        annotations={annotations}
        sections={sections}
        sectionOf={sectionOf}
        citationOf={citationOf}
        help={t('panel.help', { annotate: SHORTCUTS['annotation.annotate'], panel: SHORTCUTS['annotations.togglePanel'], search: SHORTCUTS['search.open'], undo: SHORTCUTS['edit.undoDelete'] })}
        onJump={commands.jumpTo}
        onEdit={commands.openEdit}
        onDelete={(a) => void commands.remove(a)}
        onReattach={(a) => void commands.reattach(a)}
        onClose={() => setSide(null)}
      />
    ) : null;

  return (
    <div className="app">
      <a className="skip-link" href={`#${READING_PANE_ID}`} onClick={skipToReport}>
        {t('skipLink')}
      </a>
      <Topbar
        title={shown.title}
        readOnly={readOnly}
        side={side}
        annotationCount={annotations.length}
        versions={versions.versions}
        viewingVersion={versions.viewing?.version ?? null}
        onAnnotate={commands.annotateCurrent}
        onTogglePanel={() => setSide((s) => (s === 'annotations' ? null : 'annotations'))}
        onSearch={() => (side === 'search' ? closeSearch() : openSearch())}
        onImport={(file) => void importFile(file)}
        onOpenVersion={(v) => void versions.openVersion(v)}
        settingsControls={settingsControls}
      />
      <WorkspaceBanners banners={banners} notice={notice} onDismiss={() => setNotice(null)} viewing={versions.viewing?.version ?? null} onBack={() => {
          setResumeAt(topParagraph.current);
          versions.backToCurrent();
        }} />
      <HighlightContext value={readOnly ? null : highlightStore}>
        <ReaderView
          key={`${versions.viewing?.version ?? 'current'}-${importCount}`}
          document={shown}
          initialParagraphId={readOnly ? null : resumeAt}
          textSize={textSize}
          onError={onError}
          paneRef={paneRef}
          savePosition={!readOnly}
          onTopParagraph={readOnly ? undefined : (id) => (topParagraph.current = id)}
          overlay={
            readOnly ? null : (
              <SelectionButton paneRef={paneRef} documentText={documentText} lastSelection={lastSelection} shortcut={SHORTCUTS['annotation.annotate']} onAnnotate={commands.openCreate} />
            )
          }
          sidePanel={sidePanel}
        />
      </HighlightContext>
      {!readOnly && <HighlightTooltip paneRef={paneRef} byId={commands.byId} />}
      {commands.editor && (
        <AnnotationEditor
          key={commands.editor.annotationId ?? 'new'}
          subject={commands.editor.subject}
          tagSuggestions={tagSuggestions}
          onSave={commands.save}
          onDelete={commands.editingAnnotation ? () => void commands.remove(commands.editingAnnotation!) : undefined}
          onClose={commands.closeEditor}
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
