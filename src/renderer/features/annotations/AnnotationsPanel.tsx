import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import type { DraftKind } from '../../../shared/domain/draft';
import type { OutlineEntry } from '../../app/reading/section-tree';
import { filterAnnotations, isFiltering, NO_FILTER, sortForPanel, tagsInUse, type AnnotationFilter } from './annotation-filters';
import { AnnotationCard } from './AnnotationCard';
import { ANNOTATION_KINDS } from '../../components/annotation-kinds';

interface AnnotationsPanelProps {
  annotations: readonly Annotation[];
  sections: readonly OutlineEntry[];
  sectionOf: (paragraphId: string) => string | undefined;
  citationOf: (paragraphId: string) => string;
  onJump: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  onReattach: (annotation: Annotation) => void;
  onClose: () => void;
  /** The keyboard help line. */
  help: string;
  /** Starts a draft from an annotation. */
  onDraft?: (annotation: Annotation, kind: DraftKind) => void;
  /** Exports every annotation as "deliberation notes" (DOCX). */
  onExportNotes?: () => void;
}

/** Every annotation with its quote, note, tags, kind and citation; filters by kind, tag, section and text. */
export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const { annotations, sections, sectionOf } = props;
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const tags = useMemo(() => tagsInUse(annotations), [annotations]);
  const shown = useMemo(() => sortForPanel(filterAnnotations(annotations, filter, sectionOf)), [annotations, filter, sectionOf]);
  const set = (patch: Partial<AnnotationFilter>) => setFilter((current) => ({ ...current, ...patch }));

  // After a delete, focus goes to the card that took the deleted one's place (or the one before it, or the panel's title).
  const listRef = useRef<HTMLUListElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const refocus = useRef<{ id: string; index: number } | null>(null);
  const onDelete = (annotation: Annotation) => {
    refocus.current = { id: annotation.id, index: shown.indexOf(annotation) };
    props.onDelete(annotation);
  };
  useEffect(() => {
    const pending = refocus.current;
    if (!pending || shown.some((a) => a.id === pending.id)) return;
    refocus.current = null;
    const cards = listRef.current?.querySelectorAll<HTMLElement>('.annotation-card') ?? [];
    const card = cards[Math.min(pending.index, cards.length - 1)];
    (card?.querySelector<HTMLElement>('button') ?? titleRef.current)?.focus();
  }, [shown]);

  return (
    <aside className="side-panel annotations-panel" aria-labelledby={`${id}-title`} data-testid="annotations-panel">
      <div className="side-panel-header">
        <h2 id={`${id}-title`} className="side-panel-title" ref={titleRef} tabIndex={-1}>
          {t('panel.title')}
        </h2>
        {props.onExportNotes && (
          <button
            type="button"
            className="text-button text-button--small"
            title={t('notes.exportTitle')}
            onClick={props.onExportNotes}
            data-testid="export-notes"
          >
            {t('notes.export')}
          </button>
        )}
        <button type="button" className="icon-button" aria-label={t('panel.close')} title={t('panel.close')} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="panel-filters" role="group" aria-label={t('panel.filters')}>
        <input
          type="search"
          className="filter-input"
          aria-label={t('panel.filterText')}
          placeholder={t('panel.filterText')}
          value={filter.text}
          onChange={(event) => set({ text: event.target.value })}
        />
        <div className="filter-row">
          <select
            aria-label={t('panel.filterKind')}
            value={filter.kind}
            onChange={(event) => set({ kind: event.target.value as AnnotationKind | 'all' })}
          >
            <option value="all">{t('panel.allKinds')}</option>
            {ANNOTATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
          <select aria-label={t('panel.filterTag')} value={filter.tag} onChange={(event) => set({ tag: event.target.value })}>
            <option value="">{t('panel.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
          <select aria-label={t('panel.filterSection')} value={filter.section} onChange={(event) => set({ section: event.target.value })}>
            <option value="">{t('panel.allSections')}</option>
            {sections.map((entry) => (
              <option key={entry.path} value={entry.path}>
                {'\u00a0'.repeat(entry.depth * 3)}
                {entry.role === 'preamble' ? t('outline.preamble') : `${entry.displayLabel ?? ''} ${truncate(entry.heading, 48)}`}
              </option>
            ))}
          </select>
        </div>
        <p className="panel-count" role="status">
          {isFiltering(filter)
            ? t('panel.countFiltered', { shown: shown.length, count: annotations.length })
            : t('panel.count', { count: annotations.length })}
          {isFiltering(filter) && (
            <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
              {t('panel.clearFilters')}
            </button>
          )}
        </p>
      </div>
      {annotations.length === 0 ? (
        <p className="panel-empty">{t('panel.empty')}</p>
      ) : (
        <ul className="annotation-list" ref={listRef}>
          {shown.map((annotation) => (
            <AnnotationCard
              key={annotation.id}
              annotation={annotation}
              citation={props.citationOf(annotation.target.paragraphId)}
              onJump={props.onJump}
              onEdit={props.onEdit}
              onDelete={onDelete}
              onReattach={props.onReattach}
              onDraft={props.onDraft}
            />
          ))}
        </ul>
      )}
      {/* Folded by default: at 1024 × 768 the list needs the height more. */}
      <details className="shortcut-help">
        <summary>{t('panel.keyboardHelp')}</summary>
        <p>{props.help}</p>
      </details>
    </aside>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
