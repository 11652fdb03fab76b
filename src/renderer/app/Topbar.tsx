import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentMenu } from '../features/document/DocumentMenu';
import type { VersionInfo } from '../features/document/useDocumentVersions';
import { shortcutLabels } from './shortcuts';

const SHORTCUTS = shortcutLabels(typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform));

interface TopbarProps {
  title: string;
  readOnly: boolean;
  side: 'annotations' | 'search' | null;
  annotationCount: number;
  versions: readonly VersionInfo[];
  viewingVersion: number | null;
  onAnnotate: () => void;
  onTogglePanel: () => void;
  onSearch: () => void;
  onImport: (file: File) => void;
  onOpenVersion: (version: number) => void;
  settingsControls: ReactNode;
}

/** App name, document title, the workspace's commands and the settings controls. */
export function Topbar(props: TopbarProps) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <span className="app-name">{t('app.name')}</span>
      <h1 className="document-title" title={props.title}>
        {props.title}
      </h1>
      <div className="topbar-tools">
        {!props.readOnly && (
          <button
            type="button"
            className="toolbar-button"
            title={t('toolbar.annotateTitle', { shortcut: SHORTCUTS['annotation.annotate'] })}
            aria-keyshortcuts="Control+Shift+A Meta+Shift+A"
            // A press on the button must not collapse the selection it is about to annotate.
            onMouseDown={(event) => event.preventDefault()}
            onClick={props.onAnnotate}
          >
            <span aria-hidden="true">✎ </span>
            {t('toolbar.annotate')}
          </button>
        )}
        {!props.readOnly && (
          <button
            type="button"
            className="toolbar-button"
            aria-pressed={props.side === 'annotations'}
            title={t('toolbar.annotationsTitle', { shortcut: SHORTCUTS['annotations.togglePanel'] })}
            aria-keyshortcuts="Control+Shift+L Meta+Shift+L"
            onClick={props.onTogglePanel}
          >
            {t('toolbar.annotations')}
            <span className="count-badge">{props.annotationCount}</span>
          </button>
        )}
        <button
          type="button"
          className="toolbar-button"
          aria-pressed={props.side === 'search'}
          title={t('toolbar.searchTitle', { shortcut: SHORTCUTS['search.open'] })}
          aria-keyshortcuts="Control+F Meta+F"
          onClick={props.onSearch}
        >
          <span aria-hidden="true">⌕ </span>
          {t('toolbar.search')}
        </button>
        <DocumentMenu versions={props.versions} viewingVersion={props.viewingVersion} onImport={props.onImport} onOpenVersion={props.onOpenVersion} />
      </div>
      <div className="topbar-controls">{props.settingsControls}</div>
    </header>
  );
}
