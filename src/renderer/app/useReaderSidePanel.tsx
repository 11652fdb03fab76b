import { useCallback, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../shared/domain/annotation';
import type { ReportDocument } from '../../shared/domain/document';
import type { DraftKind } from '../../shared/domain/draft';
import type { SearchResult } from '../../shared/search';
import { AnnotationsPanel } from '../features/annotations/AnnotationsPanel';
import type { useAnnotationCommands } from '../features/annotations/useAnnotationCommands';
import { FiguresPanel } from '../features/figures/FiguresPanel';
import { FIGURES_SHORTCUT, type useFiguresLayer } from '../features/figures/useFiguresLayer';
import { SearchPanel } from '../features/search/SearchPanel';
import { useOtherDocumentsSearch } from '../features/search/useOtherDocumentsSearch';
import { revealMatch } from '../features/search/useSearchHighlights';
import { shortcutLabels, sizeShortcutLabels } from './shortcuts';
import type { PlaceElsewhere } from './useCrossDocumentJump';
import { flattenParagraphs, type useReportOutline } from './useReportOutline';
import type { SidePanel } from './useSidePanel';

const EMPTY: Annotation[] = [];
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const SHORTCUTS = shortcutLabels(IS_MAC);
const SIZE_SHORTCUTS = sizeShortcutLabels(IS_MAC);

interface ReaderSidePanelOptions {
  side: SidePanel;
  closeSearch: () => void;
  closeSide: () => void;
  paneRef: RefObject<HTMLElement | null>;
  /** The current version, and the version shown (an earlier one, read-only, or the current one). */
  current: ReportDocument;
  shown: ReportDocument;
  readOnly: boolean;
  annotations: readonly Annotation[];
  commands: ReturnType<typeof useAnnotationCommands>;
  outline: ReturnType<typeof useReportOutline>;
  figuresLayer: ReturnType<typeof useFiguresLayer>;
  openElsewhere: (place: PlaceElsewhere) => void;
  openDraft: (draftId: string) => void;
  draftFromAnnotation: (annotation: Annotation, kind: DraftKind) => void;
  exportNotes: (everyDocument?: boolean) => Promise<void>;
}

/** The reader's side panel open now (search, figures or annotations), or null. */
export function useReaderSidePanel(options: ReaderSidePanelOptions): ReactNode {
  const { side, paneRef, current, shown, readOnly, annotations, commands, outline, openElsewhere } = options;
  const { t } = useTranslation();
  const [panelEveryDocument, setPanelEveryDocument] = useState(false);
  const searchElsewhere = useOtherDocumentsSearch(current.id, side === 'search');
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
    [commands, paneRef],
  );

  if (side === 'search')
    return (
      <SearchPanel
        data={searchData}
        paneRef={paneRef}
        contentVersion={annotations}
        onReveal={revealResult}
        onClose={options.closeSearch}
        elsewhere={searchElsewhere}
        onOpenElsewhere={openElsewhere}
        onOpenDraft={options.openDraft}
      />
    );
  if (side === 'figures') return <FiguresPanel layer={options.figuresLayer} shortcut={FIGURES_SHORTCUT} onClose={options.closeSide} />;
  if (side !== 'annotations' || readOnly) return null;
  return (
    <AnnotationsPanel
      document={current}
      annotations={annotations}
      sections={outline.sections}
      sectionOf={outline.sectionOf}
      citationOf={outline.citationOf}
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
      onClose={options.closeSide}
      onDraft={options.draftFromAnnotation}
      onExportNotes={() => void options.exportNotes(panelEveryDocument)}
    />
  );
}
