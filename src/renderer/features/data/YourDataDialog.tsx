import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import { BACKUPS_KEPT } from '../../../shared/domain/limits';
import { useApi } from '../../app/api-context';
import { apiErrorMessage, errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import { FileButton } from '../../components/FileButton';
import { ModalDialog } from '../../components/ModalDialog';
import { completeDelivery } from '../../app/deliver';
import { backupsFolderOf } from '../../app/backup-date';
import { formatDateTime } from '../../app/date-format';
import { EmptyRemovedSection } from './EmptyRemovedSection';
import './data.css';

type Restored = ApiOutput<'data.restoreBackup'>;
interface Message {
  text: string;
  tone: 'info' | 'error';
}

/**
 * Where the deputy's data lives, when it was last saved, what the rolling backups are, and the
 * two ways to keep it safe by hand: back up everything to a file, restore from such a file.
 */
export function YourDataDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  // The page starts again from the restored file once the dialog closes: nothing cached is read again.
  const { mutateAsync: restoreBackup } = useApiMutation('data.restoreBackup', { invalidate: false });
  const { mutateAsync: exportBackup } = useApiMutation('data.exportBackup');
  const { mutateAsync: chooseBackupFile } = useApiMutation('data.chooseBackupFile');
  const id = useId();
  const reloadButton = useRef<HTMLButtonElement>(null);
  const info = useApiQuery('app.info', {});
  const healthRead = useApiQuery('app.health', {});
  const dataFolder = info.data?.dataFolder ?? null;
  const health = healthRead.data ?? null;
  const loadFailure = info.error ?? healthRead.error;
  const [busy, setBusy] = useState<'export' | 'restore' | null>(null);
  // Undefined until the deputy acts: until then the message shown is why the details could not be read.
  const [said, setMessage] = useState<Message | null | undefined>(undefined);
  const message: Message | null = said === undefined ? (loadFailure ? { text: errorText(loadFailure), tone: 'error' } : null) : said;
  // The file to restore: picked in the page (web host, uploaded on confirm) or held by the main side (desktop app).
  const [pending, setPending] = useState<{ fileName: string; file: File | null; fileId: string | null } | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  useEffect(() => {
    if (restored) reloadButton.current?.focus();
  }, [restored]);

  // After a restore the page holds the old data: it starts again from the restored file.
  // After emptying or restoring removed items the page shows them as they were: it starts again too.
  const [emptied, setEmptied] = useState(false);
  const close = restored || emptied ? () => window.location.reload() : onClose;

  const backUp = async () => {
    if (busy) return;
    setBusy('export');
    setMessage(null);
    try {
      const outcome = completeDelivery(await exportBackup({}));
      if (outcome.kind === 'saved') setMessage({ text: t('data.backupSaved', { path: outcome.path }), tone: 'info' });
      else if (outcome.kind === 'downloaded')
        setMessage({ text: t('data.backupDownloaded', { fileName: outcome.fileName }), tone: 'info' });
    } catch (error) {
      setMessage({ text: t('data.backupFailed', { message: errorText(error) }), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const chooseFile = (file: File) => {
    setMessage(null);
    setPending({ fileName: file.name, file, fileId: null });
  };

  // In the page (web host) the file input chooses; in the desktop app the main side does.
  const startRestore = () => {
    if (api.upload) return true;
    void chooseInMain();
    return false;
  };
  const chooseInMain = async () => {
    setMessage(null);
    try {
      const chosen = await chooseBackupFile({});
      if (chosen) setPending({ fileName: chosen.fileName, file: null, fileId: chosen.fileId });
    } catch (error) {
      setMessage({ text: t('data.restoreFailed', { message: errorText(error) }), tone: 'error' });
    }
  };

  const restore = async () => {
    if (!pending || busy) return;
    setBusy('restore');
    try {
      const fileId = pending.fileId ?? (await api.upload!(pending.file!, pending.fileName)).fileId;
      const summary = await restoreBackup({ fileId });
      setPending(null);
      setRestored(summary);
    } catch (error) {
      setPending(null);
      setMessage({ text: apiErrorMessage(error) ?? t('data.restoreFailed', { message: String(error) }), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const backupsFolder = dataFolder ? backupsFolderOf(dataFolder) : '';
  const lastSaved = health?.lastSavedAt ? formatDateTime(health.lastSavedAt, i18n.language, 'long') : t('data.notSavedYet');

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={close} className="your-data-dialog">
      <div className="editor-form" data-testid="your-data-dialog">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('data.title')}
        </h2>
        <p className="field-hint">{t('data.intro')}</p>
        {dataFolder === null || health === null ? (
          !message && <p role="status">{t('data.loading')}</p>
        ) : (
          <dl className="data-facts">
            <dt>{t('data.folder')}</dt>
            <dd className="data-path" data-testid="data-folder">
              {dataFolder}
            </dd>
            <dt>{t('data.lastSaved')}</dt>
            <dd data-testid="last-saved">
              {lastSaved}
              {!health.ok && (
                <p className="data-warning-text">{t('data.notSavingShort', { problem: health.problem ?? t('data.unknownProblem') })}</p>
              )}
            </dd>
            <dt>{t('data.backups')}</dt>
            <dd>
              <p className="data-text">{t('data.backupsExplained', { kept: BACKUPS_KEPT })}</p>
              <p className="data-path" data-testid="backups-folder">
                {backupsFolder}
              </p>
            </dd>
          </dl>
        )}

        <section className="data-section" aria-labelledby={`${id}-safe`}>
          <h3 id={`${id}-safe`} className="data-section-title">
            {t('data.keepSafe')}
          </h3>
          <p className="field-hint">{t('data.keepSafeHint')}</p>
          <div className="data-actions">
            <button type="button" className="text-button" aria-disabled={busy !== null || restored !== null} onClick={() => void backUp()}>
              {t(busy === 'export' ? 'data.backingUp' : 'data.backUp')}
            </button>
            <FileButton
              className="text-button"
              aria-disabled={busy !== null || restored !== null}
              aria-describedby={`${id}-restore-hint`}
              label={t('data.restore')}
              accept=".zip,.json,application/zip,application/json"
              testId="restore-file"
              onPress={startRestore}
              onFile={chooseFile}
            />
          </div>
          <p id={`${id}-restore-hint`} className="field-hint">
            {t('data.restoreHint')}
          </p>
        </section>
        <EmptyRemovedSection onChanged={() => setEmptied(true)} />

        <div role="status">
          {message?.tone === 'info' && <p className="data-message">{message.text}</p>}
          {restored && (
            <p className="data-message" data-testid="restore-done">
              {t('data.restored', {
                documents: t('data.restoredDocuments', { count: restored.documents }),
                annotations: t('data.restoredAnnotations', { count: restored.annotations }),
                drafts: t('data.restoredDrafts', { count: restored.drafts }),
              })}{' '}
              {restored.previousKeptAt && t('data.previousKept', { path: restored.previousKeptAt })} {t('data.reloadHint')}
            </p>
          )}
        </div>
        <div role="alert">
          {message?.tone === 'error' && (
            <p className="data-message data-message--error" data-testid="data-error">
              {message.text}
            </p>
          )}
        </div>

        <div className="dialog-actions">
          <span className="dialog-spacer" />
          {restored ? (
            <button ref={reloadButton} type="button" className="primary-button" onClick={close}>
              {t('data.reload')}
            </button>
          ) : (
            <button type="button" className="text-button" onClick={close}>
              {t('data.close')}
            </button>
          )}
        </div>
      </div>
      {pending && (
        <RestoreConfirm
          fileName={pending.fileName}
          backupsFolder={backupsFolder}
          busy={busy === 'restore'}
          onConfirm={() => void restore()}
          onCancel={() => setPending(null)}
        />
      )}
    </ModalDialog>
  );
}

interface RestoreConfirmProps {
  fileName: string;
  backupsFolder: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Replace everything with this file?" — the current data is kept as a backup first. */
function RestoreConfirm({ fileName, backupsFolder, busy, onConfirm, onCancel }: RestoreConfirmProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={busy ? () => undefined : onCancel} className="restore-confirm">
      <div className="editor-form" data-testid="restore-confirm" aria-describedby={`${id}-text`}>
        <h2 id={`${id}-title`} className="dialog-title">
          {t('data.confirmTitle')}
        </h2>
        <p id={`${id}-text`}>{t('data.confirmText', { fileName, folder: backupsFolder })}</p>
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onCancel} aria-disabled={busy}>
            {t('data.cancel')}
          </button>
          <button type="button" className="primary-button" onClick={busy ? undefined : onConfirm} aria-disabled={busy}>
            {t(busy ? 'data.restoring' : 'data.confirmRestore')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
