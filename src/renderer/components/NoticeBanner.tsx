import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../shared/domain/notice';
import { noticeText, setAsideLines } from '../app/notice-text';

interface NoticeBannerProps {
  notice: Notice;
  onDismiss: (noticeId: string) => void;
  /** Restores the emergency copy the notice names; resolves once done (the page then reloads), rejects with the error. */
  onRestore?: (noticeId: string) => Promise<void>;
}

/** Something the app did on the deputy's behalf (e.g. a damaged data file set aside), until dismissed. */
export function NoticeBanner({ notice, onDismiss, onRestore }: NoticeBannerProps) {
  const { t, i18n } = useTranslation();
  const [restore, setRestore] = useState<'idle' | 'confirming' | 'restoring'>('idle');
  const restorable = notice.kind === 'emergency-copy' && onRestore !== undefined;
  const confirm = () => {
    if (!onRestore || restore === 'restoring') return;
    setRestore('restoring');
    onRestore(notice.id).catch(() => setRestore('idle'));
  };
  return (
    <div className="banner banner--notice" role="alert" data-notice-id={notice.id} data-notice-kind={notice.kind}>
      <div className="banner-text">
        <p className="banner-paragraph">{noticeText(notice, t, i18n.language)}</p>
        {notice.setAside.length > 0 && (
          <>
            <p className="banner-paragraph">{t('notice.setAsideList')}</p>
            <ul className="banner-list" data-testid="set-aside-list">
              {setAsideLines(notice, t).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {restore !== 'idle' && <p className="banner-paragraph">{t('notice.restoreConfirm')}</p>}
      </div>
      <div className="banner-actions">
        {restorable && restore === 'idle' && (
          <button type="button" className="text-button" onClick={() => setRestore('confirming')}>
            {t('notice.restoreCopy')}
          </button>
        )}
        {restorable && restore !== 'idle' && (
          <>
            <button type="button" className="text-button" aria-disabled={restore === 'restoring'} onClick={confirm}>
              {t(restore === 'restoring' ? 'notice.restoring' : 'notice.restoreYes')}
            </button>
            <button
              type="button"
              className="text-button"
              aria-disabled={restore === 'restoring'}
              onClick={() => restore === 'confirming' && setRestore('idle')}
            >
              {t('notice.restoreCancel')}
            </button>
          </>
        )}
        <button type="button" className="text-button" aria-label={t('notice.dismissLabel')} onClick={() => onDismiss(notice.id)}>
          {t('status.dismiss')}
        </button>
      </div>
    </div>
  );
}
