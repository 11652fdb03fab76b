import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetPair, TargetPairingRow } from '../../../shared/contract/targets-api';
import type { Language } from '../../../shared/domain/settings';
import { completeDelivery } from '../../app/deliver';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { indicatorKey, questionKey, rowPassage, verdictText } from './target-row-view';

interface RowActionsOptions {
  pair: TargetPair | null;
  language: Language;
  titleOf: (documentId: string) => string;
  notify: (notice: WorkspaceNotice) => void;
  openDraft: (draftId: string) => void;
}

/** What a row starts elsewhere: a question annotated on its passage, a suggestion quoting it; and the table exported. */
export function useRowActions({ pair, language, titleOf, notify, openDraft }: RowActionsOptions) {
  const { t, i18n } = useTranslation();
  const { mutateAsync: exportDocx } = useApiMutation('targets.exportDocx');
  const { mutateAsync: exportNotesDocx } = useApiMutation('annotation.exportNotes');
  const annotate = useApiMutation('annotation.create');
  const createDraft = useApiMutation('draft.create');
  const updateDraft = useApiMutation('draft.update');

  /** "GDP growth: the target was around 6%, the result 5.1% (Missed by 0.9 percentage points). Why …?" */
  const question = useCallback(
    (row: TargetPairingRow) => {
      const verdict = verdictText(row, i18n.language);
      return t(questionKey(row.verdict), {
        indicator: t(indicatorKey(row.indicator)),
        target: row.target.text,
        result: row.result?.text ?? '',
        verdict: 'values' in verdict ? t(verdict.key, verdict.values) : t(verdict.key),
      });
    },
    [t, i18n.language],
  );

  const ask = useCallback(
    async (row: TargetPairingRow) => {
      if (!pair) return;
      const { citation, ...passage } = rowPassage(row, pair);
      try {
        await annotate.mutateAsync({ ...passage, kind: 'question', note: question(row), tags: [] });
        notify({ key: 'targets.asked', values: { citation, title: titleOf(passage.documentId) }, tone: 'info' });
      } catch (error) {
        notify({ key: 'targets.askFailed', values: { message: errorText(error) }, tone: 'error' });
      }
    },
    [pair, annotate, question, notify, titleOf],
  );

  const draft = useCallback(
    async (row: TargetPairingRow) => {
      if (!pair) return;
      const { citation, ...source } = rowPassage(row, pair);
      try {
        const created = await createDraft.mutateAsync({ kind: 'suggestion', language, source });
        // The question starts the reasons, after what the draft already quotes.
        const reasons = [question(row), created.reasons].filter((part) => part.trim() !== '').join('\n\n');
        await updateDraft.mutateAsync({ draftId: created.id, change: { reasons } });
        openDraft(created.id);
        notify({ key: 'drafts.startedFrom', values: { citation }, valueKeys: { kind: 'drafts.kind.suggestion' }, tone: 'info' });
      } catch (error) {
        notify({ key: 'drafts.actionFailed', values: { message: errorText(error) }, tone: 'error' });
      }
    },
    [pair, createDraft, updateDraft, language, question, openDraft, notify],
  );

  const exportTable = useCallback(async () => {
    if (!pair) return;
    try {
      const outcome = completeDelivery(await exportDocx({ ...pair, language }));
      if (outcome.kind === 'saved') notify({ key: 'targets.exported', values: { path: outcome.path }, tone: 'info' });
      else if (outcome.kind === 'downloaded') notify({ key: 'targets.downloaded', values: { fileName: outcome.fileName }, tone: 'info' });
    } catch (error) {
      notify({ key: 'targets.exportFailed', values: { message: errorText(error) }, tone: 'error' });
    }
  }, [exportDocx, pair, language, notify]);

  /** This year's report's deliberation notes, the table printed after the annotations. */
  const exportNotes = useCallback(async () => {
    if (!pair) return;
    try {
      const outcome = completeDelivery(await exportNotesDocx({ documentId: pair.thisYearId, language, targets: pair }));
      if (outcome.kind === 'saved') notify({ key: 'editor.savedTo', values: { path: outcome.path }, tone: 'info' });
      else if (outcome.kind === 'downloaded') notify({ key: 'editor.downloaded', values: { fileName: outcome.fileName }, tone: 'info' });
    } catch (error) {
      notify({ key: 'targets.notesFailed', values: { message: errorText(error) }, tone: 'error' });
    }
  }, [exportNotesDocx, pair, language, notify]);

  return { ask, draft, exportTable, exportNotes };
}
