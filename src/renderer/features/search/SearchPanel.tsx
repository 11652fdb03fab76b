import { useDeferredValue, useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { searchAll, type SearchData, type SearchResult } from '../../../shared/search';
import type { PlaceElsewhere } from '../../app/useCrossDocumentJump';
import { useSearchHighlights } from './useSearchHighlights';
import type { DocumentSearchData } from './useOtherDocumentsSearch';
import { useDraftsSearch } from './useDraftsSearch';
import { draftPlace } from './draft-search';

const LIMIT = 500;

interface SearchPanelProps {
  data: SearchData;
  paneRef: RefObject<HTMLElement | null>;
  /** Changes when the report's DOM may have changed (highlights added or removed). */
  contentVersion: unknown;
  onReveal: (result: SearchResult) => void;
  onClose: () => void;
  /** The other documents of the library, searched too; their results are listed by document. */
  elsewhere: readonly DocumentSearchData[];
  onOpenElsewhere: (place: PlaceElsewhere) => void;
  /** Opens a draft (a draft's result was chosen). */
  onOpenDraft: (draftId: string) => void;
}

/**
 * Search in the report, the notes and the tags: results with context and citation; Enter / Shift+Enter / arrows move, Esc closes.
 * The other documents' results follow, grouped by document; choosing one opens that document there.
 * Then the drafts' (title, reasons, basis, plan), grouped by draft; choosing one opens the draft.
 */
export function SearchPanel({
  data,
  paneRef,
  contentVersion,
  onReveal,
  onClose,
  elsewhere,
  onOpenElsewhere,
  onOpenDraft,
}: SearchPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchAll(data, deferred, { limit: LIMIT }), [data, deferred]);
  const others = useMemo(
    () =>
      elsewhere
        .map((d) => ({ documentId: d.documentId, title: d.title, results: searchAll(d.data, deferred, { limit: LIMIT }) }))
        .filter((d) => d.results.length > 0),
    [elsewhere, deferred],
  );
  const elsewhereCount = others.reduce((sum, d) => sum + d.results.length, 0);
  const drafts = useDraftsSearch();
  const inDrafts = useMemo(
    () => drafts.map((d) => ({ ...d, results: searchAll(d.data, deferred, { limit: LIMIT }) })).filter((d) => d.results.length > 0),
    [drafts, deferred],
  );
  const draftsCount = inDrafts.reduce((sum, d) => sum + d.results.length, 0);
  /** The field a draft result is in, as the deputy reads it ("Plan, item 2"). */
  const draftFieldName = (paragraphId: string) => {
    const place = draftPlace(paragraphId);
    return place.measure === null ? t(`search.draftField.${place.field}`) : t('search.draftMeasure', { n: place.measure });
  };
  const [current, setCurrent] = useState(0);
  const active = Math.min(current, Math.max(0, results.length - 1));

  useEffect(() => inputRef.current?.focus(), []);
  useSearchHighlights(paneRef, results, active, contentVersion);
  // As the deputy types, the first match is brought into view (as a browser's find does).
  const reveal = useEffectEvent(onReveal);
  useEffect(() => {
    if (results[0]) reveal(results[0]);
  }, [results]);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const go = (index: number) => {
    if (results.length === 0) return;
    const next = (index + results.length) % results.length;
    setCurrent(next);
    onReveal(results[next]!);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (event.target !== inputRef.current && event.key === 'Enter') return;
      event.preventDefault();
      go(active + (event.shiftKey || event.key === 'ArrowUp' ? -1 : 1));
    }
  };

  const status =
    deferred.trim() === ''
      ? t('search.hint')
      : results.length === 0
        ? t('search.none')
        : t(results.length >= LIMIT ? 'search.positionMany' : 'search.position', { current: active + 1, count: results.length });

  return (
    <section
      className="side-panel search-panel"
      role="search"
      aria-label={t('search.title')}
      onKeyDown={onKeyDown}
      data-testid="search-panel"
    >
      <div className="side-panel-header">
        <h2 className="side-panel-title">{t('search.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('search.close')} title={t('search.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="search-row">
        <input
          ref={inputRef}
          type="search"
          className="filter-input"
          aria-label={t('search.input')}
          placeholder={t('search.placeholder')}
          aria-controls={`${id}-results`}
          aria-describedby={`${id}-status`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(0);
          }}
        />
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.previous')}
          title={t('search.previous')}
          disabled={results.length === 0}
          onClick={() => go(active - 1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.next')}
          title={t('search.next')}
          disabled={results.length === 0}
          onClick={() => go(active + 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      <p id={`${id}-status`} className="panel-count" role="status">
        {status}
        {elsewhereCount > 0 && ` ${t('search.elsewhereCount', { count: elsewhereCount, documents: others.length })}`}
        {draftsCount > 0 && ` ${t('search.draftsCount', { count: draftsCount })}`}
      </p>
      <div className="search-lists">
        <ol id={`${id}-results`} ref={listRef} className="search-results" aria-label={t('search.results')}>
          {results.map((result, index) => (
            <li key={`${result.kind}:${result.annotationId ?? result.paragraphId}:${result.start}`}>
              <button
                type="button"
                className="search-result"
                data-index={index}
                data-kind={result.kind}
                aria-current={index === active ? 'true' : undefined}
                onClick={() => go(index)}
              >
                <SearchResultText result={result} citation={result.citation} />
              </button>
            </li>
          ))}
        </ol>
        {others.map((group) => (
          <section key={group.documentId} className="search-group" aria-label={group.title} data-document-id={group.documentId}>
            <h3 className="annotation-group-title">{group.title}</h3>
            <ol className="search-results">
              {group.results.map((result) => (
                <li key={`${result.kind}:${result.annotationId ?? result.paragraphId}:${result.start}`}>
                  <button
                    type="button"
                    className="search-result"
                    data-kind={result.kind}
                    onClick={() =>
                      onOpenElsewhere({ documentId: group.documentId, paragraphId: result.paragraphId, annotationId: result.annotationId })
                    }
                  >
                    <SearchResultText
                      result={result}
                      citation={t('citation.inDocument', { title: group.title, citation: result.citation })}
                    />
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
        {inDrafts.map((group) => {
          const title = group.title.trim() || t('search.untitledDraft');
          const label = t('search.draftGroup', { kind: t(`search.draftKind.${group.kind}`), title });
          return (
            <section key={group.draftId} className="search-group" aria-label={label} data-draft-id={group.draftId}>
              <h3 className="annotation-group-title">{label}</h3>
              <ol className="search-results">
                {group.results.map((result) => (
                  <li key={`${result.paragraphId}:${result.start}`}>
                    <button type="button" className="search-result" data-kind="draft" onClick={() => onOpenDraft(group.draftId)}>
                      <SearchResultText result={result} citation={draftFieldName(result.paragraphId)} chip={t('search.kind.draft')} />
                    </button>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </section>
  );
}

function SearchResultText({ result, citation, chip }: { result: SearchResult; citation: string; chip?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="search-result-meta">
        <span className={`source-chip source-chip--${chip === undefined ? result.kind : 'draft'}`}>
          {chip ?? t(`search.kind.${result.kind}`)}
        </span>
        {result.citation && <span className="card-citation">{citation}</span>}
      </span>
      <span className="search-context">
        {result.context.before}
        <mark className="search-match">{result.context.match}</mark>
        {result.context.after}
      </span>
    </>
  );
}
