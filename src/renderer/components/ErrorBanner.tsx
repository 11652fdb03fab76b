import { useTranslation } from 'react-i18next';

interface ErrorBannerProps {
  message: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A failed call, in the main side's words, with Retry (and Dismiss when the app can go on without it). */
export function ErrorBanner({ message, onRetry, onDismiss }: ErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner-text">{message}</p>
      <div className="banner-actions">
        {onRetry && (
          <button type="button" className="text-button" onClick={onRetry}>
            {t('status.retry')}
          </button>
        )}
        {onDismiss && (
          <button type="button" className="text-button" onClick={onDismiss}>
            {t('status.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
