import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import type { DraftKind } from '../../../shared/domain/draft';
import type { OutlineEntry } from '../../app/reading/section-tree';
import { filterAnnotations, isFiltering, NO_FILTER, sortForPanel, tagsInUse, type AnnotationFilter } from './annotation-filters';
import { AnnotationCard } from './AnnotationCard';
import { panelGroups } from './annotation-groups';
import { useAllAnnotations } from './useAllAnnotations';
import { NotesPrintSheet } from './NotesPrintSheet';
import { usePrintableNotes } from './usePrintableNotes';
import { ANNOTATION_KINDS } from '../../components/annotation-kinds';

interface AnnotationsPanelProps {
  /** The document open in the reader. */
  document: { id: string; title: string };
  annotations: readonly Annotation[];
  sections: readonly OutlineEntry[];
  sectionOf: (paragraphId: string) => string | undefined;
  citationOf: (paragraphId: string) => string;
  onJump: (annotation: Annotation) => void;
  /** Whether the panel shows every document's annotations (kept by the workspace: the panel remounts with the reader). */
  everyDocument: boolean;
  onEveryDocument: (every: boolean) => void;
  /** Opens another document at one of its annotations. */
  onOpenElsewhere: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  onReattach: (annotation: Annotation) => void;
  onClose: () => void;
  /** The keyboard help line. */
  help: string;
  /** Starts a draft from an annotation. */
  onDraft?: (annotation: Annotation, kind: DraftKind) => void;
  /** Exports the annotations as "deliberation notes" (DOCX): the open document's, or every document's when the panel shows all. */
  onExportNotes?: () => void;
}

/**
 * Every annotation with its quote, note, tags, kind and citation; filters by kind, tag, section and text,
 * and by document: the open one (the default) or all of them, grouped by document.
 */
export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const { document: open, annotations, sections, sectionOf, citationOf } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const { everyDocument, onEveryDocument: setEveryDocument } = props;
  const all = useAllAnnotations(everyDocument);
  const others = useMemo(() => (everyDocument ? (all ?? []).filter((g) => g.documentId !== open.id) : []), [everyDocument, all, open.id]);
  const total = annotations.length + others.reduce((sum, g) => sum + g.annotations.length, 0);
  const tags = useMemo(
    () => tagsInUse([...annotations, ...others.flatMap((g) => g.annotations.map((card) => card.annotation))]),
    [annotations, others],
  );
  const shown = useMemo(() => sortForPanel(filterAnnotations(annotations, filter, sectionOf)), [annotations, filter, sectionOf]);
  const groups = useMemo(() => {
    if (!everyDocument) return [];
    const openCards = annotations.map((annotation) => ({ annotation, citation: citationOf(annotation.target.paragraphId) }));
    return panelGroups({ documentId: open.id, title: open.title, annotations: openCards }, others, filter, sectionOf);
  }, [everyDocument, annotations, citationOf, open, others, filter, sectionOf]);
  const shownCount = everyDocument ? groups.reduce((sum, g) => sum + g.cards.length, 0) : shown.length;
  const set = (patch: Partial<AnnotationFilter>) => setFilter((current) => ({ ...current, ...patch }));

  // Printing shows the notes sheet (the open document's, or every document's with "All") until the print dialog closes.
  const printable = usePrintableNotes(open.id, everyDocument);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const reset = () => setPrinting(false);
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);
  const print = () => {
    flushSync(() => setPrinting(true));
    window.print();
  };

  // After a delete, focus goes to the card that took the deleted one's place (or the one before it, or the panel's title).
  const listRef = useRef<HTMLDivElement>(null);
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

  const cardOf = (annotation: Annotation) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      citation={citationOf(annotation.target.paragraphId)}
      onJump={props.onJump}
      actions={{ onEdit: props.onEdit, onDelete, onReattach: props.onReattach, onDraft: props.onDraft }}
    />
  );

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
            title={t(everyDocument ? 'notes.exportAllTitle' : 'notes.exportTitle')}
            onClick={props.onExportNotes}
            data-testid="export-notes"
          >
            {t(everyDocument ? 'notes.exportAll' : 'notes.export')}
          </button>
        )}
        <button
          type="button"
          className="text-button text-button--small"
          title={t(everyDocument ? 'notes.printAllTitle' : 'notes.printTitle')}
          aria-disabled={printable === null || undefined}
          onClick={() => printable !== null && print()}
          data-testid="print-notes"
        >
          {t('notes.print')}
        </button>
        <button type="button" className="icon-button" aria-label={t('panel.close')} title={t('panel.close')} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="panel-filters" role="group" aria-label={t('panel.filters')}>
        <div className="control-group segmented panel-scope" role="group" aria-label={t('panel.scope')}>
          <button type="button" className="segment" aria-pressed={!everyDocument} onClick={() => setEveryDocument(false)}>
            {t('panel.scopeOpen')}
          </button>
          <button type="button" className="segment" aria-pressed={everyDocument} onClick={() => setEveryDocument(true)}>
            {t('panel.scopeAll')}
          </button>
        </div>
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
            ? t('panel.countFiltered', { shown: shownCount, count: total })
            : t(everyDocument ? 'panel.countAll' : 'panel.count', { count: total })}
          {isFiltering(filter) && (
            <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
              {t('panel.clearFilters')}
            </button>
          )}
        </p>
      </div>
      <div ref={listRef} className="annotation-lists">
        {total === 0 ? (
          <p className="panel-empty">{t('panel.empty')}</p>
        ) : everyDocument ? (
          groups.map((group) => (
            <section key={group.documentId} className="annotation-group" aria-label={group.title} data-document-id={group.documentId}>
              <h3 className="annotation-group-title">
                {group.title}
                {group.open && <span className="annotation-group-open"> · {t('panel.openDocument')}</span>}
              </h3>
              <ul className="annotation-list">
                {group.cards.map(({ annotation, citation }) =>
                  group.open ? (
                    cardOf(annotation)
                  ) : (
                    <AnnotationCard
                      key={annotation.id}
                      annotation={annotation}
                      citation={t('citation.inDocument', { title: group.title, citation })}
                      onJump={props.onOpenElsewhere}
                    />
                  ),
                )}
              </ul>
            </section>
          ))
        ) : (
          <ul className="annotation-list">{shown.map(cardOf)}</ul>
        )}
      </div>
      {/* Folded by default: at 1024 × 768 the list needs the height more. */}
      <details className="shortcut-help">
        <summary>{t('panel.keyboardHelp')}</summary>
        <p>{props.help}</p>
      </details>
      {printing && printable && (
        <NotesPrintSheet documents={printable} language={i18n.language === 'zh-CN' ? 'zh-CN' : 'en'} session={everyDocument} />
      )}
    </aside>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
