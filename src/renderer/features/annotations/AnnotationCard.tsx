import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/domain/annotation';
import type { DraftKind } from '../../../shared/domain/draft';
import { KindBadge } from './KindPicker';

interface AnnotationCardProps {
  annotation: Annotation;
  citation: string;
  onJump: (annotation: Annotation) => void;
  /** The actions on an annotation of the open document (another document's card only opens it). */
  actions?: CardActions;
}

interface CardActions {
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  onReattach: (annotation: Annotation) => void;
  /** Starts a suggestion or proposal quoting this annotation (its note starts the reasons). */
  onDraft?: (annotation: Annotation, kind: DraftKind) => void;
}

/** One annotation in the panel: kind, citation, quote (a button that jumps to it), note, tags and actions. */
export function AnnotationCard({ annotation, citation, onJump, actions }: AnnotationCardProps) {
  const { t } = useTranslation();
  const orphaned = annotation.status === 'orphaned';
  return (
    <li
      className={`annotation-card annotation-card--${annotation.kind}${orphaned ? ' annotation-card--orphaned' : ''}`}
      data-annotation-id={annotation.id}
      data-status={annotation.status}
    >
      <div className="card-meta">
        <KindBadge kind={annotation.kind} />
        {citation && <span className="card-citation">{citation}</span>}
        {annotation.status !== 'exact' && (
          <span className={`status-chip status-chip--${annotation.status}`}>{t(`annotation.status.${annotation.status}`)}</span>
        )}
      </div>
      {orphaned ? (
        <blockquote className="card-quote card-quote--orphaned">{annotation.target.quote.exact}</blockquote>
      ) : (
        <button
          type="button"
          className="card-quote card-quote--link"
          onClick={() => onJump(annotation)}
          aria-label={t('panel.jumpTo', { quote: shorten(annotation.target.quote.exact) })}
        >
          {annotation.target.quote.exact}
        </button>
      )}
      {annotation.note && <p className="card-note">{annotation.note}</p>}
      {annotation.tags.length > 0 && (
        <ul className="card-tags" aria-label={t('annotation.tags')}>
          {annotation.tags.map((tag) => (
            <li key={tag} className="tag-chip tag-chip--small">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {actions && <CardActionButtons annotation={annotation} {...actions} />}
    </li>
  );
}

function CardActionButtons({ annotation, onEdit, onDelete, onReattach, onDraft }: CardActions & { annotation: Annotation }) {
  const { t } = useTranslation();
  const orphaned = annotation.status === 'orphaned';
  return (
    <>
      <div className="card-actions">
        {orphaned && (
          <button type="button" className="text-button" onClick={() => onReattach(annotation)} title={t('panel.reattachHint')}>
            {t('panel.reattach')}
          </button>
        )}
        <button
          type="button"
          className="text-button"
          onClick={() => onEdit(annotation)}
          aria-label={t('panel.editLabel', { quote: shorten(annotation.target.quote.exact) })}
        >
          {t('panel.edit')}
        </button>
        <button
          type="button"
          className="text-button"
          onClick={() => onDelete(annotation)}
          aria-label={t('panel.deleteLabel', { quote: shorten(annotation.target.quote.exact) })}
        >
          {t('annotation.delete')}
        </button>
      </div>
      {onDraft && (
        <div className="card-actions card-actions--draft">
          <button
            type="button"
            className="text-button"
            onClick={() => onDraft(annotation, 'suggestion')}
            aria-label={t('drafts.draftSuggestionLabel', { quote: shorten(annotation.target.quote.exact) })}
          >
            {t('drafts.draftSuggestion')}
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => onDraft(annotation, 'proposal')}
            aria-label={t('drafts.draftProposalLabel', { quote: shorten(annotation.target.quote.exact) })}
          >
            {t('drafts.draftProposal')}
          </button>
        </div>
      )}
    </>
  );
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
