import { memo } from 'react';
import type { Paragraph } from '../../../shared/domain/outline';
import { headingElementId, paragraphElementId, sectionElementId } from '../../app/reading/dom-ids';
import { ParagraphText } from './ParagraphText';
import { headingLevel, type ReaderSection } from '../../app/reading/section-tree';

/** One paragraph: its citation label in the gutter (selectable on its own), then its text. */
function ParagraphView({ paragraph, sectionPath }: { paragraph: Paragraph; sectionPath: string }) {
  return (
    <p
      id={paragraphElementId(paragraph.id)}
      className="para"
      data-spy=""
      data-section={sectionPath}
      data-paragraph-id={paragraph.id}
      data-citation={paragraph.citation}
    >
      <span className="para-citation">{paragraph.citation}</span>
      <ParagraphText paragraphId={paragraph.id} text={paragraph.text} />
    </p>
  );
}

/** A part, item or closing of the report, rendered once (memoised: the scroll-spy never re-renders it). */
export const SectionView = memo(function SectionView({ section }: { section: ReaderSection }) {
  const paragraphs = section.paragraphs.map((paragraph) => (
    <ParagraphView key={paragraph.id} paragraph={paragraph} sectionPath={section.outlinePath} />
  ));
  const children = section.children.map((child) => <SectionView key={child.path} section={child} />);

  if (section.role === 'closing') {
    return (
      <div id={sectionElementId(section.path)} className="section section--closing" data-section={section.outlinePath}>
        {paragraphs}
        {children}
      </div>
    );
  }

  if (section.role === 'preamble') {
    return (
      <section id={sectionElementId(section.path)} className="section section--preamble" data-section={section.path} tabIndex={-1}>
        {paragraphs}
        {children}
      </section>
    );
  }

  const Heading = `h${headingLevel(section.depth)}` as 'h2' | 'h3' | 'h4';
  return (
    <section
      id={sectionElementId(section.path)}
      className={`section section--depth-${Math.min(section.depth, 2)}`}
      data-section={section.path}
      aria-labelledby={headingElementId(section.path)}
    >
      <Heading id={headingElementId(section.path)} className="section-heading" tabIndex={-1} data-spy="" data-section={section.path}>
        {section.displayLabel && (
          <>
            <span className="section-label">{section.displayLabel}</span>{' '}
          </>
        )}
        <span className="section-title">{section.heading}</span>
      </Heading>
      {paragraphs}
      {children}
    </section>
  );
});
