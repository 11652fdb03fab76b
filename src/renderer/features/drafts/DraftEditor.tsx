import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CoSigner, Draft, DraftCitation, DraftContent } from '../../../shared/domain/draft';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { blocksExport, checkDraft, type CheckResult } from '../../../shared/drafts/checks';
import { useApi } from '../../app/api-context';
import { apiQueryKey, useQueryClient } from '../../app/query/useApiQuery';
import { errorText } from '../../app/error-message';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { CheckerPanel } from './CheckerPanel';
import { CitationsField } from './CitationsField';
import { CoSignersField } from './CoSignersField';
import { CoSigningPanel } from './CoSigningPanel';
import { completeDelivery, completeExport, type DeliveryOutcome } from '../../app/deliver';
import { DraftPrintSheet, type PrintPart } from './DraftPrintSheet';
import { DeadlineCountdown } from './DeadlineCountdown';
import { LegislativeField } from './LegislativeField';
import { MeasuresField } from './MeasuresField';
import { SubmitDraftButton } from '../../components/SubmitDraftButton';
import { problemKey, problemText } from './problem-text';
import { TextField } from './TextField';
import { useAutosave, type SaveStatus, type UnsavedChanges } from './useAutosave';

type TextFieldName = 'title' | 'category' | 'reasons' | 'basis' | 'leadDeputy' | 'delegation' | 'deputyNumber' | 'contact' | 'date';

/** How long after the last change the readiness is worked out again (typing stays fast with long drafts). */
const SNAPSHOT_DELAY_MS = 250;

interface DraftEditorProps {
  draft: Draft;
  minCoSigners: number;
  unsaved: UnsavedChanges;
  notify: (notice: WorkspaceNotice | null) => void;
  onSaved: (draft: Draft, exportable: boolean) => void;
  onDuplicate: (draftId: string) => void;
  onDelete: (draftId: string, title: string) => void;
}

