import { useCallback, useEffect, useEffectEvent, useMemo, useState, type RefObject } from 'react';
import type { ReportDocument } from '../../../shared/domain/document';
import type { Figure } from '../../../shared/figures/figure';
import { reportYears, type ReportYears } from '../../../shared/figures/report-years';
import { figuresOf, paragraphTexts } from './figure-view';
import { revealFigure, useFigureHighlights } from './useFigureHighlights';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** Ctrl/Cmd+Shift+G shows or hides the figures panel. */
export const FIGURES_SHORTCUT = IS_MAC ? '⌘⇧G' : 'Ctrl+Shift+G';
export const FIGURES_KEYSHORTCUTS = 'Control+Shift+G Meta+Shift+G';

export interface FiguresLayer {
  figures: readonly Figure[];
  /** The years of the report's results and targets (null when the title names none). */
  years: ReportYears;
  /** Paragraph id → text of the document shown. */
  paragraphs: ReadonlyMap<string, string>;
  highlight: boolean;
  setHighlight: (on: boolean) => void;
  reveal: (figure: Figure) => void;
}

/**
 * The figures of the document shown in the reader (memoised per outline), the "highlight figures"
 * toggle painted with CSS highlights, and the jump to a figure.
 */
export function useFiguresLayer(report: ReportDocument, paneRef: RefObject<HTMLElement | null>, contentVersion: unknown): FiguresLayer {
  const figures = useMemo(() => figuresOf(report.outline), [report]);
  const years = useMemo(() => reportYears(report.title), [report]);
  const paragraphs = useMemo(() => paragraphTexts(report.outline), [report]);
  const [highlight, setHighlight] = useState(false);
  useFigureHighlights(paneRef, figures, highlight, contentVersion);
  const reveal = useCallback(
    (figure: Figure) => {
      const pane = paneRef.current;
      if (pane) revealFigure(pane, figure);
    },
    [paneRef],
  );
  return { figures, years, paragraphs, highlight, setHighlight, reveal };
}

/** Ctrl/Cmd+Shift+G → `toggle` (returns false when it does not apply, e.g. another view is shown). */
export function useFiguresShortcut(toggle: () => boolean | void): void {
  const onToggle = useEffectEvent(toggle);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'g') return;
      if (document.querySelector('dialog[open]')) return;
      if (onToggle() !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
