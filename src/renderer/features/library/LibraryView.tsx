import { useCallback, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, DocumentSummary } from '../../../shared/domain/document';
import { useShortcuts } from '../../app/useShortcuts';
import { FileButton } from '../../components/FileButton';
import { ImportProgress } from '../../components/ImportProgress';
import { ActionsHeader, RowActions } from '../../components/RowActions';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { DOCUMENT_KINDS } from './document-kind';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { IMPORT_ACCEPT } from '../../app/import-file';
import { RemoveDialog, RenameDialog } from './LibraryDialogs';
import { PasteTextDialog } from './PasteTextDialog';
import { useLibrary } from './useLibrary';
import { useLibraryImport } from './useLibraryImport';
import { formatDateTime } from '../../app/date-format';
import './library.css';
import { LIBRARY_MAIN_ID } from '../../app/view-ids';

interface LibraryViewProps {
  /** The document open in the reader. */
  openDocumentId: string;
  onOpen: (documentId: string) => void;
  /** A document was removed; `rest` is what the library still holds. */
  onRemoved: (documentId: string, rest: readonly DocumentSummary[]) => void;
  notify: (notice: WorkspaceNotice | null) => void;
}

/** The session's documents (open, rename, set kind, remove with undo) and imports (file, drop, paste → preview → save). */
export function LibraryView({ openDocumentId, onOpen, onRemoved, notify }: LibraryViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const library = useLibrary(notify, onRemoved);
  const importer = useLibraryImport(notify, library.added);
  const mainRef = useRef<HTMLElement>(null);
  const [dragging, setDragging] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [renaming, setRenaming] = useState<DocumentSummary | null>(null);
  const [removing, setRemoving] = useState<DocumentSummary | null>(null);
  const documents = library.documents;

  useShortcuts({ 'edit.undoDelete': () => void library.undoLast() });

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (file) void importer.importFile(file);
    },
    [importer],
  );
  const onDragOver = (event: DragEvent) => {
    if (![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const date = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <main
      id={LIBRARY_MAIN_ID}
      ref={mainRef}
      className="library-view"
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      data-testid="library-view"
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="library-inner">
        <h2 id={`${id}-title`} className="library-title">
          {t('library.title')}
        </h2>
        <p className="library-intro">{t('library.intro')}</p>

        <section className={`drop-zone${dragging ? ' drop-zone--active' : ''}`} aria-labelledby={`${id}-add`} data-testid="drop-zone">
          <h3 id={`${id}-add`} className="drop-zone-title">
            {t('library.add')}
          </h3>
          <p className="drop-zone-text">{dragging ? t('library.dropNow') : t('library.dropHint')}</p>
          <div className="drop-zone-actions">
            <FileButton
              className="primary-button"
              disabled={importer.busy}
              label={t('library.importFile')}
              accept={IMPORT_ACCEPT}
              testId="library-file"
              onFile={(file) => void importer.importFile(file)}
            />
            <button type="button" className="text-button" disabled={importer.busy} onClick={() => setPasting(true)}>
              {t('library.pasteText')}
            </button>
          </div>
          <p className="field-hint">{t('library.formats')}</p>
          {importer.activity && <ImportProgress activity={importer.activity} onCancel={importer.cancelImport} />}
        </section>

        <h3 id={`${id}-list`} className="library-list-title">
          {t('library.documents')}
        </h3>
        {documents === null ? (
          <p className="panel-empty" role={library.loadError ? 'alert' : 'status'}>
            {library.loadError ? t('library.loadFailed', { message: library.loadError }) : t('library.loading')}
          </p>
        ) : (
          <table className="library-table" aria-labelledby={`${id}-list`} data-testid="library-table">
            <thead>
              <tr>
                <th scope="col">{t('library.column.title')}</th>
                <th scope="col">{t('library.column.kind')}</th>
                <th scope="col">{t('library.column.added')}</th>
                <th scope="col">{t('library.column.annotations')}</th>
                <ActionsHeader label={t('library.column.actions')} />
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => {
                const isOpen = doc.id === openDocumentId;
                return (
                  <tr key={doc.id} data-document-id={doc.id} aria-current={isOpen ? 'true' : undefined}>
                    <th scope="row" className="library-doc-title">
                      <span>{doc.title}</span>
                      {isOpen && <span className="library-open-badge">{t('library.openNow')}</span>}
                      {doc.origin === 'bundled' && <span className="library-origin">{t('library.bundled')}</span>}
                    </th>
                    <td>
                      <select
                        className="library-kind"
                        aria-label={t('library.kindOf', { title: doc.title })}
                        value={doc.kind}
                        onChange={(event) => void library.setKind(doc.id, event.target.value as DocumentKind)}
                      >
                        {DOCUMENT_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`library.kind.${k}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="library-date">{date(doc.addedAt)}</td>
                    <td className="library-count">{t('library.annotationCount', { count: doc.annotationCount })}</td>
                    <RowActions
                      className="library-actions"
                      actions={[
                        { label: t('library.open'), name: t('library.openLabel', { title: doc.title }), onSelect: () => onOpen(doc.id) },
                        {
                          label: t('library.renameAction'),
                          name: t('library.renameLabel', { title: doc.title }),
                          onSelect: () => setRenaming(doc),
                        },
                        {
                          label: t('library.removeAction'),
                          name: t('library.removeLabel', { title: doc.title }),
                          onSelect: () => setRemoving(doc),
                          danger: true,
                          disabled: documents.length <= 1,
                          title: documents.length <= 1 ? t('library.lastDocument') : undefined,
                        },
                      ]}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      {pasting && <PasteTextDialog onPreview={importer.previewPasted} onClose={() => setPasting(false)} />}
      {/* After the paste dialog has closed (and given focus back), so the preview returns focus to the page. */}
      {importer.draft && !pasting && (
        <ImportPreviewDialog draft={importer.draft} onCorrect={importer.correct} onSave={importer.save} onCancel={importer.cancel} />
      )}
      {renaming && (
        <RenameDialog document={renaming} onRename={(title) => library.rename(renaming.id, title)} onClose={() => setRenaming(null)} />
      )}
      {removing && (
        <RemoveDialog
          document={removing}
          onClose={() => setRemoving(null)}
          onRemove={() => {
            void library.remove(removing).then(() => mainRef.current?.focus());
          }}
        />
      )}
    </main>
  );
}
