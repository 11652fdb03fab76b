import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/domain/annotation';
import { KindBadge } from './KindPicker';

export const TOOLTIP_ID = 'highlight-tooltip';

interface TooltipState {
  ids: string[];
  left: number;
  top: number;
  mark: HTMLElement;
}

/** Shows the kind and note of the highlight under the pointer or with focus; one listener on the pane, no re-render of the text. */
export function HighlightTooltip({ paneRef, byId }: { paneRef: RefObject<HTMLElement | null>; byId: ReadonlyMap<string, Annotation> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<TooltipState | null>(null);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const show = (event: Event) => {
      const mark = (event.target as Element | null)?.closest?.<HTMLElement>('mark[data-annotation-ids]');
      if (!mark) return;
      const rect = mark.getBoundingClientRect();
      mark.setAttribute('aria-describedby', TOOLTIP_ID);
      setState({ ids: (mark.dataset.annotationIds ?? '').split(' '), left: rect.left, top: rect.bottom + 6, mark });
    };
    const hide = (event: Event) => {
      const mark = (event.target as Element | null)?.closest?.<HTMLElement>('mark[data-annotation-ids]');
      if (!mark) return;
      const next = (event as FocusEvent | MouseEvent).relatedTarget as Node | null;
      if (next && mark.contains(next)) return;
      setState((current) => (current?.mark === mark ? null : current));
    };
    const hideOnScroll = () => setState((current) => (current && document.activeElement !== current.mark ? null : current));
    pane.addEventListener('mouseover', show);
    pane.addEventListener('focusin', show);
    pane.addEventListener('mouseout', hide);
    pane.addEventListener('focusout', hide);
    pane.addEventListener('scroll', hideOnScroll, { passive: true });
    return () => {
      pane.removeEventListener('mouseover', show);
      pane.removeEventListener('focusin', show);
      pane.removeEventListener('mouseout', hide);
      pane.removeEventListener('focusout', hide);
      pane.removeEventListener('scroll', hideOnScroll);
    };
  }, [paneRef]);

  useEffect(() => {
    if (!state) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setState(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);

  const annotations = state ? state.ids.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined) : [];
  if (!state || annotations.length === 0) return <div id={TOOLTIP_ID} role="tooltip" className="highlight-tooltip" hidden />;
  const left = Math.min(state.left, window.innerWidth - 340);
  return (
    <div
      id={TOOLTIP_ID}
      role="tooltip"
      className="highlight-tooltip"
      ref={(el) => {
        if (el) placeTooltip(el, left, state.top);
      }}
    >
      {annotations.map((annotation) => (
        <div key={annotation.id} className="tooltip-entry">
          <KindBadge kind={annotation.kind} />
          <p className="tooltip-note">{annotation.note || t('annotation.noNote')}</p>
          {annotation.tags.length > 0 && <p className="tooltip-tags">{annotation.tags.join(' · ')}</p>}
        </div>
      ))}
      <p className="tooltip-hint">{t('annotation.clickToEdit')}</p>
    </div>
  );
}

/** Positioned through CSSOM (the CSP forbids inline style attributes). */
function placeTooltip(element: HTMLElement, left: number, top: number): void {
  element.style.left = `${Math.max(8, left)}px`;
  const height = element.offsetHeight;
  element.style.top = `${top + height > window.innerHeight - 8 ? Math.max(8, top - height - 34) : top}px`;
}
