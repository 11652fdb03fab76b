import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DraftKind } from '../../../shared/domain/draft';
import type { CheckResult } from '../../../shared/drafts/checks';
import { useApiQuery } from '../../app/query/useApiQuery';
import { problemKey, problemText, ruleExplanation, ruleName } from './problem-text';
import './checker.css';

interface CheckerPanelProps {
  draftId: string;
  kind: DraftKind;
  /** Moves the focus to the field a finding concerns. */
  onFocusField: (field: string) => void;
}

/**
 * The drafting checker, live: what `draft.check` finds in the saved draft (read again after each
 * autosave, which waits for a pause in typing). "Must" findings block export; "should" ones warn.
 */
export function CheckerPanel({ draftId, kind, onFocusField }: CheckerPanelProps) {
  const { t } = useTranslation();
  const check = useApiQuery('draft.check', { draftId }, { placeholderData: keepPreviousData });
  const results = check.data ?? [];
  const must = results.filter((r) => r.severity === 'must').length;
  return (
    // Open by default: the summary line stays in view in the editor's header; the list can be folded away.
    <details className="checker" open data-testid="checker">
      <summary className="checker-title">
        {t('checker.title')}
        {': '}
        <span role="status" aria-live="polite" data-testid="checker-summary">
          {check.isPending
            ? t('checker.checking')
            : results.length === 0
              ? t('checker.allPassed')
              : must === 0
                ? t('checker.summaryShould', { should: results.length })
                : t('checker.summary', { must, should: results.length - must })}
        </span>
      </summary>
      {check.isError && <p className="checker-error">{t('checker.failed')}</p>}
      <ul className="checker-list">
        {results.map((result) => (
          <CheckerItem key={problemKey(result)} result={result} kind={kind} onFocusField={onFocusField} />
        ))}
      </ul>
    </details>
  );
}

function CheckerItem({ result, kind, onFocusField }: { result: CheckResult; kind: DraftKind; onFocusField: (field: string) => void }) {
  const { t } = useTranslation();
  return (
    <li className={`checker-item checker-item--${result.severity}`} data-testid="checker-item" data-rule={result.rule}>
      <p className="checker-item-head">
        <span className="checker-severity">{t(`checker.severity.${result.severity}`)}</span>{' '}
        <strong className="checker-rule">{ruleName(result, t)}</strong>
      </p>
      <p className="checker-message">{problemText(result, t)}</p>
      <p className="checker-why">{ruleExplanation(result, t)}</p>
      <button type="button" className="link-button" onClick={() => onFocusField(result.field)}>
        {t('checker.goToField', { field: t(`checker.fields.${fieldGroup(result.field, kind)}`) })}
      </button>
    </li>
  );
}

const FIELD_GROUPS = [
  'title',
  'reasons',
  'basis',
  'measures',
  'leadDeputy',
  'delegation',
  'deputyNumber',
  'contact',
  'coSigners',
  'attachedDraft',
] as const;
type FieldGroup = (typeof FIELD_GROUPS)[number] | 'suggestionBasis' | 'suggestionReasons' | 'suggestionMeasures';

/** The field's name in the "Go to …" button, as the editor labels it for this kind; a co-signer row counts as the co-signers. */
function fieldGroup(field: string, kind: DraftKind): FieldGroup {
  const group = FIELD_GROUPS.find((g) => g === field) ?? (field.startsWith('coSigner') ? 'coSigners' : 'title');
  if (kind === 'suggestion' && group === 'basis') return 'suggestionBasis';
  if (kind === 'suggestion' && group === 'reasons') return 'suggestionReasons';
  if (kind === 'suggestion' && group === 'measures') return 'suggestionMeasures';
  return group;
}
