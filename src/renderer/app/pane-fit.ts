import { PANE_WIDTHS } from '../../shared/domain/settings';

/** The report column keeps at least this much (CSS px) while the outline and the panel can still give way. */
export const REPORT_MIN_WIDTH = 520;
/** The width of one splitter between columns. */
export const SPLITTER_WIDTH = 6;
/** The strip left when the outline is hidden (its "show" button). */
export const COLLAPSED_OUTLINE_WIDTH = 40;

export interface PaneWidths {
  outline: number;
  /** 0 when no side panel is open. */
  panel: number;
}

/**
 * The widths the outline and the side panel get in a container `width` px wide: the deputy's own
 * widths when they fit beside a report column of REPORT_MIN_WIDTH, else both shrink in proportion to
 * what they have above their minimums (never below them). The stored widths are not changed.
 */
export function fitPanes(width: number, wanted: { outline: number | 'collapsed'; panel: number | null }): PaneWidths {
  const outlineFixed = wanted.outline === 'collapsed';
  const outline = wanted.outline === 'collapsed' ? COLLAPSED_OUTLINE_WIDTH : wanted.outline;
  const panel = wanted.panel ?? 0;
  const splitters = (outlineFixed ? 0 : SPLITTER_WIDTH) + (wanted.panel === null ? 0 : SPLITTER_WIDTH);
  const excess = outline + panel + splitters + REPORT_MIN_WIDTH - width;
  if (excess <= 0) return { outline, panel };
  const outlineRoom = outlineFixed ? 0 : Math.max(0, outline - PANE_WIDTHS.outline.min);
  const panelRoom = wanted.panel === null ? 0 : Math.max(0, panel - PANE_WIDTHS.panel.min);
  const room = outlineRoom + panelRoom;
  if (room === 0) return { outline, panel };
  const share = Math.min(1, excess / room);
  return { outline: Math.round(outline - outlineRoom * share), panel: Math.round(panel - panelRoom * share) };
}

/** The widest a pane may be made by its splitter now: the report column keeps its minimum. */
export function paneMax(kind: 'outline' | 'panel', width: number, other: number, splitters: number): number {
  const limit = PANE_WIDTHS[kind];
  return Math.max(limit.min, Math.min(limit.max, width - other - splitters - REPORT_MIN_WIDTH));
}
