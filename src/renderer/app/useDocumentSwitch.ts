import { useCallback } from 'react';
import type { Annotation } from '../../shared/domain/annotation';
import type { ReportDocument } from '../../shared/domain/document';
import { useOpenDocument } from '../features/library/useOpenDocument';
import { useCrossDocumentJump, type PlaceElsewhere } from './useCrossDocumentJump';
import type { WorkspaceNotice } from './workspace-notice';

interface DocumentSwitchOptions {
  /** The document in the reader, and its annotations (null while they load). */
  current: ReportDocument;
  annotations: readonly Annotation[] | null;
  jumpTo: (annotation: Annotation) => void;
  switchTo: (document: ReportDocument) => void;
  showReader: () => void;
  /** Where the reader starts in the document just opened (a paragraph, or null for the top). */
  startReaderAt: (paragraphId: string | null) => void;
  notify: (notice: WorkspaceNotice | null) => void;
}

/**
 * Puts another library document in the reader: `openDocument` at its saved place (or one asked for),
 * `openElsewhere` at a place in it (an annotation card or a search result), brought into view once it is shown.
 */
export function useDocumentSwitch({ current, annotations, jumpTo, switchTo, showReader, startReaderAt, notify }: DocumentSwitchOptions) {
  const { startAt, expect: expectPlace } = useCrossDocumentJump({ documentId: current.id, annotations, jumpTo });
  const onOpened = useCallback((saved: string | null) => startReaderAt(startAt(saved)), [startAt, startReaderAt]);
  const openDocument = useOpenDocument({ current, switchTo, onOpened, showReader, notify });
  const openElsewhere = useCallback(
    (place: PlaceElsewhere) => {
      expectPlace(place);
      void openDocument(place.documentId);
    },
    [expectPlace, openDocument],
  );
  return { openDocument, openElsewhere };
}
