import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/domain/annotation';
import { ModalDialog } from '../../components/ModalDialog';
import { KIND_ICONS } from '../annotations/kinds';
import { excerpt } from './reader-jump';

interface AnnotationPickerDialogProps {
  itemTitle: string;
  annotations: readonly Annotation[];
  citationOf: (paragraphId: string) => string;
  linked: ReadonlySet<string>;
  onToggle: (annotationId: string, link: boolean) => void;
  onClose: () => void;
}

/** The deputy's annotations (kind, place, quote, note): a press links or unlinks one. */
export function AnnotationPickerDialog({ itemTitle, annotations, citationOf, linked, onToggle, onClose }: AnnotationPickerDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="vote-picker-dialog">
      <div className="chooser vote-picker" data-testid="annotation-picker">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('votes.links.pickAnnotationTitle')}
        </h2>
        <p className="field-hint">{t('votes.links.pickAnnotationHint', { title: itemTitle })}</p>
        <div className="vote-picker-list">
          {annotations.length === 0 ? (
            <p className="panel-empty">{t('votes.links.noAnnotations')}</p>
          ) : (
            <ul className="vote-picker-paragraphs">
              {annotations.map((a) => {
                const isLinked = linked.has(a.id);
                return (
                  <li key={a.id}>
                    <button type="button" className="vote-picker-option" aria-pressed={isLinked} onClick={() => onToggle(a.id, !isLinked)}>
                      <span className={`kind-badge kind-badge--${a.kind}`} aria-hidden="true">
                        {KIND_ICONS[a.kind]}
                      </span>
                      <span className="vote-picker-citation">
                        {t(`kinds.${a.kind}`)} · {citationOf(a.target.paragraphId) || t('votes.links.orphaned')}
                      </span>
                      <span className="vote-picker-text">
                        “{excerpt(a.target.quote.exact, 90)}”{a.note.trim() !== '' && <span className="vote-picker-note"> — {excerpt(a.note, 80)}</span>}
                      </span>
                      <span className="vote-picker-state">{isLinked ? t('votes.links.linked') : t('votes.links.link')}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="primary-button" onClick={onClose}>
            {t('votes.done')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
