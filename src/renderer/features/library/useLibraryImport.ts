import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import type { DocumentKind, DocumentSummary, HeadingOverridesInput } from '../../../shared/domain/document';
import { useApiMutation } from '../../app/query/useApiMutation';
import { errorText } from '../../app/error-message';
import { importErrorMessage, importRefusalOf } from '../../app/import-refusal-message';
import { useTrackedImport } from '../../app/useTrackedImport';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { guessDocumentKind } from './document-kind';
import { NO_CORRECTIONS } from './heading-corrections';
import { fileToBase64 } from '../../app/base64';
import { checkImportFile, exceedsWebHostLimit } from '../../app/import-file';

type Preview = ApiOutput<'library.previewImport'>;

/** What the preview dialog shows and edits: the read text, the outline detected with the corrections so far, title and kind. */
export interface ImportDraft {
  source: string;
  text: string;
  outline: Preview['outline'];
  title: string;
  kind: DocumentKind;
  overrides: HeadingOverridesInput;
}

/** Import into the library: read a file or pasted text, preview and correct the structure, then save. */
export function useLibraryImport(notify: (notice: WorkspaceNotice | null) => void, onAdded: (doc: DocumentSummary) => void) {
  const { t, i18n } = useTranslation();
  // Previews change nothing stored: called through the layer, never cached (they carry the whole file).
  const { mutateAsync: previewImport } = useApiMutation('library.previewImport');
  const { mutateAsync: previewText } = useApiMutation('library.previewText');
  const { mutateAsync: addDocument } = useApiMutation('library.addDocument');
  const tracker = useTrackedImport();
  const { run } = tracker;
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [busy, setBusy] = useState(false);

  const start = useCallback((source: string, preview: Preview) => {
    setDraft({
      source,
      text: preview.text,
      outline: preview.outline,
      title: preview.title,
      kind: guessDocumentKind(preview.title),
      overrides: NO_CORRECTIONS,
    });
  }, []);

  const importFile = useCallback(
    async (file: File) => {
      if (checkImportFile(file) === 'tooLarge') {
        notify({ key: 'library.tooLarge', values: { name: file.name }, tone: 'error' });
        return;
      }
      setBusy(true);
      notify({ key: 'library.reading', values: { name: file.name }, tone: 'info' });
      try {
        const base64 = await fileToBase64(file);
        const preview = await run(file.name, (importId) => previewImport({ fileName: file.name, base64, importId }));
        notify(null);
        start(file.name, preview);
      } catch (error) {
        if (importRefusalOf(error)?.code === 'cancelled') {
          notify({ key: 'library.cancelled', values: { name: file.name }, tone: 'info' });
          return;
        }
        const message = importErrorMessage(error, t, i18n.language) ?? String(error);
        const hint = exceedsWebHostLimit(file) ? ` ${t('library.webHostLimit')}` : '';
        notify({ text: t('library.refused', { name: file.name, message }) + hint, tone: 'error' });
      } finally {
        setBusy(false);
      }
    },
    [previewImport, notify, start, run, t, i18n.language],
  );

  /** Pasted text: resolves to an error message for the paste dialog, or null once the preview is open. */
  const previewPasted = useCallback(
    async (text: string): Promise<string | null> => {
      try {
        start(t('library.pastedText'), await previewText({ text }));
        return null;
      } catch (error) {
        return importErrorMessage(error, t, i18n.language) ?? String(error);
      }
    },
    [previewText, start, t, i18n.language],
  );

  /** Re-reads the text with new corrections; resolves to an error message or null. */
  const correct = useCallback(
    async (overrides: HeadingOverridesInput): Promise<string | null> => {
      if (!draft) return null;
      try {
        const preview = await previewText({ text: draft.text, overrides });
        setDraft((current) => (current ? { ...current, outline: preview.outline, overrides } : current));
        return null;
      } catch (error) {
        return errorText(error);
      }
    },
    [previewText, draft],
  );

  const save = useCallback(
    async (title: string, kind: DocumentKind): Promise<string | null> => {
      if (!draft) return null;
      try {
        const doc = await addDocument({ title, kind, text: draft.text, overrides: draft.overrides });
        setDraft(null);
        onAdded(doc);
        notify({ key: 'library.added', values: { title: doc.title }, tone: 'info' });
        return null;
      } catch (error) {
        return errorText(error);
      }
    },
    [addDocument, draft, onAdded, notify],
  );

  const cancel = useCallback(() => setDraft(null), []);

  return { draft, busy, importFile, previewPasted, correct, save, cancel, activity: tracker.activity, cancelImport: tracker.cancel };
}
