import { useCallback, useMemo, type ReactNode, type RefObject } from 'react';
import type { ReportDocument } from '../../../shared/domain/document';
import { useApi } from '../../app/api-context';
import { OutlinePanel } from './OutlinePanel';
import { ReadingPane } from './ReadingPane';
import { buildReaderTree, guessTextLanguage, outlineEntries } from './section-tree';
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
}

/** Outline panel and reading pane of one document, with scroll-spy, click-to-jump and the saved reading position. */
export function ReaderView(props: ReaderViewProps) {
  const { document: report, initialParagraphId, textSize, onError, paneRef, onTopParagraph: onTopOut, savePosition = true, overlay, sidePanel } = props;
  const api = useApi();
  const tree = useMemo(() => buildReaderTree(report.outline.sections), [report]);
  const entries = useMemo(() => outlineEntries(tree), [tree]);
  const contentLanguage = useMemo(() => guessTextLanguage(sampleText(report)), [report]);

  const save = useCallback(
    (paragraphId: string): Promise<void> => {
      if (!savePosition) return Promise.resolve();
      const run = (): Promise<void> =>
        api.call('reading.setPosition', { documentId: report.id, paragraphId }).then(
          () => undefined,
          (error: unknown) => {
            onError(error, () => void run().catch(() => undefined));
            throw error;
          },
        );
      return run();
    },
    [api, report.id, onError, savePosition],
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
    <div className={sidePanel ? 'workspace workspace--with-panel' : 'workspace'}>
      <OutlinePanel entries={entries} store={store} onJump={jumpTo} />
      <ReadingPane paneRef={paneRef} tree={tree} textSize={textSize} contentLanguage={contentLanguage} overlay={overlay} />
      {sidePanel}
    </div>
  );
}

function sampleText(report: ReportDocument): string {
  const first = report.outline.sections.flatMap((s) => s.paragraphs).slice(0, 5);
  return [report.title, ...first.map((p) => p.text)].join(' ').slice(0, 2000);
}
