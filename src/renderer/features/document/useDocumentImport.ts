import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importErrorMessage, importRefusalOf } from '../../app/import-refusal-message';
import { useTrackedImport } from '../../app/useTrackedImport';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { checkImportFile } from '../../app/import-file';
import type { DocumentVersions } from './useDocumentVersions';

/** All the revised-version import needs of the annotations feature (it imports no other feature). */
interface AnnotationsReload {
  reload(): Promise<void>;
}

/**
 * "Import revised version…": import through the same reading as the library (progress after a
 * second, cancel), re-load the annotations and say how they were re-anchored.
 */
export function useDocumentImport(
  versions: DocumentVersions,
  store: AnnotationsReload,
  notify: (notice: WorkspaceNotice) => void,
  onImported: (orphaned: number) => void,
) {
  const { t, i18n } = useTranslation();
  const [importCount, setImportCount] = useState(0);
  const { importRevision } = versions;
  const { reload } = store;
  const tracker = useTrackedImport();
  const { run } = tracker;

  const importFile = useCallback(
    async (file: File) => {
      if (checkImportFile(file) === 'tooLarge') {
        notify({ key: 'library.revisionTooLarge', values: { name: file.name }, tone: 'error' });
        return;
      }
      notify({ key: 'document.importing', values: { name: file.name }, tone: 'info' });
      try {
        const result = await run(file.name, (importId) => importRevision(file, importId));
        await reload();
        setImportCount((n) => n + 1);
        notify({ key: 'document.imported', values: { ...result }, tone: 'info' });
        onImported(result.orphaned);
      } catch (error) {
        if (importRefusalOf(error)?.code === 'cancelled') {
          notify({ key: 'document.cancelled', values: { name: file.name }, tone: 'info' });
          return;
        }
        notify({
          key: 'document.importFailed',
          values: { name: file.name, message: importErrorMessage(error, t, i18n.language) ?? String(error) },
          tone: 'error',
        });
      }
    },
    [importRevision, reload, notify, onImported, run, t, i18n.language],
  );

  return { importFile, importCount, activity: tracker.activity, cancelImport: tracker.cancel };
}
