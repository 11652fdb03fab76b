import { useTranslation } from 'react-i18next';
import type { TargetPair, TargetPairingRow } from '../../../shared/contract/targets-api';
import { clauseOf, indicatorKey, verdictKey, verdictText } from './target-row-view';

interface TargetsTableProps {
  rows: readonly TargetPairingRow[];
  pair: TargetPair;
  titleOf: (documentId: string) => string;
  onOpenParagraph: (documentId: string, paragraphId: string) => void;
  onCorrect: (row: TargetPairingRow) => void;
  onAsk: (row: TargetPairingRow) => void;
  onDraft: (row: TargetPairingRow) => void;
}

/** The rows: indicator, target, result and verdict in words, each side citing its paragraph; a row's corrections and actions. */
export function TargetsTable({ rows, pair, titleOf, onOpenParagraph, onCorrect, onAsk, onDraft }: TargetsTableProps) {
  const { t, i18n } = useTranslation();
  const count = (verdict: TargetPairingRow['verdict']) => rows.filter((r) => r.verdict === verdict).length;

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

  const verdictWords = (row: TargetPairingRow) => {
    const verdict = verdictText(row, i18n.language);
    return 'values' in verdict ? t(verdict.key, verdict.values) : t(verdict.key);
  };

  return (
    <>
      <p className="panel-count" role="status">
        {t('targets.summary', {
          count: rows.length,
          met: count('met'),
          exceeded: count('exceeded'),
          missed: count('missed'),
          notReported: count('not reported'),
          unclear: count('unclear'),
        })}
      </p>
      <table className="targets-table" data-testid="targets-table">
        <caption>{t('targets.caption', { lastYear: titleOf(pair.lastYearId), thisYear: titleOf(pair.thisYearId) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.column.indicator')}</th>
            <th scope="col">{t('targets.column.target')}</th>
            <th scope="col">{t('targets.column.result')}</th>
            <th scope="col">{t('targets.column.verdict')}</th>
            <th scope="col">{t('targets.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const indicator = t(indicatorKey(row.indicator));
            const { correction } = row;
            const corrected = correction !== null && (correction.resultChanged || correction.verdictChanged);
            return (
              <tr key={row.target.figureId} data-verdict={row.verdict} data-indicator={row.indicator ?? ''} data-corrected={corrected}>
                <th scope="row">{indicator}</th>
                <td>
                  <span className="targets-figure">{row.target.text}</span> {citation(pair.lastYearId, row.target)}
                  <span className="targets-sentence">{clauseOf(row.target.sentence, row.target.text)}</span>
                </td>
                <td>
                  {row.result ? (
                    <>
                      <span className="targets-figure">{row.result.text}</span> {citation(pair.thisYearId, row.result)}
                      <span className="targets-sentence">{clauseOf(row.result.sentence, row.result.text)}</span>
                    </>
                  ) : (
                    <span aria-hidden="true">{t('targets.noResult')}</span>
                  )}
                  {correction?.staleResult && (
                    <span className="targets-stale" role="note">
                      {t('targets.correction.staleResult', correction.staleResult)}
                    </span>
                  )}
                </td>
                <td>
                  <span className={`targets-verdict targets-verdict--${row.verdict.replace(' ', '-')}`}>{verdictWords(row)}</span>
                  {corrected && (
                    <span className="targets-corrected">
                      <span className="targets-badge">{t('targets.correction.badge')}</span>
                      <span className="targets-sentence">
                        {t('targets.correction.automatic', {
                          result: correction.automatic.resultText ?? t('targets.verdict.notReported'),
                          verdict: t(verdictKey(correction.automatic.verdict)),
                        })}
                      </span>
                    </span>
                  )}
                </td>
                <td className="targets-actions">
                  <button
                    type="button"
                    className="text-button"
                    aria-label={t('targets.actions.correctLabel', { indicator })}
                    onClick={() => onCorrect(row)}
                  >
                    {t('targets.actions.correct')}
                  </button>
                  <button
                    type="button"
                    className="text-button"
                    aria-label={t('targets.actions.askLabel', { indicator })}
                    onClick={() => onAsk(row)}
                  >
                    {t('targets.actions.ask')}
                  </button>
                  <button
                    type="button"
                    className="text-button"
                    aria-label={t('targets.actions.draftLabel', { indicator })}
                    onClick={() => onDraft(row)}
                  >
                    {t('targets.actions.draft')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
