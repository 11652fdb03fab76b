import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderSection } from '../app/reading/section-tree';
import { excerpt } from './excerpt';
import { LinkToggle } from './LinkToggle';
import './pickers.css';

interface ParagraphPickerProps {
  tree: readonly ReaderSection[];
  /** Ids of the paragraphs (of this document) linked already. */
  linked: ReadonlySet<string>;
  onToggle: (paragraphId: string, link: boolean) => void;
}

interface Row {
  section: ReaderSection;
  paragraphs: { id: string; citation: string; text: string }[];
}

/** A report's parts and items with their paragraphs (citation and opening words), filtered by words: a press links or unlinks one. */
export function ParagraphPicker({ tree, linked, onToggle }: ParagraphPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim().toLocaleLowerCase());

  const rows = useMemo(() => {
    const out: Row[] = [];
    const visit = (sections: readonly ReaderSection[]) => {
      for (const section of sections) {
        const heading = `${section.displayLabel ?? ''} ${section.heading}`.toLocaleLowerCase();
        const paragraphs = section.paragraphs
          .filter(
            (p) =>
              query === '' ||
              heading.includes(query) ||
              p.citation.toLocaleLowerCase().includes(query) ||
              p.text.toLocaleLowerCase().includes(query),
          )
          .map((p) => ({ id: p.id, citation: p.citation, text: p.text }));
        if (paragraphs.length > 0 || (query === '' && section.role === 'heading')) out.push({ section, paragraphs });
        visit(section.children);
      }
    };
    visit(tree);
    return out;
  }, [tree, query]);

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-filter`} className="field-label">
          {t('votes.links.filter')}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          className="draft-input"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <div className="picker-list">
        {rows.length === 0 && <p className="panel-empty">{t('votes.links.noMatch')}</p>}
        {rows.map(({ section, paragraphs }) => (
          <section
            key={section.path}
            className={`picker-section picker-section--depth-${Math.min(section.depth, 2)}`}
            aria-labelledby={`${id}-${section.path}`}
          >
            <h3 id={`${id}-${section.path}`} className="picker-heading">
              {section.role === 'preamble'
                ? t('votes.links.opening')
                : `${section.displayLabel ?? ''} ${section.heading}`.trim() || t('votes.links.closing')}
            </h3>
            {paragraphs.length > 0 && (
              <ul className="picker-paragraphs">
                {paragraphs.map((p) => {
                  return (
                    <li key={p.id}>
                      <LinkToggle linked={linked.has(p.id)} citation={p.citation} onToggle={(link) => onToggle(p.id, link)}>
                        <span className="picker-citation">{p.citation}</span>
                        <span className="picker-text">{excerpt(p.text)}</span>
                      </LinkToggle>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
