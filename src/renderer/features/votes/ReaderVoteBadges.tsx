import { useEffect, useId, useMemo, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/domain/annotation';
import { itemsCiting, type VoteAgendaItem, type VoteCitation } from '../../../shared/votes/vote-views';
import { ModalDialog } from '../../components/ModalDialog';
import { INTENTION_SYMBOLS } from './VoteItemEditor';
import { itemTitle } from './vote-text';

interface ReaderVoteBadgesProps {
  paneRef: RefObject<HTMLElement | null>;
  /** The report shown (a new one re-renders the pane: the badges are put in again). */
  report: { id: string };
  items: readonly VoteAgendaItem[] | null;
  annotations: readonly Annotation[];
  onOpen: (itemId: string) => void;
}

const HOST_CLASS = 'vote-cites-host';

/**
 * In the reader, a small button in the gutter of each paragraph that vote notes cite ("Cited in 2
 * vote notes"), which lists them. Rendered through portals into hosts put in the cited paragraphs
 * only: the report itself never re-renders.
 */
export function ReaderVoteBadges({ paneRef, report, items, annotations, onOpen }: ReaderVoteBadgesProps) {
  const { t } = useTranslation();
  const id = useId();
  const [hosts, setHosts] = useState<ReadonlyMap<string, HTMLElement>>(new Map());
  const [open, setOpen] = useState<{ citation: string; citations: VoteCitation[] } | null>(null);

  const cited = useMemo(() => {
    const result = new Map<string, VoteCitation[]>();
    if (!items) return result;
    const annotationParagraph = new Map(annotations.map((a) => [a.id, { documentId: a.documentId, paragraphId: a.target.paragraphId }]));
    const candidates = new Set<string>();
    for (const item of items) {
      for (const link of item.paragraphLinks) if (link.documentId === report.id) candidates.add(link.paragraphId);
      for (const annotationId of item.annotationIds) {
        const at = annotationParagraph.get(annotationId);
        if (at?.documentId === report.id) candidates.add(at.paragraphId);
      }
    }
    for (const paragraphId of candidates) {
      const citations = itemsCiting(items, { documentId: report.id, paragraphId }, (annotationId) => annotationParagraph.get(annotationId));
      if (citations.length > 0) result.set(paragraphId, citations);
    }
    return result;
  }, [items, annotations, report.id]);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const next = new Map<string, HTMLElement>();
    for (const paragraphId of cited.keys()) {
      const paragraph = pane.querySelector<HTMLElement>(`p[data-paragraph-id="${CSS.escape(paragraphId)}"]`);
      if (!paragraph) continue;
      let host = paragraph.querySelector<HTMLElement>(`:scope > .${HOST_CLASS}`);
      if (!host) {
        host = document.createElement('span');
        host.className = HOST_CLASS;
        // In the gutter, between the citation and the text (a selection ending in it is clamped like one in the citation).
        paragraph.insertBefore(host, paragraph.querySelector(':scope > .para-text'));
      }
      next.set(paragraphId, host);
    }
    for (const stale of pane.querySelectorAll<HTMLElement>(`.${HOST_CLASS}`)) {
      const paragraphId = stale.parentElement?.dataset.paragraphId ?? '';
      if (next.get(paragraphId) !== stale) stale.remove();
    }
    setHosts((previous) => (sameHosts(previous, next) ? previous : next));
  }, [paneRef, cited, report]);

  useEffect(
    () => () => {
      for (const host of paneRef.current?.querySelectorAll(`.${HOST_CLASS}`) ?? []) host.remove();
    },
    [paneRef],
  );

  return (
    <>
      {[...hosts].map(([paragraphId, host]) => {
        const citations = cited.get(paragraphId);
        if (!citations || !host.isConnected) return null;
        const citation = host.parentElement?.dataset.citation ?? '';
        return createPortal(
          <button
            type="button"
            className="vote-cites"
            data-testid="vote-cites"
            aria-label={t('votes.cites.label', { count: citations.length, citation })}
            onClick={() => setOpen({ citation, citations })}
          >
            <span aria-hidden="true">⚑ </span>
            {t('votes.cites.badge', { count: citations.length })}
          </button>,
          host,
          paragraphId,
        );
      })}
      {open && (
        <ModalDialog labelledBy={`${id}-title`} onClose={() => setOpen(null)}>
          <div className="chooser" data-testid="vote-cites-dialog">
            <h2 id={`${id}-title`} className="dialog-title">
              {t('votes.cites.title', { citation: open.citation })}
            </h2>
            <ul className="chooser-list">
              {open.citations.map((c) => (
                <li key={c.itemId}>
                  <button
                    type="button"
                    className="chooser-option vote-cites-option"
                    onClick={() => {
                      setOpen(null);
                      onOpen(c.itemId);
                    }}
                  >
                    <span className={`intention-tag intention-tag--${c.intention}`}>
                      <span aria-hidden="true">{INTENTION_SYMBOLS[c.intention]} </span>
                      {t(`votes.intention.${c.intention}`)}
                    </span>{' '}
                    <span className="vote-cites-title">{itemTitle(t, c)}</span>
                    {c.via === 'annotation' && <span className="field-hint"> {t('votes.cites.viaAnnotation')}</span>}
                  </button>
                </li>
              ))}
            </ul>
            <div className="dialog-actions">
              <span className="dialog-spacer" />
              <button type="button" className="text-button" onClick={() => setOpen(null)}>
                {t('votes.close')}
              </button>
            </div>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

function sameHosts(a: ReadonlyMap<string, HTMLElement>, b: ReadonlyMap<string, HTMLElement>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, host] of a) if (b.get(key) !== host) return false;
  return true;
}
