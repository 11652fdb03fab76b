import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FigureChange, SectionMatch } from '../../../shared/compare/comparison-schema';

export const sectionElementId = (index: number) => `cmp-section-${index}`;

const headingOf = (t: TFunction, head: SectionMatch['old']) =>
  head === null ? '' : head.label === '' && head.heading === '' ? t('compare.preamble') : `${head.label} ${head.heading}`.trim();

/** "I A Review of Our Work in 2022 ↔ I A Review of Our Work in 2023"; one side for a section in one document only. */
export function sectionTitle(t: TFunction, section: SectionMatch): string {
  if (section.kind === 'paired') return `${headingOf(t, section.old)} ↔ ${headingOf(t, section.new)}`;
  return headingOf(t, section.kind === 'only-old' ? section.old : section.new);
}

const reveal = (index: number) => {
  const element = document.getElementById(sectionElementId(index));
  element?.scrollIntoView({ block: 'start' });
  element?.focus({ preventScroll: true });
};

/** The sections of the two documents, matched or in one only, each with the figures that changed; a click shows the section. */
export function SectionMatches({ sections }: { sections: readonly SectionMatch[] }) {
  const { t } = useTranslation();
  const figure = (change: FigureChange) =>
    t('compare.docs.figure', {
      indicator: t(`targets.indicator.${change.indicator}`, { defaultValue: change.indicator }),
      when: t(`compare.docs.temporal.${change.temporal}`),
      old: change.old.phrase,
      new: change.new.phrase,
    });
  return (
    <nav className="cmp-changes" aria-label={t('compare.docs.sections')} data-testid="section-matches">
      <h3 className="cmp-heading">{t('compare.docs.sections')}</h3>
      <ul className="cmp-change-entries">
        {sections.map((section, i) => (
          <li key={i} data-kind={section.kind}>
            <button type="button" className={`cmp-change cmp-change--${section.kind}`} onClick={() => reveal(i)}>
              <span className="cmp-change-kind">{t(`compare.docs.kind.${section.kind}`)}</span>
              <span className="cmp-change-line">{sectionTitle(t, section)}</span>
              {section.kind === 'paired' && (
                <span className="cmp-similarity">{t('compare.docs.similarity', { percent: Math.round(section.similarity * 100) })}</span>
              )}
            </button>
            {section.figures.length > 0 && (
              <ul className="cmp-figures" aria-label={t('compare.docs.figures')} data-testid="changed-figures">
                {section.figures.map((change, k) => (
                  <li key={k} className="cmp-figure">
                    {figure(change)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
