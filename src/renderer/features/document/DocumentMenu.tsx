import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT } from '../../../shared/domain/limits';
import type { DocumentDetail } from '../../../shared/domain/outline';
import type { VersionInfo } from './useDocumentVersions';
import { formatDateTime } from '../../app/date-format';
import { FileButton } from '../../components/FileButton';

interface DocumentMenuProps {
  versions: readonly VersionInfo[];
  viewingVersion: number | null;
  onImport: (file: File) => void;
  onOpenVersion: (version: number) => void;
  /** Exports every annotation as "deliberation notes" (DOCX). */
  onExportNotes?: () => void;
  /** Opens the comparison of two versions. */
  onCompare?: () => void;
  /** Publication details printed with the report ("Release date:…"), not part of its text. */
  details?: readonly DocumentDetail[];
}

/** The "Document" button: import a revised version (.txt, .md, .docx, .pdf), or open an earlier version read-only. */
export function DocumentMenu({
  versions,
  viewingVersion,
  onImport,
  onOpenVersion,
  onExportNotes,
  onCompare,
  details = [],
}: DocumentMenuProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const shownVersion = viewingVersion ?? versions.find((v) => v.current)?.version ?? null;
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((value) => !value)}
      >
        {t('document.menu')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={`${id}-menu`} className="menu-popover" hidden={!open}>
        <FileButton
          className="menu-item"
          label={t('document.importRevision')}
          accept={IMPORT_ACCEPT}
          testId="revision-file"
          onPress={() => {
            setOpen(false);
            return true;
          }}
          onFile={onImport}
        />
        {onExportNotes && (
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              setOpen(false);
              onExportNotes();
            }}
          >
            {t('notes.exportMenu')}
          </button>
        )}
        {onCompare && (
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              setOpen(false);
              onCompare();
            }}
          >
            {t('compare.menu')}
          </button>
        )}
        {details.length > 0 && (
          <>
            <h3 className="menu-heading" id={`${id}-details`}>
              {t('document.details')}
            </h3>
            <ul className="menu-list" aria-labelledby={`${id}-details`} data-testid="document-details">
              {details.map((detail) => (
                <li key={detail.text} className="menu-note">
                  {t('document.releaseDate', { value: detail.value })}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="menu-heading" id={`${id}-versions`}>
          {t('document.versions')}
        </h3>
        <ul className="menu-list" aria-labelledby={`${id}-versions`}>
          {versions.length === 0 && <li className="menu-note">{t('document.noVersions')}</li>}
          {[...versions].reverse().map((v) => (
            <li key={v.version}>
              <button
                type="button"
                className="menu-item"
                aria-current={v.version === shownVersion ? 'true' : undefined}
                onClick={() => {
                  setOpen(false);
                  onOpenVersion(v.version);
                }}
              >
                {t(v.current ? 'document.versionCurrent' : 'document.versionOld', { version: v.version, date: date(v.addedAt) })}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
