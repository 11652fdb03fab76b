import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetPair, TargetPairingRow } from '../../../shared/contract/targets-api';
import type { Language } from '../../../shared/domain/settings';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { DocumentPicker } from '../../components/DocumentPicker';
import { ConsistencySection } from './ConsistencySection';
import { CorrectionDialog } from './CorrectionDialog';
import { TargetsTable } from './TargetsTable';
import { useRowActions } from './useRowActions';
import './targets.css';

export const TARGETS_MAIN_ID = 'targets-main';

interface TargetsViewProps {
  /** Opens the reader at a paragraph of a library document. */
  onOpenParagraph: (documentId: string, paragraphId: string) => void;
  notify: (notice: WorkspaceNotice) => void;
  openDraft: (draftId: string) => void;
  /** The language a new draft and the exported table are written in. */
  language: Language;
}

type Side = 'lastYearId' | 'thisYearId';

/** Targets and results: last year's report's targets against this year's reported results, with verdicts, citations and the deputy's corrections. */
export function TargetsView({ onOpenParagraph, notify, openDraft, language }: TargetsViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const library = useApiQuery('library.list', {});
  const suggestion = useApiQuery('targets.suggestPair', {});
  const [chosen, setChosen] = useState<Partial<TargetPair>>({});
  const [correcting, setCorrecting] = useState<TargetPairingRow | null>(null);
  const lastYearId = chosen.lastYearId ?? suggestion.data?.lastYearId;
  const thisYearId = chosen.thisYearId ?? suggestion.data?.thisYearId;
  const pair: TargetPair | null =
    lastYearId !== undefined && thisYearId !== undefined && lastYearId !== thisYearId ? { lastYearId, thisYearId } : null;
  const table = useApiQuery('targets.pair', pair ?? { lastYearId: '', thisYearId: '' }, { enabled: pair !== null });
  const comparisons = useApiQuery('targets.consistency', { documentId: thisYearId ?? '' }, { enabled: thisYearId !== undefined });
  const removeStale = useApiMutation('targets.removeCorrection');
  const documents = library.data ?? [];
  const titleOf = (documentId: string | undefined) => documents.find((d) => d.id === documentId)?.title ?? '';
  const actions = useRowActions({ pair, language, titleOf, notify, openDraft });

  const picker = (side: Side) => (
    <DocumentPicker
      documents={documents}
      value={(side === 'lastYearId' ? lastYearId : thisYearId) ?? ''}
      onChange={(documentId) => setChosen((c) => ({ ...c, [side]: documentId }))}
      label={t(side === 'lastYearId' ? 'targets.lastYear' : 'targets.thisYear')}
      placeholder={t('targets.chooseReport')}
    />
  );

  const stale = table.data?.stale ?? [];
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
          {table.data && table.data.rows.length > 0 && (
            <button type="button" className="primary-button targets-export" onClick={() => void actions.exportTable()}>
              {t('targets.exportDocx')}
            </button>
          )}
          {table.data && table.data.rows.length > 0 && (
            <button type="button" className="text-button targets-export-notes" onClick={() => void actions.exportNotes()}>
              {t('targets.exportNotes')}
            </button>
          )}
        </div>
        {suggestion.isSuccess && <p className="field-hint">{suggestion.data ? t('targets.suggested') : t('targets.noSuggestion')}</p>}
        {lastYearId !== undefined && lastYearId === thisYearId ? (
          <p className="panel-empty" role="alert">
            {t('targets.sameReport')}
          </p>
        ) : table.isError ? (
          <p className="panel-empty" role="alert">
            {t('targets.loadFailed', { message: errorText(table.error) })}
          </p>
        ) : pair === null ? null : table.data === undefined ? (
          <p className="panel-empty" role="status">
            {t('targets.loading')}
          </p>
        ) : table.data.rows.length === 0 ? (
          <p className="panel-empty">{t('targets.empty')}</p>
        ) : (
          <TargetsTable
            rows={table.data.rows}
            pair={pair}
            titleOf={titleOf}
            onOpenParagraph={onOpenParagraph}
            onCorrect={setCorrecting}
            onAsk={(row) => void actions.ask(row)}
            onDraft={(row) => void actions.draft(row)}
          />
        )}
        {stale.length > 0 && (
          <section className="targets-stale-list" aria-labelledby={`${id}-stale`}>
            <h3 id={`${id}-stale`}>{t('targets.correction.staleHeading')}</h3>
            <ul>
              {stale.map((c) => (
                <li key={c.id}>
                  {t('targets.correction.staleItem', c.target)}{' '}
                  <button
                    type="button"
                    className="text-button"
                    aria-label={t('targets.correction.removeStaleLabel', c.target)}
                    onClick={() => removeStale.mutate({ correctionId: c.id })}
                  >
                    {t('targets.correction.removeStale')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {thisYearId !== undefined && comparisons.data && (
          <ConsistencySection comparisons={comparisons.data} onOpenParagraph={onOpenParagraph} />
        )}
      </div>
      {correcting && pair && <CorrectionDialog row={correcting} pair={pair} onClose={() => setCorrecting(null)} notify={notify} />}
    </main>
  );
}
