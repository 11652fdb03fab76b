import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_TITLE_MAX, VOTE_ITEM_KINDS, type VoteItemKind } from '../../../shared/domain/vote';
import { useApiMutation } from '../../app/query/useApiMutation';
import { errorText } from '../../app/error-message';
import { useShortcuts } from '../../app/useShortcuts';
import { completeDelivery } from '../../app/deliver';
import { VoteItemEditor, INTENTION_SYMBOLS } from './VoteItemEditor';
import type { VotesContext } from './votes-context';
import { VotesPrintSheet, useVotesPrintLines } from './VotesPrintSheet';
import { VotesSummary } from './VotesSummary';
import { itemTitle } from './vote-text';
import './votes.css';

export const VOTES_MAIN_ID = 'votes-main';

export type VotesSelection = { kind: 'item'; itemId: string } | { kind: 'summary' };

interface VotesViewProps {
  context: VotesContext;
  selection: VotesSelection | null;
  onSelect: (selection: VotesSelection) => void;
}

/** The voting notes: the session's agenda (add, rename, reorder, remove with undo), one item's notes, and the summary. */
export function VotesView({ context, selection, onSelect }: VotesViewProps) {
  const { t, i18n } = useTranslation();
  const { mutateAsync: exportDocx } = useApiMutation('vote.exportDocx');
  const id = useId();
  const { agenda, notify } = context;
  const [exporting, setExporting] = useState(false);
  const items = agenda.items;

  useShortcuts({ 'edit.undoDelete': () => void agenda.undoLast() });

  const shown: VotesSelection | null =
    selection?.kind === 'summary'
      ? selection
      : selection && agenda.byId.has(selection.itemId)
        ? selection
        : items && items[0]
          ? { kind: 'item', itemId: items[0].id }
          : null;
  const current = shown?.kind === 'item' ? agenda.byId.get(shown.itemId) : undefined;
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  // With the summary open, printing (its button or the browser's) gives the voting notes on the official page.
  const printLines = useVotesPrintLines(items, language, shown?.kind === 'summary');

  const exportNotes = useCallback(async () => {
    if (exporting) return;
    setExporting(true);
    try {
      const outcome = completeDelivery(await exportDocx({ language }));
      if (outcome.kind === 'saved') notify({ key: 'votes.savedTo', values: { path: outcome.path }, tone: 'info' });
      else if (outcome.kind === 'downloaded') notify({ key: 'votes.downloaded', values: { fileName: outcome.fileName }, tone: 'info' });
    } catch (error) {
      notify({ key: 'votes.exportFailed', values: { message: errorText(error) }, tone: 'error' });
    } finally {
      setExporting(false);
    }
  }, [exportDocx, exporting, language, notify]);

  const move = (itemId: string, index: number, step: -1 | 1, button: 'up' | 'down') => {
    void agenda.moveItem(itemId, index + step);
    // Keep focus on the moved item's button (its other button when it reached an end).
    requestAnimationFrame(() => {
      const count = items?.length ?? 0;
      const atEnd = index + step === 0 || index + step === count - 1;
      const which = atEnd ? (button === 'up' ? 'down' : 'up') : button;
      document.querySelector<HTMLButtonElement>(`[data-agenda-item="${CSS.escape(itemId)}"] [data-move="${which}"]`)?.focus();
    });
  };

  return (
    <main id={VOTES_MAIN_ID} className="votes-view" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="votes-view">
      <aside className="votes-sidebar" aria-labelledby={`${id}-agenda`}>
        <div className="votes-toolbar">
          <h2 id={`${id}-title`} className="visually-hidden">
            {t('votes.title')}
          </h2>
          <button
            type="button"
            className="text-button votes-summary-button"
            aria-current={shown?.kind === 'summary' ? 'page' : undefined}
            onClick={() => onSelect({ kind: 'summary' })}
          >
            {t('votes.summary.open')}
          </button>
          <button type="button" className="primary-button" aria-disabled={exporting || undefined} onClick={() => void exportNotes()}>
            {t('votes.export')}
          </button>
        </div>
        <h3 id={`${id}-agenda`} className="side-panel-title votes-agenda-title">
          {t('votes.agenda')}
        </h3>
        {items === null ? (
          <div className="panel-empty" role={agenda.loadError ? 'alert' : 'status'}>
            {agenda.loadError ? (
              <>
                {t('votes.loadFailed', { message: agenda.loadError })}{' '}
                <button type="button" className="text-button" onClick={agenda.reload}>
                  {t('votes.retry')}
                </button>
              </>
            ) : (
              t('votes.loading')
            )}
          </div>
        ) : (
          <ol className="vote-agenda" data-testid="vote-agenda">
            {items.map((item, index) => {
              const title = itemTitle(t, item);
              const open = shown?.kind === 'item' && shown.itemId === item.id;
              return (
                <li key={item.id} className={`vote-agenda-item${open ? ' vote-agenda-item--open' : ''}`} data-agenda-item={item.id}>
                  <button
                    type="button"
                    className="vote-agenda-open"
                    aria-current={open ? 'true' : undefined}
                    onClick={() => onSelect({ kind: 'item', itemId: item.id })}
                  >
                    <span className="vote-agenda-title">
                      {index + 1}. {title}
                    </span>
                    {item.evaluation ? (
                      <span className="intention-tag intention-tag--ballot">
                        {t('votes.summary.ballotTag')}
                        {item.evaluation.verdict === 'invalid' && (
                          <strong className="vote-agenda-invalid"> · {t('votes.ballot.invalidShort')}</strong>
                        )}
                      </span>
                    ) : (
                      <span className={`intention-tag intention-tag--${item.intention}`}>
                        <span aria-hidden="true">{INTENTION_SYMBOLS[item.intention]} </span>
                        {t(`votes.intention.${item.intention}`)}
                      </span>
                    )}
                  </button>
                  <div className="vote-agenda-actions">
                    <button
                      type="button"
                      className="row-button"
                      data-move="up"
                      aria-label={t('votes.moveUp', { title })}
                      title={t('votes.moveUp', { title })}
                      disabled={index === 0}
                      onClick={() => move(item.id, index, -1, 'up')}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      className="row-button"
                      data-move="down"
                      aria-label={t('votes.moveDown', { title })}
                      title={t('votes.moveDown', { title })}
                      disabled={index === items.length - 1}
                      onClick={() => move(item.id, index, 1, 'down')}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      className="row-button"
                      aria-label={t('votes.remove', { title })}
                      title={t('votes.remove', { title })}
                      onClick={() => void agenda.removeItem(item.id)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <AddItemForm
          onAdd={async (title, kind) => {
            const item = await agenda.addItem(title, kind);
            if (item) onSelect({ kind: 'item', itemId: item.id });
            return item !== null;
          }}
        />
      </aside>
      <div className="votes-detail">
        {shown?.kind === 'summary' && items ? (
          <VotesSummary
            items={items}
            onOpen={(itemId) => onSelect({ kind: 'item', itemId })}
            onPrint={printLines === null ? undefined : () => window.print()}
            onExport={() => void exportNotes()}
            exporting={exporting}
          />
        ) : current ? (
          <VoteItemEditor key={current.id} item={current} context={context} />
        ) : (
          items !== null && <p className="drafts-none">{t('votes.empty')}</p>
        )}
      </div>
      {shown?.kind === 'summary' && printLines !== null && <VotesPrintSheet lines={printLines} language={language} />}
    </main>
  );
}

function AddItemForm({ onAdd }: { onAdd: (title: string, kind: VoteItemKind) => Promise<boolean> }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<VoteItemKind>('resolution');
  const [empty, setEmpty] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = title.replace(/\s+/g, ' ').trim();
    if (clean === '') {
      setEmpty(true);
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    setEmpty(false);
    if (await onAdd(clean, kind)) {
      setTitle('');
      setKind('resolution');
    }
  };
  return (
    <form className="vote-add" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-legend`} noValidate>
      <h3 id={`${id}-legend`} className="field-label">
        {t('votes.add.title')}
      </h3>
      <label htmlFor={`${id}-title`} className="visually-hidden">
        {t('votes.add.itemTitle')}
      </label>
      <input
        id={`${id}-title`}
        type="text"
        className="draft-input"
        placeholder={t('votes.add.placeholder')}
        maxLength={ITEM_TITLE_MAX}
        value={title}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? `${id}-error` : undefined}
        onChange={(event) => setTitle(event.target.value)}
      />
      {empty && (
        <p id={`${id}-error`} className="field-error">
          {t('votes.add.empty')}
        </p>
      )}
      <div className="vote-add-row">
        <label htmlFor={`${id}-kind`} className="visually-hidden">
          {t('votes.add.kind')}
        </label>
        <select id={`${id}-kind`} className="draft-input" value={kind} onChange={(event) => setKind(event.target.value as VoteItemKind)}>
          {VOTE_ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`votes.kind.${k}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="primary-button">
          {t('votes.add.submit')}
        </button>
      </div>
    </form>
  );
}
