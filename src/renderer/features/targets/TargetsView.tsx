import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetPair, TargetPairingRow } from '../../../shared/contract/targets-api';
import { errorText } from '../../app/error-message';
import { DocumentPicker } from '../../components/DocumentPicker';
import { useApiQuery } from '../../app/query/useApiQuery';
import { clauseOf, indicatorKey, verdictText } from './target-row-view';
import './targets.css';

export const TARGETS_MAIN_ID = 'targets-main';

interface TargetsViewProps {
  /** Opens the reader at a paragraph of a library document. */
  onOpenParagraph: (documentId: string, paragraphId: string) => void;
}

type Side = 'lastYearId' | 'thisYearId';

/** Targets and results: last year's report's targets against this year's reported results, with verdicts and citations. */
export function TargetsView({ onOpenParagraph }: TargetsViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const library = useApiQuery('library.list', {});
  const suggestion = useApiQuery('targets.suggestPair', {});
  const [chosen, setChosen] = useState<Partial<TargetPair>>({});
  const pair = {
    lastYearId: chosen.lastYearId ?? suggestion.data?.lastYearId,
    thisYearId: chosen.thisYearId ?? suggestion.data?.thisYearId,
  };
  const ready = pair.lastYearId !== undefined && pair.thisYearId !== undefined && pair.lastYearId !== pair.thisYearId;
  const rows = useApiQuery('targets.pair', { lastYearId: pair.lastYearId ?? '', thisYearId: pair.thisYearId ?? '' }, { enabled: ready });
  const documents = library.data ?? [];
  const titleOf = (documentId: string | undefined) => documents.find((d) => d.id === documentId)?.title ?? '';

  const picker = (side: Side) => (
    <DocumentPicker
      documents={documents}
      value={pair[side] ?? ''}
      onChange={(documentId) => setChosen((c) => ({ ...c, [side]: documentId }))}
      label={t(side === 'lastYearId' ? 'targets.lastYear' : 'targets.thisYear')}
      placeholder={t('targets.chooseReport')}
    />
  );

  const citation = (documentId: string, side: { citation: string; paragraphId: string }) => (
    <button
      type="button"
      className="link-button card-citation"
      aria-label={t('targets.openCitation', { citation: side.citation, title: titleOf(documentId) })}
      onClick={() => onOpenParagraph(documentId, side.paragraphId)}
    >
      {side.citation}
    </button>
  );

  const table = (list: readonly TargetPairingRow[], { lastYearId, thisYearId }: TargetPair) => {
    const count = (verdict: TargetPairingRow['verdict']) => list.filter((r) => r.verdict === verdict).length;
    return (
      <>
        <p className="panel-count" role="status">
          {t('targets.summary', {
            count: list.length,
            met: count('met'),
            exceeded: count('exceeded'),
            missed: count('missed'),
            notReported: count('not reported'),
            unclear: count('unclear'),
          })}
        </p>
        <table className="targets-table" data-testid="targets-table">
          <caption>{t('targets.caption', { lastYear: titleOf(lastYearId), thisYear: titleOf(thisYearId) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('targets.column.indicator')}</th>
              <th scope="col">{t('targets.column.target')}</th>
              <th scope="col">{t('targets.column.result')}</th>
              <th scope="col">{t('targets.column.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((row) => {
              const verdict = verdictText(row, i18n.language);
              return (
                <tr key={row.target.figureId} data-verdict={row.verdict} data-indicator={row.indicator ?? ''}>
                  <th scope="row">{t(indicatorKey(row.indicator))}</th>
                  <td>
                    <span className="targets-figure">{row.target.text}</span> {citation(lastYearId, row.target)}
                    <span className="targets-sentence">{clauseOf(row.target.sentence, row.target.text)}</span>
                  </td>
                  <td>
                    {row.result ? (
                      <>
                        <span className="targets-figure">{row.result.text}</span> {citation(thisYearId, row.result)}
                        <span className="targets-sentence">{clauseOf(row.result.sentence, row.result.text)}</span>
                      </>
                    ) : (
                      <span aria-hidden="true">{t('targets.noResult')}</span>
                    )}
                  </td>
                  <td>
                    <span className={`targets-verdict targets-verdict--${row.verdict.replace(' ', '-')}`}>
                      {'values' in verdict ? t(verdict.key, verdict.values) : t(verdict.key)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </>
    );
  };

  return (
    <main id={TARGETS_MAIN_ID} className="targets-view" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="targets-view">
      <div className="targets-inner">
        <h2 id={`${id}-title`} className="targets-title">
          {t('targets.title')}
        </h2>
        <p className="targets-intro">{t('targets.intro')}</p>
        <div className="targets-pickers">
          {picker('lastYearId')}
          {picker('thisYearId')}
        </div>
        {suggestion.isSuccess && <p className="field-hint">{suggestion.data ? t('targets.suggested') : t('targets.noSuggestion')}</p>}
        {pair.lastYearId !== undefined && pair.lastYearId === pair.thisYearId ? (
          <p className="panel-empty" role="alert">
            {t('targets.sameReport')}
          </p>
        ) : rows.isError ? (
          <p className="panel-empty" role="alert">
            {t('targets.loadFailed', { message: errorText(rows.error) })}
          </p>
        ) : !ready ? null : rows.data === undefined ? (
          <p className="panel-empty" role="status">
            {t('targets.loading')}
          </p>
        ) : rows.data.length === 0 ? (
          <p className="panel-empty">{t('targets.empty')}</p>
        ) : (
          pair.lastYearId !== undefined &&
          pair.thisYearId !== undefined &&
          table(rows.data, { lastYearId: pair.lastYearId, thisYearId: pair.thisYearId })
        )}
      </div>
    </main>
  );
}
