import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetPair, TargetPairingRow } from '../../../shared/contract/targets-api';
import { VERDICTS } from '../../../shared/targets/target-correction';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useApiQuery } from '../../app/query/useApiQuery';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { ModalDialog } from '../../components/ModalDialog';
import { clauseOf, indicatorKey, verdictKey } from './target-row-view';

interface CorrectionDialogProps {
  row: TargetPairingRow;
  pair: TargetPair;
  onClose: () => void;
  notify: (notice: WorkspaceNotice) => void;
}

const KEEP = 'keep';
const NOT_REPORTED = 'not-reported';
const AUTO = 'auto';

/** The deputy corrects one row: another of this year's figures (or "not reported") and/or another verdict. */
export function CorrectionDialog({ row, pair, onClose, notify }: CorrectionDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const results = useApiQuery('targets.results', { documentId: pair.thisYearId });
  const correct = useApiMutation('targets.correct');
  const correction = row.correction;
  const [result, setResult] = useState(() =>
    !correction?.resultChanged ? KEEP : row.result === null ? NOT_REPORTED : row.result.figureId,
  );
  const [verdict, setVerdict] = useState<string>(correction?.verdictChanged ? row.verdict : AUTO);
  const indicator = t(indicatorKey(row.indicator));
  const automaticResult = correction ? correction.automatic.resultText : (row.result?.text ?? null);

  const save = async (choice: { result: string; verdict: string }) => {
    const verdictValue = VERDICTS.find((v) => v === choice.verdict) ?? null;
    try {
      const saved = await correct.mutateAsync({
        ...pair,
        targetFigureId: row.target.figureId,
        result: choice.result === KEEP ? null : choice.result === NOT_REPORTED ? 'not reported' : { figureId: choice.result },
        verdict: verdictValue,
      });
      notify({ key: saved ? 'targets.correction.saved' : 'targets.correction.removed', values: { indicator }, tone: 'info' });
      onClose();
    } catch (error) {
      notify({ key: 'targets.correction.failed', values: { message: errorText(error) }, tone: 'error' });
    }
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="targets-correction">
      <form
        className="editor-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ result, verdict });
        }}
      >
        <h3 id={`${id}-title`}>{t('targets.correction.title', { indicator, target: row.target.text })}</h3>
        <p className="targets-sentence">{clauseOf(row.target.sentence, row.target.text)}</p>
        <label htmlFor={`${id}-result`}>{t('targets.correction.result')}</label>
        <select id={`${id}-result`} value={result} onChange={(e) => setResult(e.target.value)} disabled={!results.data}>
          <option value={KEEP}>
            {automaticResult === null ? t('targets.correction.keepNone') : t('targets.correction.keepResult', { result: automaticResult })}
          </option>
          <option value={NOT_REPORTED}>{t('targets.correction.notReported')}</option>
          {(results.data ?? []).map((figure) => (
            <option key={figure.figureId} value={figure.figureId}>
              {t('targets.correction.choice', {
                text: figure.text,
                citation: figure.citation,
                clause: clauseOf(figure.sentence, figure.text),
              })}
            </option>
          ))}
        </select>
        {!results.data && <p role="status">{t('targets.correction.loadingResults')}</p>}
        <label htmlFor={`${id}-verdict`}>{t('targets.correction.verdict')}</label>
        <select id={`${id}-verdict`} value={verdict} onChange={(e) => setVerdict(e.target.value)}>
          <option value={AUTO}>{t('targets.correction.autoVerdict')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(verdictKey(v))}
            </option>
          ))}
        </select>
        <div className="dialog-actions">
          <button type="submit" className="primary-button" disabled={correct.isPending}>
            {t('targets.correction.save')}
          </button>
          {correction && (
            <button type="button" disabled={correct.isPending} onClick={() => void save({ result: KEEP, verdict: AUTO })}>
              {t('targets.correction.reset')}
            </button>
          )}
          <button type="button" className="text-button" onClick={onClose}>
            {t('targets.correction.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
