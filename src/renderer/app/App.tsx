import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../shared/domain/notice';
import type { Language, Settings } from '../../shared/domain/settings';
import { ErrorBanner } from '../components/ErrorBanner';
import { NoticeBanner } from '../components/NoticeBanner';
import { InterfaceZoomControl } from '../features/settings/InterfaceZoomControl';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { TextSizeControl } from '../features/settings/TextSizeControl';
import { switchLanguage } from '../i18n/i18n';
import { resolveLanguage } from '../i18n/resolve-language';
import { useApiMutation } from './query/useApiMutation';
import { apiErrorMessage, errorText } from './error-message';
import { modifierLabel } from './shortcuts';
import { EmptyLibraryError, useBoot, type BootData, type TakeEarlyBoot } from './useBoot';
import { Workspace } from './Workspace';

const MOD = modifierLabel(typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform));

export function App({ takeEarlyBoot }: { takeEarlyBoot?: TakeEarlyBoot }) {
  const { t } = useTranslation();
  const { state, retry } = useBoot(takeEarlyBoot);

  useEffect(() => {
    if (state.status !== 'ready') document.title = t('app.name');
  }, [state.status, t]);

  if (state.status === 'loading') {
    return (
      <main className="app app--status">
        <h1 className="app-name app-name--large">{t('app.name')}</h1>
        <p className="status-text" role="status">
          {t('status.loading')}
        </p>
      </main>
    );
  }

  if (state.status === 'error') {
    const message =
      state.error instanceof EmptyLibraryError
        ? t('status.emptyLibrary')
        : (apiErrorMessage(state.error) ?? t('status.unexpected', { message: String(state.error) }));
    return (
      <main className="app app--status">
        <h1 className="app-name app-name--large">{t('app.name')}</h1>
        <div className="status-error" role="alert">
          <p className="status-title">{t('status.loadFailed')}</p>
          <p className="status-message">{message}</p>
          <button type="button" className="primary-button" onClick={retry}>
            {t('status.retry')}
          </button>
        </div>
      </main>
    );
  }

  return <ReaderApp data={state.data} />;
}

interface ActionError {
  message: string;
  retry: () => void;
}

function ReaderApp({ data }: { data: BootData }) {
  const { t } = useTranslation();
  // The main side's answers are the settings and notices stored: nothing cached needs reading again.
  const { mutateAsync: saveSettings } = useApiMutation('settings.update', { invalidate: false });
  const { mutateAsync: sendDismissal } = useApiMutation('app.dismissNotice', { invalidate: false });
  const { mutateAsync: restoreCopy } = useApiMutation('data.restoreEmergencyCopy', { invalidate: false });
  const [settings, setSettings] = useState<Settings>(data.settings);
  const confirmed = useRef<Settings>(data.settings);
  const [notices, setNotices] = useState<Notice[]>(data.notices);
  const [actionError, setActionError] = useState<ActionError | null>(null);
  const language = resolveLanguage(settings.language, navigator.language);

  const reportError = useCallback(
    (error: unknown, retry: () => void) => {
      const message = errorText(error);
      setActionError({ message: t('status.saveFailed', { message }), retry });
    },
    [t],
  );

  const updateSettings = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => ({ ...current, ...patch }));
      if (patch.language) void switchLanguage(patch.language);
      const run = () => {
        saveSettings(patch).then(
          (saved) => {
            confirmed.current = saved;
          },
          (error: unknown) => {
            // Show what is really stored, and offer to try again.
            setSettings(confirmed.current);
            void switchLanguage(resolveLanguage(confirmed.current.language, navigator.language));
            reportError(error, () => {
              setSettings((current) => ({ ...current, ...patch }));
              if (patch.language) void switchLanguage(patch.language);
              run();
            });
          },
        );
      };
      run();
    },
    [saveSettings, reportError],
  );

  const onMinCoSigners = useCallback(
    async (proposalMinCoSigners: number) => {
      const saved = await saveSettings({ proposalMinCoSigners });
      confirmed.current = saved;
      setSettings((current) => ({ ...current, proposalMinCoSigners: saved.proposalMinCoSigners }));
    },
    [saveSettings],
  );
  const onTextSize = useCallback((textSize: number) => updateSettings({ textSize }), [updateSettings]);
  const onLanguage = useCallback((next: Language) => updateSettings({ language: next }), [updateSettings]);
  const onInterfaceZoom = useCallback((interfaceZoom: number) => updateSettings({ interfaceZoom }), [updateSettings]);
  const onPaneLayout = useCallback((paneLayout: Settings['paneLayout']) => updateSettings({ paneLayout }), [updateSettings]);

  const dismissNotice = useCallback(
    function dismiss(noticeId: string) {
      const notice = data.notices.find((n) => n.id === noticeId);
      setNotices((list) => list.filter((n) => n.id !== noticeId));
      sendDismissal({ noticeId }).catch((error: unknown) => {
        if (notice) setNotices((list) => (list.some((n) => n.id === noticeId) ? list : [...list, notice]));
        reportError(error, () => dismiss(noticeId));
      });
    },
    [sendDismissal, data.notices, reportError],
  );

  // After a restore the page holds the old data: it starts again from the restored file.
  const restoreEmergencyCopy = useCallback(
    async function restore(noticeId: string): Promise<void> {
      try {
        await restoreCopy({ noticeId });
      } catch (error) {
        reportError(error, () => void restore(noticeId).catch(() => undefined));
        throw error;
      }
      window.location.reload();
    },
    [restoreCopy, reportError],
  );

  const banners =
    notices.length > 0 || actionError ? (
      <>
        {notices.map((notice) => (
          <NoticeBanner key={notice.id} notice={notice} onDismiss={dismissNotice} onRestore={restoreEmergencyCopy} />
        ))}
        {actionError && (
          <ErrorBanner
            message={actionError.message}
            onRetry={() => {
              setActionError(null);
              actionError.retry();
            }}
            onDismiss={() => setActionError(null)}
          />
        )}
      </>
    ) : null;

  return (
    <Workspace
      initialDocument={data.document}
      initialParagraphId={data.initialParagraphId}
      textSize={settings.textSize}
      onError={reportError}
      banners={banners}
      minCoSigners={settings.proposalMinCoSigners}
      onMinCoSigners={onMinCoSigners}
      paneLayout={settings.paneLayout}
      onPaneLayout={onPaneLayout}
      settingsControls={
        <>
          <InterfaceZoomControl zoom={settings.interfaceZoom} onChange={onInterfaceZoom} mod={MOD} />
          <TextSizeControl size={settings.textSize} onChange={onTextSize} mod={MOD} />
          <LanguageSwitch language={language} onChange={onLanguage} />
        </>
      }
    />
  );
}
