import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { PANE_WIDTHS, type PaneLayout } from '../../shared/domain/settings';
import { fitPanes, paneMax, SPLITTER_WIDTH } from './pane-fit';

export interface PaneSplitter {
  value: number;
  min: number;
  max: number;
  onChange: (width: number) => void;
  onCommit: () => void;
}

/**
 * The reader's column widths: the deputy's own (from settings, saved after each drag or key press),
 * fitted to the window so the report keeps a readable column. Sets `--outline-col` and `--panel-col`
 * on the grid container through CSSOM (no inline style attributes under the CSP).
 */
export function usePaneLayout(
  containerRef: RefObject<HTMLElement | null>,
  stored: PaneLayout,
  save: (layout: PaneLayout) => void,
  panelOpen: boolean,
) {
  const [layout, setLayout] = useState(stored);
  // The layout as last changed, for handlers that run before the next render (a key up after its key down).
  const latest = useRef(layout);
  const [width, setWidth] = useState(() => window.innerWidth);

  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [containerRef]);

  const fit = fitPanes(width, {
    outline: layout.outlineCollapsed ? 'collapsed' : layout.outlineWidth,
    panel: panelOpen ? layout.panelWidth : null,
  });
  useLayoutEffect(() => {
    const element = containerRef.current;
    element?.style.setProperty('--outline-col', `${fit.outline}px`);
    element?.style.setProperty('--panel-col', `${fit.panel}px`);
  }, [containerRef, fit.outline, fit.panel]);

  const commit = useCallback(() => save(latest.current), [save]);
  const change = useCallback(
    (next: PaneLayout, persist: boolean) => {
      setLayout(next);
      latest.current = next;
      if (persist) save(next);
    },
    [save],
  );

  const splitters = (layout.outlineCollapsed ? 0 : SPLITTER_WIDTH) + (panelOpen ? SPLITTER_WIDTH : 0);
  // Resizing one pane fixes the other at the width it has now, so the fit does not move it.
  const outline: PaneSplitter = {
    value: fit.outline,
    min: PANE_WIDTHS.outline.min,
    max: paneMax('outline', width, fit.panel, splitters),
    onChange: (outlineWidth) =>
      change({ ...latest.current, outlineWidth, panelWidth: panelOpen ? fit.panel : latest.current.panelWidth }, false),
    onCommit: commit,
  };
  const panel: PaneSplitter = {
    value: fit.panel,
    min: PANE_WIDTHS.panel.min,
    max: paneMax('panel', width, fit.outline, splitters),
    onChange: (panelWidth) =>
      change({ ...latest.current, panelWidth, outlineWidth: layout.outlineCollapsed ? latest.current.outlineWidth : fit.outline }, false),
    onCommit: commit,
  };
  const setOutlineCollapsed = (outlineCollapsed: boolean) => change({ ...latest.current, outlineCollapsed }, true);

  return { outlineCollapsed: layout.outlineCollapsed, outline, panel, setOutlineCollapsed };
}
