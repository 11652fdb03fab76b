import { useCallback, type ReactNode } from 'react';
import { ImportProgress } from '../components/ImportProgress';
import { useDocumentImport } from '../features/document/useDocumentImport';
import type { DocumentVersions } from '../features/document/useDocumentVersions';
import type { useReaderResume } from './useReaderResume';
import type { SidePanel } from './useSidePanel';
import type { WorkspaceNotice } from './workspace-notice';

interface RevisionImportOptions {
  versions: DocumentVersions;
  store: { reload(): Promise<void> };
  notify: (notice: WorkspaceNotice) => void;
  resume: ReturnType<typeof useReaderResume>;
  /** The paragraphs of the current version, in reading order. */
  paragraphs: readonly { id: string }[];
  setSide: (side: SidePanel) => void;
}

/**
 * A revised version imported into the reader: the reader goes on at the paragraph read when the
 * import began (or the nearest one the revision kept), the annotations panel opens when some could
 * not be placed, and the import's progress is shown (`progress`, null when none runs).
 */
export function useRevisionImport({ versions, store, notify, resume, paragraphs, setSide }: RevisionImportOptions): {
  importFile: (file: File) => void;
  importCount: number;
  progress: ReactNode;
} {
  const { resumeAfterImport, keepBeforeImport } = resume;
  const onImported = useCallback(
    (orphaned: number) => {
      resumeAfterImport();
      if (orphaned > 0) setSide('annotations');
    },
    [setSide, resumeAfterImport],
  );
  const { importFile, importCount, activity, cancelImport } = useDocumentImport(versions, store, notify, onImported);
  return {
    importFile: (file) => {
      keepBeforeImport(paragraphs.map((p) => p.id));
      void importFile(file);
    },
    importCount,
    progress: activity ? <ImportProgress activity={activity} onCancel={cancelImport} /> : null,
  };
}
