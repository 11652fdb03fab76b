import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageStatus } from '../features/data/StorageStatus';
import { useNoticeAutoDismiss } from './useNoticeAutoDismiss';
import { noticeText, type WorkspaceNotice } from './workspace-notice';

interface WorkspaceBannersProps {
  banners: ReactNode;
  notice: WorkspaceNotice | null;
  onDismiss: () => void;
  /** The earlier version shown read-only, or null. */
  viewing: number | null;
  onBack: () => void;
}

/** The app's banners, then the workspace's latest notice (with Undo after a delete) and the read-only banner. */
export function WorkspaceBanners({ banners, notice, onDismiss, viewing, onBack }: WorkspaceBannersProps) {
  const { t } = useTranslation();
  const holdOpen = useNoticeAutoDismiss(notice, onDismiss);
  // Worded at display time, so a language switch re-words a notice already shown.
  const text = notice ? noticeText(notice, t) : '';
  return (
    <div className="banners">
      <StorageStatus />
      {banners}
      <div className="live-region" role="status" aria-live="polite">
        {notice && notice.tone === 'info' && (
          <div className="banner banner--info" data-testid="workspace-notice" {...holdOpen}>
            <p className="banner-text">{text}</p>
            <div className="banner-actions">
              {notice.undo && (
                <button
                  type="button"
                  className="text-button"
                  onClick={() => {
                    onDismiss();
                    notice.undo?.();
                  }}
                >
                  {t('annotation.undo')}
                </button>
              )}
              <button type="button" className="text-button" aria-label={t('notice.dismissLabel')} onClick={onDismiss}>
                {t('status.dismiss')}
              </button>
            </div>
          </div>
        )}
      </div>
      <div className="live-region" role="alert">
        {notice && notice.tone !== 'info' && (
          <div className={`banner banner--${notice.tone}`} data-testid={`workspace-${notice.tone}`}>
            <p className="banner-text">{text}</p>
            <button type="button" className="text-button" aria-label={t('notice.dismissLabel')} onClick={onDismiss}>
              {t('status.dismiss')}
            </button>
          </div>
        )}
      </div>
      {viewing !== null && (
        <div className="banner banner--readonly" data-testid="readonly-banner">
          <p className="banner-text">
            <strong>{t('document.readOnly', { version: viewing })}</strong> {t('document.readOnlyHint')}
          </p>
          <button type="button" className="primary-button" onClick={onBack}>
            {t('document.backToCurrent')}
          </button>
        </div>
      )}
    </div>
  );
}
