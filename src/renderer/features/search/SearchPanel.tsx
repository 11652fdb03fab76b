import { useDeferredValue, useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { searchAll, type SearchData, type SearchResult } from '../../../shared/search';
import { useSearchHighlights } from './useSearchHighlights';

const LIMIT = 500;

interface SearchPanelProps {
  data: SearchData;
  paneRef: RefObject<HTMLElement | null>;
  /** Changes when the report's DOM may have changed (highlights added or removed). */
  contentVersion: unknown;
  onReveal: (result: SearchResult) => void;
  onClose: () => void;
}

/** Search in the report, the notes and the tags: results with context and citation; Enter / Shift+Enter / arrows move, Esc closes. */
export function SearchPanel({ data, paneRef, contentVersion, onReveal, onClose }: SearchPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchAll(data, deferred, { limit: LIMIT }), [data, deferred]);
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
      </p>
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
              <span className="search-result-meta">
                <span className={`source-chip source-chip--${result.kind}`}>{t(`search.kind.${result.kind}`)}</span>
                {result.citation && <span className="card-citation">{result.citation}</span>}
              </span>
              <span className="search-context">
                {result.context.before}
                <mark className="search-match">{result.context.match}</mark>
                {result.context.after}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
