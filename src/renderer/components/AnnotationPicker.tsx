import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../shared/domain/annotation';
import { KIND_ICONS } from './annotation-kinds';
import { excerpt } from './excerpt';
import { LinkToggle } from './LinkToggle';
import './pickers.css';

/** The annotations of one document, with the citations of its paragraphs. */
export interface AnnotationGroup {
  documentId: string;
  documentTitle: string;
  annotations: readonly Annotation[];
  citationOf: (paragraphId: string) => string;
}

interface AnnotationPickerProps {
  groups: readonly AnnotationGroup[];
  linked: ReadonlySet<string>;
  onToggle: (annotationId: string, link: boolean) => void;
}

/** The deputy's annotations of every document, under each document's title (kind, place, quote, note): a press links or unlinks one. */
export function AnnotationPicker({ groups, linked, onToggle }: AnnotationPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const shown = groups.filter((g) => g.annotations.length > 0);
  return (
    <div className="picker-list">
      {shown.length === 0 && <p className="panel-empty">{t('votes.links.noAnnotations')}</p>}
      {shown.map((group) => (
        <section key={group.documentId} className="picker-section" aria-labelledby={`${id}-${group.documentId}`}>
          <h3 id={`${id}-${group.documentId}`} className="picker-heading">
            {group.documentTitle}
          </h3>
          <ul className="picker-paragraphs">
            {group.annotations.map((a) => {
              return (
                <li key={a.id}>
                  <LinkToggle linked={linked.has(a.id)} onToggle={(link) => onToggle(a.id, link)}>
                    <span className={`kind-badge kind-badge--${a.kind}`} aria-hidden="true">
                      {KIND_ICONS[a.kind]}
                    </span>
                    <span className="picker-citation">
                      {t(`kinds.${a.kind}`)} · {group.citationOf(a.target.paragraphId) || t('votes.links.orphaned')}
                    </span>
                    <span className="picker-text">
                      “{excerpt(a.target.quote.exact, 90)}”
                      {a.note.trim() !== '' && <span className="picker-note"> — {excerpt(a.note, 80)}</span>}
                    </span>
                  </LinkToggle>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
