import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentPicker } from '../../components/DocumentPicker';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { ComparisonRows } from './ComparisonRows';
import { PaneMessageView, firstPaneMessage } from './PaneMessage';
import { RowOptions, type RowLayout } from './RowOptions';
import { SectionMatches, sectionElementId, sectionTitle } from './SectionMatches';

const NO_INPUT = {};

interface DocumentCompareProps {
  /** The document the view was opened from: the newer side by default. */
  documentId: string;
  header: ReactNode;
}

/**
 * Two documents of the library compared section by section (this year's report against last
 * year's): by default the open document against the same kind of report of the year before, when
 * the library has one; else the deputy chooses the older one.
 */
export function DocumentCompare({ documentId, header }: DocumentCompareProps) {
  const { t } = useTranslation();
  const library = useApiQuery('library.list', NO_INPUT);
  const suggestion = useApiQuery('targets.suggestPair', { thisYearId: documentId });
  const [chosen, setChosen] = useState<{ forId: string; fromId: string; toId: string } | null>(null);
  const [layout, setLayout] = useState<RowLayout>('side');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const suggested = suggestion.data?.thisYearId === documentId ? suggestion.data.lastYearId : '';
  const pick = chosen?.forId === documentId ? chosen : { forId: documentId, fromId: suggested, toId: documentId };
  const ready = pick.fromId !== '' && pick.toId !== '' && pick.fromId !== pick.toId;
  const comparison = useApiQuery('compare.documents', { fromId: pick.fromId, toId: pick.toId }, { enabled: ready });
  const data = ready ? comparison.data : undefined;
  const message = firstPaneMessage([
    suggestion.isSuccess && pick.fromId === '' && { text: t('compare.docs.noSuggestion') },
    pick.fromId !== '' && pick.fromId === pick.toId && { text: t('compare.docs.same'), role: 'alert' },
    comparison.isError && { text: t('compare.docs.loadFailed', { message: errorText(comparison.error) }), role: 'alert' },
    ready && !data && { text: t('compare.loading'), role: 'status' },
  ]);
  const documents = library.data ?? [];
  const titleOf = (id: string) => documents.find((d) => d.id === id)?.title ?? '';

  return (
    <>
      <div className="cmp-top">
        {header}
        <div className="cmp-controls">
          <DocumentPicker
            documents={documents}
            value={pick.fromId}
            label={t('compare.docs.older')}
            placeholder={t('compare.docs.choose')}
            onChange={(fromId) => setChosen({ ...pick, fromId })}
          />
          <DocumentPicker
            documents={documents}
            value={pick.toId}
            label={t('compare.docs.newer')}
            onChange={(toId) => setChosen({ ...pick, toId })}
          />
          <RowOptions layout={layout} onLayout={setLayout} onlyChanged={onlyChanged} onOnlyChanged={setOnlyChanged} />
        </div>
        {data && (
          <p className="panel-count" role="status" data-testid="compare-summary">
            {t('compare.docs.summary', data.counts)}
          </p>
        )}
      </div>
      {message ? (
        <PaneMessageView message={message} />
      ) : data ? (
        <div className="cmp-body cmp-body--documents">
          <div className="cmp-side">
            <SectionMatches sections={data.sections} />
          </div>
          {/* Focusable, so the text scrolls by keyboard too. */}
          <div className="cmp-main" role="region" tabIndex={0} aria-label={t('compare.docs.text')} data-testid="section-comparison">
            {data.sections.map((section, i) =>
              onlyChanged && section.kind === 'paired' && section.rows.every((r) => r.kind === 'same') ? null : (
                <section
                  key={i}
                  id={sectionElementId(i)}
                  className={`cmp-doc-section cmp-doc-section--${section.kind}`}
                  data-kind={section.kind}
                  tabIndex={-1}
                  aria-label={sectionTitle(t, section)}
                >
                  <h3 className="cmp-doc-section-title">
                    <span className="cmp-change-kind">{t(`compare.docs.kind.${section.kind}`)}</span>
                    {sectionTitle(t, section)}
                  </h3>
                  <ComparisonRows
                    rows={section.rows}
                    columns={{ old: titleOf(pick.fromId), new: titleOf(pick.toId) }}
                    layout={layout}
                    onlyChanged={onlyChanged}
                    rowId={(row) => `${sectionElementId(i)}-row-${row}`}
                  />
                </section>
              ),
            )}
          </div>
        </div>
      ) : null}
    </>
  );
}
