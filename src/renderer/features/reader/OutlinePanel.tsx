import { memo, useEffect, useRef, useSyncExternalStore, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentSectionStore } from './current-section-store';
import { sectionElementId } from '../../app/reading/dom-ids';
import type { OutlineEntry } from '../../app/reading/section-tree';

interface OutlinePanelProps {
  id: string;
  entries: readonly OutlineEntry[];
  store: CurrentSectionStore;
  onJump: (path: string) => void;
  /** Hides the outline (a strip with a "show" button stays). */
  onHide: () => void;
}

/** The report's parts and items; the current one is marked `aria-current="location"` and kept in view. */
export function OutlinePanel({ id, entries, store, onJump, onHide }: OutlinePanelProps) {
  const { t } = useTranslation();
  const navRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const keepCurrentInView = () => {
      const nav = navRef.current;
      const path = store.get();
      if (!nav || path === null) return;
      const link = nav.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
      if (link) scrollIntoContainer(nav, link);
    };
    keepCurrentInView();
    return store.subscribe(keepCurrentInView);
  }, [store]);

  return (
    <nav ref={navRef} id={id} className="outline-panel" aria-labelledby="outline-title">
      <div className="outline-header">
        <h2 id="outline-title" className="outline-title">
          {t('outline.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-expanded="true"
          aria-label={t('outline.hide')}
          title={t('outline.hide')}
          onClick={onHide}
          data-testid="hide-outline"
        >
          <span aria-hidden="true">«</span>
        </button>
      </div>
      <OutlineList entries={entries} store={store} onJump={onJump} preambleLabel={t('outline.preamble')} />
    </nav>
  );
}

/** Instantly scrolls `container` (only) so `element` is visible with a little margin; a smooth scroll of the reading pane is not disturbed. */
function scrollIntoContainer(container: HTMLElement, element: HTMLElement): void {
  const margin = 48;
  const box = container.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  if (rect.top < box.top + margin) container.scrollTop -= box.top + margin - rect.top;
  else if (rect.bottom > box.bottom - margin) container.scrollTop += rect.bottom - (box.bottom - margin);
}

interface OutlineListProps {
  entries: readonly OutlineEntry[];
  store: CurrentSectionStore;
  onJump: (path: string) => void;
  preambleLabel: string;
}

const OutlineList = memo(function OutlineList({ entries, store, onJump, preambleLabel }: OutlineListProps) {
  return (
    <ol className="outline-list">
      {entries.map((entry) => (
        <li key={entry.path} className={`outline-item outline-item--depth-${Math.min(entry.depth, 2)}`}>
          <OutlineLink entry={entry} store={store} onJump={onJump} preambleLabel={preambleLabel} />
          {entry.children.length > 0 && (
            <OutlineList entries={entry.children} store={store} onJump={onJump} preambleLabel={preambleLabel} />
          )}
        </li>
      ))}
    </ol>
  );
});

function OutlineLink({
  entry,
  store,
  onJump,
  preambleLabel,
}: {
  entry: OutlineEntry;
  store: CurrentSectionStore;
  onJump: (path: string) => void;
  preambleLabel: string;
}) {
  // Each link subscribes to "am I current?" only, so a section change re-renders two links, not the outline.
  const isCurrent = useSyncExternalStore(store.subscribe, () => store.get() === entry.path);
  const heading = entry.role === 'preamble' ? preambleLabel : entry.heading;
  const fullText = entry.displayLabel ? `${entry.displayLabel} ${heading}` : heading;

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onJump(entry.path);
  };

  return (
    <a
      href={`#${sectionElementId(entry.path)}`}
      className="outline-link"
      data-path={entry.path}
      aria-current={isCurrent ? 'location' : undefined}
      title={fullText}
      onClick={onClick}
    >
      {entry.displayLabel && (
        <>
          <span className="outline-label">{entry.displayLabel}</span>{' '}
        </>
      )}
      <span className="outline-heading">{heading}</span>
    </a>
  );
}
