import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoSigner, DraftCitation, DraftContent } from '../../../shared/domain/draft';
import { LANGUAGES } from '../../../shared/domain/settings';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { CitationsField } from './CitationsField';
import { CoSignersField } from './CoSignersField';
import { CoSigningPanel } from './CoSigningPanel';
import { LegislativeField } from './LegislativeField';
import { MeasuresField } from './MeasuresField';
import { TextField } from './TextField';

type TextFieldName = 'title' | 'category' | 'reasons' | 'basis' | 'leadDeputy' | 'delegation' | 'deputyNumber' | 'contact' | 'date';

interface DraftFieldsProps {
  prefix: string;
  draftId: string;
  /** What the fields start from; from then on each field keeps its own text. */
  initial: DraftContent;
  minCoSigners: number;
  /** Takes every change (must be stable: the fields never re-render for the editor's sake). */
  update: (patch: Partial<DraftContent>) => void;
  flush: () => Promise<boolean>;
  notify: (notice: WorkspaceNotice | null) => void;
}

/**
 * Every field of a draft. Each field holds its own text and reports changes through `update`; with
 * stable props this whole form renders once, so what the editor shows around it (save status,
 * readiness, checker) never re-renders the fields, and a keystroke re-renders nothing here.
 */
export const DraftFields = memo(function DraftFields({ prefix, draftId, initial, minCoSigners, update, flush, notify }: DraftFieldsProps) {
  const { t } = useTranslation();
  const kind = initial.kind;
  const onText = useCallback((field: TextFieldName, value: string) => update({ [field]: value }), [update]);
  const onMeasures = useCallback((measures: string[]) => update({ measures }), [update]);
  const onCoSigners = useCallback((coSigners: CoSigner[]) => update({ coSigners }), [update]);
  const onCitations = useCallback((citations: DraftCitation[]) => update({ citations }), [update]);
  return (
    <>
      <div className="draft-grid">
        <TextField
          id={`${prefix}-title`}
          field="title"
          label={t('editor.title')}
          initial={initial.title}
          onChange={onText}
          maxLength={500}
          required
          hint={t(`editor.titleHint.${kind}`)}
        />
        <TextField
          id={`${prefix}-category`}
          field="category"
          label={t('editor.category')}
          initial={initial.category}
          onChange={onText}
          maxLength={500}
        />
      </div>
      <TextField
        id={`${prefix}-reasons`}
        field="reasons"
        label={t(`editor.sections.${kind}.reasons`)}
        initial={initial.reasons}
        onChange={onText}
        multiline
        rows={8}
        required
        hint={t('editor.paragraphsHint')}
      />
      <TextField
        id={`${prefix}-basis`}
        field="basis"
        label={t(`editor.sections.${kind}.basis`)}
        initial={initial.basis}
        onChange={onText}
        multiline
        rows={6}
      />
      <MeasuresField prefix={prefix} kind={kind} initial={initial.measures} onChange={onMeasures} />
      <CitationsField prefix={prefix} initial={initial.citations} onChange={onCitations} />
      {kind === 'proposal' && <LegislativeField prefix={prefix} initial={initial} onChange={update} />}
      <section className="draft-section" aria-labelledby={`${prefix}-deputy-heading`}>
        <h3 id={`${prefix}-deputy-heading`} className="draft-section-title">
          {t('editor.deputySection')}
        </h3>
        <div className="draft-grid">
          <TextField
            id={`${prefix}-leadDeputy`}
            field="leadDeputy"
            label={t(`editor.leadDeputy.${kind}`)}
            initial={initial.leadDeputy}
            onChange={onText}
            maxLength={500}
            required
          />
          <TextField
            id={`${prefix}-delegation`}
            field="delegation"
            label={t('editor.delegation')}
            initial={initial.delegation}
            onChange={onText}
            maxLength={500}
            required={kind === 'proposal'}
          />
          <TextField
            id={`${prefix}-deputyNumber`}
            field="deputyNumber"
            label={t('editor.deputyNumber')}
            initial={initial.deputyNumber}
            onChange={onText}
            maxLength={500}
          />
          <TextField
            id={`${prefix}-contact`}
            field="contact"
            label={t('editor.contact')}
            initial={initial.contact}
            onChange={onText}
            maxLength={500}
          />
        </div>
      </section>
      <CoSignersField prefix={prefix} kind={kind} minCoSigners={minCoSigners} initial={initial.coSigners} onChange={onCoSigners} />
      <CoSigningPanel draftId={draftId} flush={flush} notify={notify} />
      <section className="draft-section" aria-labelledby={`${prefix}-doc-heading`}>
        <h3 id={`${prefix}-doc-heading`} className="draft-section-title">
          {t('editor.documentSection')}
        </h3>
        <div className="draft-grid">
          <TextField id={`${prefix}-date`} field="date" type="date" label={t('editor.date')} initial={initial.date} onChange={onText} />
          <div className="field">
            <label htmlFor={`${prefix}-language`} className="field-label">
              {t('editor.language')}
            </label>
            <select
              id={`${prefix}-language`}
              className="draft-input"
              defaultValue={initial.language}
              onChange={(event) => {
                const language = LANGUAGES.find((l) => l === event.target.value);
                if (language) update({ language });
              }}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
    </>
  );
});