/** The structured editor of one suggestion or proposal; everything autosaves while typing. */
export function DraftEditor({ draft, minCoSigners, unsaved, notify, onSaved, onDuplicate, onDelete }: DraftEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const prefix = `draft${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const initial = useMemo<DraftContent>(() => ({ ...draft, ...unsaved.get(draft.id) }), [draft, unsaved]);
  const content = useRef<DraftContent>(initial);
  const [snapshot, setSnapshot] = useState<DraftContent>(initial);
  const snapshotTimer = useRef<number | null>(null);
  const [checked, setChecked] = useState<{ problems: CheckResult[]; of: DraftContent } | null>(null);
  const [busy, setBusy] = useState(false);
  const [printPart, setPrintPart] = useState<PrintPart>('draft');
  const problemsRef = useRef<HTMLHeadingElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  // Fields scrolled into view (focus, problem links) stop below the sticky header, however tall it is.
  useEffect(() => {
    const header = headerRef.current;
    const scroller = header?.closest<HTMLElement>('.drafts-detail');
    if (!header || !scroller) return;
    const observer = new ResizeObserver(() => scroller.style.setProperty('--draft-header-height', `${header.offsetHeight}px`));
    observer.observe(header);
    return () => observer.disconnect();
  }, []);

  const queryClient = useQueryClient();
  const autosave = useAutosave(draft.id, unsaved, (saved) => {
    onSaved(saved, !blocksExport(checkDraft(content.current, { minCoSigners })));
    // The checker reads the saved draft: it checks again after each autosave (a pause in typing).
    void queryClient.invalidateQueries({ queryKey: apiQueryKey('draft.check', { draftId: draft.id }) });
    // … and the co-signing status: a confirmation of the text before the edit is stale now.
    void queryClient.invalidateQueries({ queryKey: apiQueryKey('cosign.status', { draftId: draft.id }) });
  });
  const { change, flush } = autosave;

  useEffect(
    () => () => {
      if (snapshotTimer.current !== null) window.clearTimeout(snapshotTimer.current);
    },
    [],
  );

  const update = useCallback(
    (patch: Partial<DraftContent>) => {
      content.current = { ...content.current, ...patch };
      change(patch);
      if (snapshotTimer.current !== null) window.clearTimeout(snapshotTimer.current);
      snapshotTimer.current = window.setTimeout(() => {
        snapshotTimer.current = null;
        setSnapshot(content.current);
      }, SNAPSHOT_DELAY_MS);
    },
    [change],
  );
  const onText = useCallback((field: TextFieldName, value: string) => update({ [field]: value }), [update]);
  const onMeasures = useCallback((measures: string[]) => update({ measures }), [update]);
  const onCoSigners = useCallback((coSigners: CoSigner[]) => update({ coSigners }), [update]);
  const onCitations = useCallback((citations: DraftCitation[]) => update({ citations }), [update]);

  const live = useMemo(() => checkDraft(snapshot, { minCoSigners }), [snapshot, minCoSigners]);
  const blocking = live.filter((p) => p.severity === 'must');
  const shownProblems = checked ? (checked.of === snapshot ? checked.problems : live) : null;

  const focusField = (field: string) => {
    const id = field === 'measures' ? `${prefix}-measure-0` : `${prefix}-${field}`;
    const element = document.getElementById(id) ?? document.getElementById(`${prefix}-measures-add`);
    element?.focus();
  };

  const report = (outcome: DeliveryOutcome) => {
    if (outcome.kind === 'saved') notify({ key: 'editor.savedTo', values: { path: outcome.path }, tone: 'info' });
    else if (outcome.kind === 'downloaded') notify({ key: 'editor.downloaded', values: { fileName: outcome.fileName }, tone: 'info' });
  };
  const failed = (error: unknown) => notify({ key: 'editor.exportFailed', values: { message: errorText(error) }, tone: 'error' });

  const exportDocx = async () => {
    if (busy) return;
    setBusy(true);
    try {
      if (!(await flush())) return notify({ key: 'editor.exportNeedsSave', tone: 'error' });
      setSnapshot(content.current);
      // One call: the file, or what stops the draft from being exported.
      const outcome = completeExport(await api.call('draft.exportDocx', { draftId: draft.id }));
      if (outcome.kind === 'refused') {
        setChecked({ problems: outcome.problems, of: content.current });
        requestAnimationFrame(() => problemsRef.current?.focus());
        return;
      }
      setChecked(null);
      report(outcome);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  // Printing shows the sheet of what is typed now; after the print dialog the whole draft prints again (Ctrl+P).
  useEffect(() => {
    const reset = () => setPrintPart('draft');
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);
  const print = (part: PrintPart) => {
    void flush();
    flushSync(() => {
      setSnapshot(content.current);
      setPrintPart(part);
    });
    window.print();
  };

  const exportJson = async () => {
    try {
      if (!(await flush())) return notify({ key: 'editor.exportNeedsSave', tone: 'error' });
      report(completeDelivery(await api.call('draft.exportJson', { draftId: draft.id })));
    } catch (error) {
      failed(error);
    }
  };

  const kind = draft.kind;
  const title = snapshot.title.trim() || t('drafts.untitled');
  const headingId = `${prefix}-heading`;
  return (
    <section
      className="draft-editor"
      aria-labelledby={headingId}
      data-testid="draft-editor"
      data-draft-id={draft.id}
      onBlur={() => void flush()}
    >
      <header className="draft-editor-header" ref={headerRef}>
        <div className="draft-editor-heading">
          <p className={`draft-kind draft-kind--${kind}`}>{t(`drafts.kind.${kind}`)}</p>
          <h2 id={headingId} className="draft-editor-title">
            {title}
          </h2>
        </div>
        <SaveStatusLine status={autosave.status} error={autosave.error} onRetry={() => void flush()} />
        <div className="draft-editor-actions">
          <button
            type="button"
            className="primary-button"
            onClick={() => void exportDocx()}
            aria-describedby={`${prefix}-readiness`}
            data-testid="export-docx"
          >
            {t(busy ? 'editor.exporting' : 'editor.exportDocx')}
          </button>
          <SubmitDraftButton draftId={draft.id} beforeSubmit={flush} />
          <button type="button" className="text-button" onClick={() => void exportJson()}>
            {t('editor.exportJson')}
          </button>
          <button type="button" className="text-button" onClick={() => print('draft')} data-testid="print-draft">
            {t('draftPrint.print')}
          </button>
          {kind === 'proposal' && snapshot.coSigners.length > 0 && (
            <button type="button" className="text-button" onClick={() => print('co-signers')} data-testid="print-co-signers-page">
              {t('draftPrint.printCoSigners')}
            </button>
          )}
          <button
            type="button"
            className="text-button"
            onClick={() => {
              void flush().then(() => onDuplicate(draft.id));
            }}
          >
            {t('drafts.duplicate')}
          </button>
          <button
            type="button"
            className="text-button text-button--danger"
            onClick={() => {
              void flush().then(() => onDelete(draft.id, content.current.title.trim() || t('drafts.untitled')));
            }}
          >
            {t('drafts.delete')}
          </button>
        </div>
        <p
          id={`${prefix}-readiness`}
          className={`readiness readiness--${blocking.length === 0 ? 'ready' : 'not-ready'}`}
          data-testid="readiness"
        >
          <span aria-hidden="true">{blocking.length === 0 ? '✓ ' : '○ '}</span>
          {blocking.length === 0 ? t('drafts.ready') : t('editor.missingCount', { count: blocking.length })}
          {kind === 'proposal' && <span className="readiness-reminder"> {t('problems.oneMatter')}</span>}
        </p>
        {kind === 'proposal' && <DeadlineCountdown prefix={prefix} />}
        <CheckerPanel draftId={draft.id} kind={draft.kind} onFocusField={focusField} />
        {shownProblems && (
          <section
            className={`export-problems${blocksExport(shownProblems) ? '' : ' export-problems--solved'}`}
            aria-labelledby={`${prefix}-problems`}
            data-testid="export-problems"
          >
            <h3 id={`${prefix}-problems`} ref={problemsRef} tabIndex={-1} className="export-problems-title">
              {blocksExport(shownProblems) ? t('editor.problemsTitle') : t('editor.problemsSolved')}
            </h3>
            <ul className="export-problem-list">
              {shownProblems
                .filter((p) => p.severity === 'must')
                .map((p) => (
                  <li key={problemKey(p)}>
                    <button type="button" className="link-button" onClick={() => focusField(p.field)}>
                      {problemText(p, t)}
                    </button>
                  </li>
                ))}
            </ul>
            {kind === 'proposal' && <p className="field-hint">{t('problems.oneMatter')}</p>}
          </section>
        )}
      </header>

      <div className="draft-body" lang={snapshot.language}>
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
        <CoSigningPanel draftId={draft.id} flush={flush} notify={notify} />
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
                onChange={(event) => update({ language: event.target.value as Language })}
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
      </div>
      <DraftPrintSheet draft={snapshot} part={printPart} />
    </section>
  );
}

function SaveStatusLine({ status, error, onRetry }: { status: SaveStatus; error: string | null; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`save-status save-status--${status}`}>
      <span role="status" aria-live="polite" data-testid="save-status" title={status === 'error' && error ? error : undefined}>
        {t(`editor.status.${status}`)}
      </span>
      {status === 'error' && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('editor.retrySave')}
        </button>
      )}
    </div>
  );
}
