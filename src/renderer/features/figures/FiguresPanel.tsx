import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterFigures } from '../../../shared/figures/filter-figures';
import { FIGURE_KINDS, FIGURE_TEMPORALS, type Figure, type FigureKind, type FigureTemporal } from '../../../shared/figures/figure';
import { partsWithFigures, sentenceParts, temporalBadge } from './figure-view';
import type { FiguresLayer } from './useFiguresLayer';
import './figures.css';

const LIMIT = 400;

interface FiguresPanelProps {
  layer: FiguresLayer;
  /** The keyboard help line. */
  shortcut: string;
  onClose: () => void;
}

/** Figures and targets: every quantity of the report with its sentence, citation, kind and result/target badge; filters; click to jump. */
export function FiguresPanel({ layer, shortcut, onClose }: FiguresPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { figures, years } = layer;
  const [kind, setKind] = useState<FigureKind | 'all'>('all');
  const [temporal, setTemporal] = useState<FigureTemporal | 'all'>('all');
  const [part, setPart] = useState<string>('all');
  const parts = useMemo(() => partsWithFigures(figures), [figures]);
  const shown = useMemo(
    () =>
      filterFigures(figures, {
        kinds: kind === 'all' ? undefined : [kind],
        temporal: temporal === 'all' ? undefined : temporal,
        partLabel: part === 'all' ? undefined : part === '' ? null : part,
      }),
    [figures, kind, temporal, part],
  );
  const filtering = kind !== 'all' || temporal !== 'all' || part !== 'all';
  const badge = (f: Pick<Figure, 'temporal'>) => {
    const b = temporalBadge(f, years);
    return t(b.key, { year: b.year });
  };

  return (
    <aside className="side-panel figures-panel" aria-labelledby={`${id}-title`} data-testid="figures-panel">
      <div className="side-panel-header">
        <h2 id={`${id}-title`} className="side-panel-title">
          {t('figures.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('figures.close')} title={t('figures.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="panel-filters" role="group" aria-label={t('figures.filters')}>
        <label className="figures-toggle">
          <input
            type="checkbox"
            checked={layer.highlight}
            onChange={(event) => layer.setHighlight(event.target.checked)}
            data-testid="figures-highlight"
          />
          {t('figures.highlight')}
        </label>
        {layer.highlight && (
          <ul className="figures-legend" aria-label={t('figures.legend')}>
            {FIGURE_TEMPORALS.map((tm) => (
              <li key={tm}>
                <span className={`figures-swatch figures-swatch--${tm}`} aria-hidden="true">
                  12%
                </span>
                {badge({ temporal: tm })}
              </li>
            ))}
          </ul>
        )}
        <div className="filter-row figures-filter-row">
          <select aria-label={t('figures.filterKind')} value={kind} onChange={(event) => setKind(event.target.value as FigureKind | 'all')}>
            <option value="all">{t('figures.allKinds')}</option>
            {FIGURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`figures.kind.${k}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('figures.filterTemporal')}
            value={temporal}
            onChange={(event) => setTemporal(event.target.value as FigureTemporal | 'all')}
          >
            <option value="all">{t('figures.allTemporals')}</option>
            {FIGURE_TEMPORALS.map((tm) => (
              <option key={tm} value={tm}>
                {t(`figures.filterTemporalOption.${tm}`, { label: badge({ temporal: tm }) })}
              </option>
            ))}
          </select>
          <select aria-label={t('figures.filterPart')} value={part} onChange={(event) => setPart(event.target.value)}>
            <option value="all">{t('figures.allParts')}</option>
            {parts.map((label) => (
              <option key={label ?? ''} value={label ?? ''}>
                {label === null ? t('figures.outsideParts') : t('figures.part', { label })}
              </option>
            ))}
          </select>
        </div>
        <p className="panel-count" role="status">
          {filtering
            ? t('figures.countFiltered', { shown: shown.length, count: figures.length })
            : t('figures.count', { count: figures.length })}
          {filtering && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setKind('all');
                setTemporal('all');
                setPart('all');
              }}
            >
              {t('figures.clearFilters')}
            </button>
          )}
        </p>
      </div>
      {figures.length === 0 ? (
        <p className="panel-empty">{t('figures.empty')}</p>
      ) : (
        <ul className="figure-list">
          {shown.slice(0, LIMIT).map((figure) => {
            // The figure in the report's own words ("below 5%"), emphasised where it stands in its sentence.
            const context = sentenceParts(
              { sentence: figure.sentence, text: figure.phrase, start: figure.phraseStart },
              layer.paragraphs.get(figure.paragraphId),
            );
            const value = figure.phrase;
            return (
              <li key={figure.id}>
                <button
                  type="button"
                  className={`figure-card figure-card--${figure.temporal}`}
                  data-figure-id={figure.id}
                  data-temporal={figure.temporal}
                  data-kind={figure.kind}
                  onClick={() => layer.reveal(figure)}
                >
                  <span className="figure-card-meta">
                    <span className="figure-value">{value}</span>
                    <span className={`figure-badge figure-badge--${figure.temporal}`}>{badge(figure)}</span>
                  </span>
                  <span className="figure-card-meta figure-card-meta--minor">
                    <span className="card-citation">{figure.citation}</span>
                    <span className="figure-kind">{t(`figures.kind.${figure.kind}`)}</span>
                  </span>
                  <span className="figure-sentence">
                    {context.before}
                    {context.match && <strong className="figure-match">{context.match}</strong>}
                    {context.after}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length > LIMIT && <p className="panel-empty">{t('figures.more', { count: shown.length - LIMIT })}</p>}
      <p className="shortcut-help">{t('figures.help', { shortcut })}</p>
    </aside>
  );
}
