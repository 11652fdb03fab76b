/** Filtering for the figures panel. Pure: returns a new array, keeps reading order. */
import type { Figure, FigureKind, FigureTemporal } from './figure';

export interface FigureFilter {
  /** Kinds to keep; undefined or empty keeps all. */
  kinds?: readonly FigureKind[];
  /** One temporal class or several; undefined or empty keeps all. */
  temporal?: FigureTemporal | readonly FigureTemporal[];
  /** A part label ("II"); null keeps figures outside numbered parts; undefined keeps all. */
  partLabel?: string | null;
}

export function filterFigures(figures: readonly Figure[], filter: FigureFilter = {}): Figure[] {
  const kinds = filter.kinds !== undefined && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  const temporalList = typeof filter.temporal === 'string' ? [filter.temporal] : (filter.temporal ?? []);
  const temporal = temporalList.length > 0 ? new Set(temporalList) : null;
  return figures.filter(
    (f) =>
      (kinds === null || kinds.has(f.kind)) &&
      (temporal === null || temporal.has(f.temporal)) &&
      (filter.partLabel === undefined || f.partLabel === filter.partLabel),
  );
}
