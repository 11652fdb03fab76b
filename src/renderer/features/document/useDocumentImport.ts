import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../app/error-message';
import type { WorkspaceNotice } from '../annotations/useAnnotationCommands';
import type { AnnotationsApi } from '../annotations/useAnnotations';
import { checkImportFile } from '../library/import-file';
import { RefusedFileError, type DocumentVersions } from './useDocumentVersions';

/** "Import revised version…": refuse a non-text file, import, re-load the annotations and say how they were re-anchored. */
export function useDocumentImport(versions: DocumentVersions, store: AnnotationsApi, notify: (notice: WorkspaceNotice) => void, onImported: (orphaned: number) => void) {
  const { t } = useTranslation();
  const [importCount, setImportCount] = useState(0);
  const { importRevision } = versions;
  const { reload } = store;

  const importFile = useCallback(
    async (file: File) => {
      if (checkImportFile(file) === 'tooLarge') {
        notify({ message: t('library.revisionTooLarge', { name: file.name }), tone: 'error' });
        return;
      }
      notify({ message: t('document.importing', { name: file.name }), tone: 'info' });
      try {
        const result = await importRevision(file);
        await reload();
        setImportCount((n) => n + 1);
        notify({ message: t('document.imported', { ...result }), tone: 'info' });
        onImported(result.orphaned);
      } catch (error) {
        const message =
          error instanceof RefusedFileError
            ? t(error.reason === 'binary' ? 'document.notText' : 'document.emptyFile', { name: file.name })
            : t('document.importFailed', { message: apiErrorMessage(error) ?? String(error) });
        notify({ message, tone: 'error' });
      }
    },
    [importRevision, reload, notify, onImported, t],
  );

  return { importFile, importCount };
}
