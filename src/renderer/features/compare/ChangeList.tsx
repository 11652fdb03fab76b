import { useTranslation } from 'react-i18next';
import type { ChangeEntry, ChangeSection } from '../../../shared/compare/comparison-schema';

interface ChangeListProps {
  sections: readonly ChangeSection[];
  onShow: (row: number) => void;
}

/** The changes by section, each naming its paragraph ("II.9 ¶2: 95% → 96%"); a click shows the row. */
export function ChangeList({ sections, onShow }: ChangeListProps) {
  const { t } = useTranslation();
  const describe = (change: ChangeEntry): string => {
    if (change.kind === 'changed')
      return change.edits
        .map((e) => (e.removed === '' ? `+ ${e.added}` : e.added === '' ? `− ${e.removed}` : `${e.removed} → ${e.added}`))
        .join('; ');
    if (change.kind === 'moved') return t('compare.entryMoved', { citation: change.oldCitation ?? '' });
    return t(change.kind === 'added' ? 'compare.entryAdded' : 'compare.entryRemoved', { excerpt: change.excerpt });
  };
  return (
    <nav className="cmp-changes" aria-label={t('compare.changeList')} data-testid="change-list">
      <h3 className="cmp-heading">{t('compare.changeList')}</h3>
      {sections.map((section, i) => (
        <section key={i} className="cmp-change-section">
          <h4 className="cmp-section-title">
            {section.label === '' ? t('compare.preamble') : section.label} {section.heading}
          </h4>
          <ul className="cmp-change-entries">
            {section.changes.map((change) => (
              <li key={change.row}>
                <button
                  type="button"
                  className={`cmp-change cmp-change--${change.kind}`}
                  data-kind={change.kind}
                  onClick={() => onShow(change.row)}
                >
                  <span className="cmp-change-kind">{t(`compare.kind.${change.kind}`)}</span>
                  <span className="cmp-change-line">
                    <span className="cmp-change-cite">{change.citation}</span>: {describe(change)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
