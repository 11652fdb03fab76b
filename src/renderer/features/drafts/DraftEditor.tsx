import { memo, startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftContent } from '../../../shared/domain/draft';
import { blocksExport, checkDraft, type CheckResult } from '../../../shared/drafts/checks';
import { completeDelivery, completeExport, type DeliveryOutcome } from '../../app/deliver';
import { errorText } from '../../app/error-message';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useQueryClient } from '../../app/query/useApiQuery';
import { useDebouncedSave } from '../../app/useDebouncedSave';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { SubmitDraftButton } from '../../components/SubmitDraftButton';
import { CheckerPanel } from './CheckerPanel';
import { DeadlineCountdown } from './DeadlineCountdown';
import { showSavedDraft } from './draft-cache';
import { mergeChanges, type DraftChange, type UnsavedChanges } from './draft-change';
import { DraftFields } from './DraftFields';
import { DraftPrintSheet, type PrintPart } from './DraftPrintSheet';
import { problemKey, problemText } from './problem-text';
import { SaveStatusLine } from './SaveStatusLine';

/** How long after the last change the readiness is worked out again (typing stays fast with long drafts). */
const SNAPSHOT_DELAY_MS = 250;

// The header re-renders when the save status changes: what it holds that does not depend on it is kept as it was.
const Checker = memo(CheckerPanel);
const Deadline = memo(DeadlineCountdown);
const SubmitButton = memo(SubmitDraftButton);
const PrintSheet = memo(DraftPrintSheet);

interface DraftEditorProps {
  draft: Draft;
  minCoSigners: number;
  unsaved: UnsavedChanges;
  notify: (notice: WorkspaceNotice | null) => void;
  onDuplicate: (draftId: string) => void;
  onDelete: (draftId: string, title: string) => void;
}

/**
 * The structured editor of one suggestion or proposal; everything autosaves while typing (the app's
 * debounced save, through the data layer). A keystroke reaches the field that holds the text and the
 * saver only; what is derived from the whole draft (title, readiness, the print sheet) follows a
 * pause in typing.
 */
export function DraftEditor({ draft, minCoSigners, unsaved, notify, onDuplicate, onDelete }: DraftEditorProps) {
  const { t } = useTranslation();
  const prefix = `draft${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const draftId = draft.id;
  // The stored draft and what an earlier refused save left; from then on the fields are the deputy's.
  const [initial] = useState<DraftContent>(() => ({ ...draft, ...unsaved.get(draftId) }));
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
  // The answer is put in the cache by showSavedDraft: an autosave does not make every read be read again.
  const { mutateAsync: saveDraft } = useApiMutation('draft.update', { invalidate: false });
  const { mutateAsync: exportDocxCall } = useApiMutation('draft.exportDocx');
  const { mutateAsync: exportJsonCall } = useApiMutation('draft.exportJson');
  const left = unsaved.get(draftId);
  const autosave = useDebouncedSave<DraftChange>({
    merge: mergeChanges,
    send: (change) =>
      saveDraft({ draftId, change }).then((saved) => {
        showSavedDraft(queryClient, saved, minCoSigners);
        return null;
      }, errorText),
    remember: (change) => (change ? unsaved.set(draftId, change) : unsaved.delete(draftId)),
    leftOver: left && Object.keys(left).length > 0 ? left : undefined,
  });
  const { change, flush } = autosave;
  const retry = useCallback(() => void flush(), [flush]);

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
        // What follows from the whole draft renders at low priority: a keystroke that comes meanwhile goes first.
        startTransition(() => setSnapshot(content.current));
      }, SNAPSHOT_DELAY_MS);
    },
    [change],
  );

  const live = useMemo(() => checkDraft(snapshot, { minCoSigners }), [snapshot, minCoSigners]);
  const blocking = live.filter((p) => p.severity === 'must');
  const shownProblems = checked ? (checked.of === snapshot ? checked.problems : live) : null;

  const focusField = useCallback(
    (field: string) => {
      const id = field === 'measures' ? `${prefix}-measure-0` : `${prefix}-${field}`;
      const element = document.getElementById(id) ?? document.getElementById(`${prefix}-measures-add`);
      element?.focus();
    },
    [prefix],
  );

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
      const outcome = completeExport(await exportDocxCall({ draftId }));
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
      report(completeDelivery(await exportJsonCall({ draftId })));
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
      data-draft-id={draftId}
      onBlur={() => void flush()}
    >
      <header className="draft-editor-header" ref={headerRef}>
        <div className="draft-editor-heading">
          <p className={`draft-kind draft-kind--${kind}`}>{t(`drafts.kind.${kind}`)}</p>
          <h2 id={headingId} className="draft-editor-title">
            {title}
          </h2>
        </div>
        <SaveStatusLine status={autosave.status} error={autosave.error} onRetry={retry} />
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
          <SubmitButton draftId={draftId} beforeSubmit={flush} />
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
              void flush().then(() => onDuplicate(draftId));
            }}
          >
            {t('drafts.duplicate')}
          </button>
          <button
            type="button"
            className="text-button text-button--danger"
            onClick={() => {
              void flush().then(() => onDelete(draftId, content.current.title.trim() || t('drafts.untitled')));
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
        {kind === 'proposal' && <Deadline prefix={prefix} />}
        <Checker draftId={draftId} kind={kind} onFocusField={focusField} />
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
        <DraftFields
          prefix={prefix}
          draftId={draftId}
          initial={initial}
          minCoSigners={minCoSigners}
          update={update}
          flush={flush}
          notify={notify}
        />
      </div>
      <PrintSheet draft={snapshot} part={printPart} />
    </section>
  );
}
