import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftKind } from '../../../shared/domain/draft';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { ApiCallError } from '../../api/client';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useShortcuts } from '../../app/useShortcuts';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { FileButton } from '../../components/FileButton';
import { CoSignRequests } from './CoSignRequests';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { ProfileDialog } from './ProfileDialog';
import type { DraftSummary } from './draft-cache';
import type { UnsavedChanges } from './draft-change';
import { useDraftList } from './useDraftList';
import { DRAFTS_MAIN_ID } from '../../app/view-ids';

interface DraftsViewProps {
  /** The open draft (from the URL hash), or null. */
  draftId: string | null;
  onOpen: (draftId: string | null) => void;
  minCoSigners: number;
  onMinCoSigners: (value: number) => Promise<void>;
  notify: (notice: WorkspaceNotice | null) => void;
  /** Kept by the workspace, so typed text that could not be saved outlives this view. */
  unsaved: UnsavedChanges;
}

/** The drafts view: the list of suggestions and proposals, new / import / profile, and the open draft's editor. */
export function DraftsView({ draftId, onOpen, minCoSigners, onMinCoSigners, notify, unsaved }: DraftsViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const list = useDraftList(notify, onOpen);
  const [language, setLanguage] = useState<Language>(i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
  const [profileOpen, setProfileOpen] = useState(false);

  useShortcuts({ 'edit.undoDelete': () => void list.undoLast() });

  const onDelete = useCallback(
    (draft: DraftSummary) => void list.remove(draft.id, draft.title.trim() || t('drafts.untitled'), draft.id === draftId),
    [list, draftId, t],
  );
  const onDuplicate = useCallback((draftId: string) => void list.duplicate(draftId), [list]);
  const create = (kind: DraftKind) => void list.create(kind, language);

  return (
    <main id={DRAFTS_MAIN_ID} className="drafts-view" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="drafts-view">
      <aside className="drafts-sidebar" aria-labelledby={`${id}-list`}>
        <div className="drafts-toolbar">
          <h2 id={`${id}-title`} className="visually-hidden">
            {t('drafts.title')}
          </h2>
          <div className="new-draft" role="group" aria-label={t('drafts.newGroup')}>
            <button type="button" className="primary-button" onClick={() => create('suggestion')}>
              {t('drafts.newSuggestion')}
            </button>
            <button type="button" className="primary-button" onClick={() => create('proposal')}>
              {t('drafts.newProposal')}
            </button>
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-language`} className="field-label">
              {t('drafts.newLanguage')}
            </label>
            <select
              id={`${id}-language`}
              className="draft-input"
              value={language}
              onChange={(event) => setLanguage(LANGUAGES.find((l) => l === event.target.value) ?? language)}
            >
              {LANGUAGES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t(`language.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="drafts-tools">
            <button type="button" className="text-button text-button--small" onClick={() => setProfileOpen(true)}>
              {t('drafts.profile')}
            </button>
            <FileButton
              className="text-button text-button--small"
              label={t('drafts.importJson')}
              accept=".json,application/json"
              testId="draft-import-file"
              onFile={(file) => void list.importFile(file)}
            />
          </div>
        </div>
        <h3 id={`${id}-list`} className="side-panel-title drafts-list-title">
          {t('drafts.listTitle')}
        </h3>
        {list.drafts === null ? (
          <p className="panel-empty" role={list.loadError ? 'alert' : 'status'}>
            {list.loadError ? t('drafts.listFailed', { message: list.loadError }) : t('drafts.loadingList')}
          </p>
        ) : list.drafts.length === 0 ? (
          <p className="panel-empty">{t('drafts.empty')}</p>
        ) : (
          <DraftList drafts={list.drafts} openId={draftId} onOpen={onOpen} onDuplicate={onDuplicate} onDelete={onDelete} />
        )}
        <CoSignRequests notify={notify} />
      </aside>
      <div className="drafts-detail">
        {draftId ? (
          <OpenDraft
            key={draftId}
            draftId={draftId}
            minCoSigners={minCoSigners}
            unsaved={unsaved}
            notify={notify}
            onDuplicate={onDuplicate}
            onDelete={(draftId, title) => void list.remove(draftId, title, true)}
            onMissing={() => onOpen(null)}
          />
        ) : (
          <p className="drafts-none">{t('drafts.noneOpen')}</p>
        )}
      </div>
      {profileOpen && (
        <ProfileDialog
          minCoSigners={minCoSigners}
          onMinCoSigners={onMinCoSigners}
          onClose={() => setProfileOpen(false)}
          onSaved={() => {
            setProfileOpen(false);
            notify({ key: 'profile.saved', tone: 'info' });
          }}
        />
      )}
    </main>
  );
}

interface OpenDraftProps {
  draftId: string;
  minCoSigners: number;
  unsaved: UnsavedChanges;
  notify: (notice: WorkspaceNotice | null) => void;
  onDuplicate: (draftId: string) => void;
  onDelete: (draftId: string, title: string) => void;
  onMissing: () => void;
}

/** Loads one draft, then shows its editor. */
function OpenDraft({ draftId, onMissing, ...editorProps }: OpenDraftProps) {
  const { t } = useTranslation();
  const read = useApiQuery('draft.get', { draftId });
  const { refetch } = read;
  const state: { draft: Draft } | { error: string; missing: boolean } | null = read.data
    ? { draft: read.data }
    : read.error
      ? { error: errorText(read.error), missing: read.error instanceof ApiCallError && read.error.code === 'NOT_FOUND' }
      : null;

  if (state === null)
    return (
      <p role="status" className="drafts-none">
        {t('drafts.loadingDraft')}
      </p>
    );
  if ('error' in state) {
    return (
      <div className="status-error drafts-error" role="alert">
        <p className="status-message">{t('drafts.loadFailed', { message: state.error })}</p>
        <button type="button" className="primary-button" onClick={state.missing ? onMissing : () => void refetch()}>
          {t(state.missing ? 'drafts.backToList' : 'status.retry')}
        </button>
      </div>
    );
  }
  return <DraftEditor draft={state.draft} {...editorProps} />;
}
