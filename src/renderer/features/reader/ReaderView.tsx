import { useCallback, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../../shared/domain/document';
import type { PaneLayout } from '../../../shared/domain/settings';
import { useApiMutation } from '../../app/query/useApiMutation';
import { usePaneLayout } from '../../app/usePaneLayout';
import { Splitter } from '../../components/Splitter';
import { OutlinePanel } from './OutlinePanel';
import { ReadingPane } from './ReadingPane';
import { buildReaderTree, guessTextLanguage, outlineEntries } from '../../app/reading/section-tree';
import type { TopOfPane } from './top-marker';
import { useCurrentSection } from './useCurrentSection';
import { useReadingPosition } from './useReadingPosition';
import { useScrollSpy } from './useScrollSpy';

interface ReaderViewProps {
  document: ReportDocument;
  initialParagraphId: string | null;
  textSize: number;
  /** A background call failed; `retry` repeats it. */
  onError: (error: unknown, retry: () => void) => void;
  /** The scrolling reading pane (its owner needs it for selections, jumps and search highlights). */
  paneRef: RefObject<HTMLElement | null>;
  /** The paragraph at the top of the pane changed. */
  onTopParagraph?: (paragraphId: string | null) => void;
  /** False for a read-only earlier version: its position is not saved. */
  savePosition?: boolean;
  /** Shown over the text inside the scrolling pane (e.g. the selection's Annotate button). */
  overlay?: ReactNode;
  /** A side panel after the reading pane (annotations, search). */
  sidePanel?: ReactNode;
  /** The column widths the deputy chose (settings), and where to save new ones. */
  paneLayout: PaneLayout;
  onPaneLayout: (layout: PaneLayout) => void;
}

const OUTLINE_ID = 'outline-column';
const SIDE_ID = 'side-column';

/** Outline panel and reading pane of one document, with scroll-spy, click-to-jump and the saved reading position. */
export function ReaderView(props: ReaderViewProps) {
  const {
    document: report,
    initialParagraphId,
    textSize,
    onError,
    paneRef,
    onTopParagraph: onTopOut,
    savePosition = true,
    overlay,
    sidePanel,
  } = props;
  const { t } = useTranslation();
  // Where the deputy reads changes nothing else shown: no read is made again after it.
  const { mutateAsync: setPosition } = useApiMutation('reading.setPosition', { invalidate: false });
  const gridRef = useRef<HTMLDivElement>(null);
  const layout = usePaneLayout(gridRef, props.paneLayout, props.onPaneLayout, Boolean(sidePanel));
  const tree = useMemo(() => buildReaderTree(report.outline.sections), [report]);
  const entries = useMemo(() => outlineEntries(tree), [tree]);
  const contentLanguage = useMemo(() => guessTextLanguage(sampleText(report)), [report]);

  const save = useCallback(
    (paragraphId: string): Promise<void> => {
      if (!savePosition) return Promise.resolve();
      const run = (): Promise<void> =>
        setPosition({ documentId: report.id, paragraphId }).then(
          () => undefined,
          (error: unknown) => {
            onError(error, () => void run().catch(() => undefined));
            throw error;
          },
        );
      return run();
    },
    [setPosition, report.id, onError, savePosition],
  );

  const { store, jumpTo, onSpy } = useCurrentSection(paneRef);
  const { onTopParagraph } = useReadingPosition({ paneRef, initialParagraphId, textSize, save });
  const onTop = useCallback(
    (top: TopOfPane) => {
      onSpy(top);
      onTopParagraph(top.paragraphId);
      onTopOut?.(top.paragraphId);
    },
    [onSpy, onTopParagraph, onTopOut],
  );
  useScrollSpy(paneRef, onTop, tree);

  return (
    <div
      ref={gridRef}
      className={`workspace${sidePanel ? ' workspace--with-panel' : ''}${layout.outlineCollapsed ? ' workspace--outline-hidden' : ''}`}
    >
      {layout.outlineCollapsed ? (
        <div className="outline-strip" id={OUTLINE_ID}>
          <button
            type="button"
            className="icon-button"
            aria-expanded="false"
            aria-label={t('outline.show')}
            title={t('outline.show')}
            onClick={() => layout.setOutlineCollapsed(false)}
            data-testid="show-outline"
          >
            <span aria-hidden="true">»</span>
          </button>
        </div>
      ) : (
        <>
          <OutlinePanel id={OUTLINE_ID} entries={entries} store={store} onJump={jumpTo} onHide={() => layout.setOutlineCollapsed(true)} />
          <Splitter
            label={t('outline.resize')}
            controls={OUTLINE_ID}
            direction={1}
            onCollapse={() => layout.setOutlineCollapsed(true)}
            {...layout.outline}
          />
        </>
      )}
      <ReadingPane paneRef={paneRef} tree={tree} textSize={textSize} contentLanguage={contentLanguage} overlay={overlay} />
      {sidePanel && (
        <>
          <Splitter label={t('panel.resize')} controls={SIDE_ID} direction={-1} {...layout.panel} />
          <div className="side-column" id={SIDE_ID}>
            {sidePanel}
          </div>
        </>
      )}
    </div>
  );
}

function sampleText(report: ReportDocument): string {
  const first = report.outline.sections.flatMap((s) => s.paragraphs).slice(0, 5);
  return [report.title, ...first.map((p) => p.text)].join(' ').slice(0, 2000);
}
