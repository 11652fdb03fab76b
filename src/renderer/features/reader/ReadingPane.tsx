import { memo, type CSSProperties, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { READING_PANE_ID } from '../../app/reading/dom-ids';
import { SectionView } from './SectionView';
import type { ReaderSection } from '../../app/reading/section-tree';

interface ReadingPaneProps {
  paneRef: Ref<HTMLElement>;
  tree: readonly ReaderSection[];
  textSize: number;
  /** Language of the report text (not of the UI). */
  contentLanguage: string;
  overlay?: ReactNode;
}

/** The report, rendered once; the text size is a CSS variable on the scrolling pane, so changing it re-renders nothing below. */
export function ReadingPane({ paneRef, tree, textSize, contentLanguage, overlay }: ReadingPaneProps) {
  const { t } = useTranslation();
  const style = { '--reading-size': `${textSize}px` } as CSSProperties;
  return (
    <main id={READING_PANE_ID} ref={paneRef} className="reading-pane" tabIndex={0} aria-label={t('reader.label')} style={style}>
      <ReportContent tree={tree} contentLanguage={contentLanguage} />
      {overlay}
    </main>
  );
}

const ReportContent = memo(function ReportContent({ tree, contentLanguage }: { tree: readonly ReaderSection[]; contentLanguage: string }) {
  return (
    <article className="report" lang={contentLanguage}>
      {tree.map((section) => (
        <SectionView key={section.path} section={section} />
      ))}
    </article>
  );
});
