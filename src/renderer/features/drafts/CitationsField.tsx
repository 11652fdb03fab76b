import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftCitation } from '../../../shared/domain/draft';

interface CitationsFieldProps {
  prefix: string;
  initial: readonly DraftCitation[];
  onChange: (citations: DraftCitation[]) => void;
}

/** The report passages the draft quotes, each with its citation label and document; they can be removed. */
export const CitationsField = memo(function CitationsField({ prefix, initial, onChange }: CitationsFieldProps) {
  const { t } = useTranslation();
  const [citations, setCitations] = useState<DraftCitation[]>(() => [...initial]);
  const headingId = `${prefix}-citations-heading`;
  const removeAt = (index: number) => {
    const next = citations.filter((_, i) => i !== index);
    setCitations(next);
    onChange(next);
    requestAnimationFrame(() =>
      document.getElementById(next.length > 0 ? `${prefix}-citation-${Math.min(index, next.length - 1)}-remove` : headingId)?.focus(),
    );
  };
  return (
    <section className="draft-section" aria-labelledby={headingId} data-testid="citations">
      <h3 id={headingId} className="draft-section-title" tabIndex={-1}>
        {t('editor.citations')}
      </h3>
      {citations.length === 0 ? (
        <p className="field-hint">{t('editor.noCitations')}</p>
      ) : (
        <ul className="citation-list">
          {citations.map((c, index) => (
            <li key={`${c.paragraphId}-${index}`} className="citation-item">
              <figure className="editor-quote">
                <blockquote>{c.quote}</blockquote>
                <figcaption>{t('editor.citationSource', { citation: c.citation, document: c.documentTitle })}</figcaption>
              </figure>
              <button
                type="button"
                id={`${prefix}-citation-${index}-remove`}
                className="text-button text-button--small"
                aria-label={t('editor.removeCitation', { citation: c.citation })}
                onClick={() => removeAt(index)}
              >
                {t('editor.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
