import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { YourDataButton } from '../features/data/YourDataButton';
import { DocumentMenu } from '../features/document/DocumentMenu';
import { FIGURES_KEYSHORTCUTS, FIGURES_SHORTCUT } from '../features/figures/useFiguresLayer';
import type { VersionInfo } from '../features/document/useDocumentVersions';
import { shortcutLabels } from './shortcuts';
import { VIEWS, type ViewId } from './views';
import { ViewSwitcher } from './ViewSwitcher';
import type { DocumentDetail } from '../../shared/domain/outline';

const SHORTCUTS = shortcutLabels(typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform));

interface TopbarProps {
  title: string;
  readOnly: boolean;
  side: 'annotations' | 'search' | 'figures' | null;
  annotationCount: number;
  versions: readonly VersionInfo[];
  viewingVersion: number | null;
  onAnnotate: () => void;
  onTogglePanel: () => void;
  onSearch: () => void;
  onImport: (file: File) => void;
  onOpenVersion: (version: number) => void;
  settingsControls: ReactNode;
  view: ViewId;
  onView: (view: ViewId) => void;
  /** Exports every annotation as "deliberation notes" (DOCX), from the Document menu. */
  onExportNotes?: () => void;
  /** Opens the comparison of the document's versions, from the Document menu. */
  onCompare?: () => void;
  /** Shows or hides the figures and targets panel. */
  onToggleFigures?: () => void;
  /** The shown document's publication details, listed in the Document menu. */
  details?: readonly DocumentDetail[];
}

/** App name, document title, the workspace's commands and the settings controls. */
export function Topbar(props: TopbarProps) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      {/* Row 1: where you are in the app, and the settings that apply everywhere. */}
      <div className="topbar-row">
        <span className="app-name">{t('app.name')}</span>
        <ViewSwitcher view={props.view} onSelect={props.onView} />
        <div className="topbar-controls">
          <YourDataButton />
          {props.settingsControls}
        </div>
      </div>
      {/* Row 2: what is open, and the commands for it. */}
      <div className="topbar-row topbar-row--context">
        <h1 className="document-title" title={props.view === 'reader' ? props.title : undefined}>
          {props.view === 'reader' ? props.title : t(VIEWS.find((v) => v.id === props.view)!.labelKey)}
        </h1>
        {props.view === 'reader' && (
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
            {props.onToggleFigures && (
              <button
                type="button"
                className="toolbar-button"
                aria-pressed={props.side === 'figures'}
                title={t('figures.toolbarTitle', { shortcut: FIGURES_SHORTCUT })}
                aria-keyshortcuts={FIGURES_KEYSHORTCUTS}
                onClick={props.onToggleFigures}
                data-testid="figures-toggle"
              >
                <span aria-hidden="true">% </span>
                {t('figures.toolbar')}
              </button>
            )}
            <DocumentMenu
              versions={props.versions}
              viewingVersion={props.viewingVersion}
              onImport={props.onImport}
              onOpenVersion={props.onOpenVersion}
              onExportNotes={props.onExportNotes}
              onCompare={props.onCompare}
              details={props.details}
            />
          </div>
        )}
      </div>
    </header>
  );
}
