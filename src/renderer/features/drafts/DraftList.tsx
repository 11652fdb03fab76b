import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from './draft-cache';
import { formatDateTime } from '../../app/date-format';

interface DraftListProps {
  drafts: readonly DraftSummary[];
  openId: string | null;
  onOpen: (draftId: string) => void;
  onDuplicate: (draftId: string) => void;
  onDelete: (draft: DraftSummary) => void;
}

/** Every draft: title (or "Untitled"), kind, last change, and whether it is ready to export (in words, not only colour). */
export const DraftList = memo(function DraftList({ drafts, openId, onOpen, onDuplicate, onDelete }: DraftListProps) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <ul className="draft-list" data-testid="draft-list">
      {drafts.map((draft) => {
        const title = draft.title.trim() || t('drafts.untitled');
        return (
          <li key={draft.id} className={`draft-item${draft.id === openId ? ' draft-item--open' : ''}`} data-draft-id={draft.id}>
            <button
              type="button"
              className="draft-open"
              aria-current={draft.id === openId ? 'true' : undefined}
              onClick={() => onOpen(draft.id)}
            >
              <span className={`draft-title${draft.title.trim() ? '' : ' draft-title--untitled'}`}>{title}</span>
              <span className="draft-meta">
                <span className={`draft-kind draft-kind--${draft.kind}`}>{t(`drafts.kind.${draft.kind}`)}</span>
                <span lang={draft.language}>{draft.language === 'zh-CN' ? '中文' : 'EN'}</span>
                <span>{t('drafts.updated', { date: date(draft.updatedAt) })}</span>
              </span>
              <span className={`ready-badge ready-badge--${draft.exportable ? 'ready' : 'not-ready'}`}>
                <span aria-hidden="true">{draft.exportable ? '✓ ' : '○ '}</span>
                {t(draft.exportable ? 'drafts.ready' : 'drafts.notReady')}
              </span>
            </button>
            <div className="draft-actions">
              <button
                type="button"
                className="text-button text-button--small"
                aria-label={t('drafts.duplicateLabel', { title })}
                onClick={() => onDuplicate(draft.id)}
              >
                {t('drafts.duplicate')}
              </button>
              <button
                type="button"
                className="text-button text-button--small text-button--danger"
                aria-label={t('drafts.deleteLabel', { title })}
                onClick={() => onDelete(draft)}
              >
                {t('drafts.delete')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
});
