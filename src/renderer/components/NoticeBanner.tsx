import { useTranslation } from 'react-i18next';
import type { Notice } from '../../shared/domain/notice';
import { noticeText, setAsideLines } from '../features/data/notice-text';

interface NoticeBannerProps {
  notice: Notice;
  onDismiss: (noticeId: string) => void;
}

/** Something the app did on the deputy's behalf (e.g. a damaged data file set aside), until dismissed. */
export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps) {
  const { t, i18n } = useTranslation();
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
      </div>
      <button type="button" className="text-button" aria-label={t('notice.dismissLabel')} onClick={() => onDismiss(notice.id)}>
        {t('status.dismiss')}
      </button>
    </div>
  );
}
