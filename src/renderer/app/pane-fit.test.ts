import { describe, expect, it } from 'vitest';
import { PANE_WIDTHS } from '../../shared/domain/settings';
import { COLLAPSED_OUTLINE_WIDTH, fitPanes, paneMax, REPORT_MIN_WIDTH, SPLITTER_WIDTH } from './pane-fit';

const report = (width: number, fit: { outline: number; panel: number }, splitters: number) => width - fit.outline - fit.panel - splitters;

describe('fitPanes', () => {
  it('keeps the deputy\u2019s widths where they fit (1366 px, outline and panel open)', () => {
    expect(fitPanes(1366, { outline: 300, panel: 380 })).toEqual({ outline: 300, panel: 380 });
  });

  it('shrinks outline and panel at 1024 px so the report keeps its minimum', () => {
    const fit = fitPanes(1024, { outline: 300, panel: 380 });
    expect(report(1024, fit, 2 * SPLITTER_WIDTH)).toBeGreaterThanOrEqual(REPORT_MIN_WIDTH - 1);
    expect(fit.outline).toBeGreaterThanOrEqual(PANE_WIDTHS.outline.min);
    expect(fit.panel).toBeGreaterThanOrEqual(PANE_WIDTHS.panel.min);
    expect(fit.outline).toBeLessThan(300);
    expect(fit.panel).toBeLessThan(380);
  });

  it('never goes below the minimums, even in a very narrow window', () => {
    expect(fitPanes(720, { outline: 300, panel: 380 })).toEqual({ outline: PANE_WIDTHS.outline.min, panel: PANE_WIDTHS.panel.min });
  });

  it('leaves a hidden outline as a narrow strip and gives the room to the report', () => {
    const fit = fitPanes(1024, { outline: 'collapsed', panel: 380 });
    expect(fit).toEqual({ outline: COLLAPSED_OUTLINE_WIDTH, panel: 380 });
    expect(report(1024, fit, SPLITTER_WIDTH)).toBeGreaterThan(580);
  });

  it('without a panel, the outline keeps its width at 1024 px', () => {
    expect(fitPanes(1024, { outline: 300, panel: null })).toEqual({ outline: 300, panel: 0 });
  });

  it('lets a splitter widen a pane only as far as the report keeps its minimum', () => {
    expect(paneMax('panel', 1024, 200, 12)).toBe(1024 - 200 - 12 - REPORT_MIN_WIDTH);
    expect(paneMax('outline', 3000, 300, 12)).toBe(PANE_WIDTHS.outline.max);
    expect(paneMax('panel', 800, 300, 12)).toBe(PANE_WIDTHS.panel.min);
  });
});
