import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTENTIONS, ITEM_TITLE_MAX } from '../../../shared/domain/vote';
import type { VoteAgendaItem } from '../../../shared/votes/vote-views';
import { annotationGroupsOf } from '../../components/annotation-groups';
import { useLibraryDocuments } from '../../components/useLibraryDocuments';
import { KIND_ICONS } from '../../components/annotation-kinds';
import { AnnotationPickerDialog } from './AnnotationPickerDialog';
import { BallotEditor } from './BallotEditor';
import { ParagraphPickerDialog } from './ParagraphPickerDialog';
import { ReasonsField } from './ReasonsField';
import { excerpt } from '../../components/excerpt';
import type { VotesContext } from './votes-context';
import { itemTitle } from './vote-text';

interface VoteItemEditorProps {
  item: VoteAgendaItem;
  context: VotesContext;
}

/** One agenda item: its title, the intended vote, the reasons, links to the report and annotations, and the ballot when it is one. */
export function VoteItemEditor({ item, context }: VoteItemEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const { agenda, reader } = context;
  const title = itemTitle(t, item);
  const [picker, setPicker] = useState<'paragraph' | 'annotation' | null>(null);
  const here = reader.currentParagraph();
  const linkedParagraphs = useMemo(
    () => new Set(item.paragraphLinks.filter((l) => l.documentId === reader.documentId).map((l) => l.paragraphId)),
    [item.paragraphLinks, reader.documentId],
  );
  // Every document's outline and annotations: links may go to any report, not only the one in the reader.
  const library = useLibraryDocuments(reader.live);
  // Until the library has answered (or when it failed), the report in the reader alone.
  const documents = useMemo(() => {
    const { report, annotations } = reader.live;
    return library.documents ?? [{ summary: { id: report.id, title: report.title, kind: report.kind, addedAt: '' }, report, annotations }];
  }, [library.documents, reader.live]);
  const annotationGroups = useMemo(() => annotationGroupsOf(documents), [documents]);
  const findAnnotation = (annotationId: string) => {
    for (const group of annotationGroups) {
      const annotation = group.annotations.find((a) => a.id === annotationId);
      if (annotation) return { annotation, group };
    }
    return null;
  };

  return (
    <article className="vote-editor" aria-labelledby={`${id}-heading`} data-testid="vote-item-editor" data-item-id={item.id}>
      <header className="vote-editor-header">
        <h2 id={`${id}-heading`} className="vote-editor-title">
          {title}
        </h2>
        <p className="vote-editor-kind">{t(`votes.kind.${item.kind}`)}</p>
      </header>

      <TitleField key={`${item.id}:${title}`} title={title} onRename={(next) => agenda.renameItem(item.id, next)} />

      {/* A ballot's marks are its intention: "for / against" would mean nothing there. */}
      {item.kind !== 'ballot' && (
        <fieldset className="vote-intention">
          <legend className="field-label">{t('votes.intentionLegend')}</legend>
          <div className="intention-choices">
            {INTENTIONS.map((intention) => (
              <label key={intention} className={`intention-choice intention-choice--${intention}`}>
                <input
                  type="radio"
                  name={`${id}-intention`}
                  value={intention}
                  checked={item.intention === intention}
                  onChange={() => void agenda.setIntention(item.id, intention)}
                />
                <span>{t(`votes.intention.${intention}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <ReasonsField key={item.id} itemId={item.id} stored={item.rationale} unsaved={context.unsavedReasons} save={agenda.saveReasons} />

      <section className="draft-section vote-links" aria-labelledby={`${id}-paragraphs`}>
        <h3 id={`${id}-paragraphs`} className="draft-section-title">
          {t('votes.links.paragraphsTitle')}
        </h3>
        {item.paragraphLinks.length === 0 ? (
          <p className="field-hint">{t('votes.links.noParagraphs')}</p>
        ) : (
          <ul className="vote-link-list" data-testid="paragraph-links">
            {item.paragraphLinks.map((link) => (
              <li key={`${link.documentId}/${link.paragraphId}`} className="vote-link" data-citation={link.citation}>
                <button
                  type="button"
                  className="vote-link-open"
                  aria-label={t('votes.links.openParagraph', { citation: link.citation })}
                  onClick={() => reader.openParagraph(link.documentId, link.paragraphId, link.documentTitle)}
                >
                  <span className="vote-link-citation">{link.citation}</span>
                  <span className="vote-link-text">{link.excerpt}</span>
                  {link.documentId !== reader.documentId && <span className="vote-link-doc">{link.documentTitle}</span>}
                </button>
                <button
                  type="button"
                  className="text-button text-button--small"
                  aria-label={t('votes.links.unlinkParagraph', { citation: link.citation })}
                  onClick={() => void agenda.unlinkParagraph(item.id, link.documentId, link.paragraphId)}
                >
                  {t('votes.links.unlink')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="vote-link-actions">
          <button type="button" className="text-button" onClick={() => setPicker('paragraph')}>
            {t('votes.links.pickParagraph')}
          </button>
          {here && !linkedParagraphs.has(here.paragraphId) && (
            <button
              type="button"
              className="text-button"
              onClick={() => void agenda.linkParagraph(item.id, reader.documentId, here.paragraphId)}
            >
              {t(here.fromSelection ? 'votes.links.linkSelection' : 'votes.links.linkCurrent', { citation: here.citation })}
            </button>
          )}
        </div>
      </section>

      <section className="draft-section vote-links" aria-labelledby={`${id}-annotations`}>
        <h3 id={`${id}-annotations`} className="draft-section-title">
          {t('votes.links.annotationsTitle')}
        </h3>
        {item.annotationIds.length === 0 ? (
          <p className="field-hint">{t('votes.links.noAnnotationLinks')}</p>
        ) : (
          <ul className="vote-link-list" data-testid="annotation-links">
            {item.annotationIds.map((annotationId) => {
              const found = findAnnotation(annotationId);
              const annotation = found?.annotation;
              return (
                <li key={annotationId} className="vote-link">
                  {found && annotation ? (
                    <button
                      type="button"
                      className="vote-link-open"
                      aria-label={t('votes.links.openAnnotation', { quote: excerpt(annotation.target.quote.exact, 60) })}
                      onClick={() => reader.openAnnotation(annotation)}
                    >
                      <span className={`kind-badge kind-badge--${annotation.kind}`} aria-hidden="true">
                        {KIND_ICONS[annotation.kind]}
                      </span>
                      <span className="vote-link-citation">
                        {t(`kinds.${annotation.kind}`)} · {found.group.citationOf(annotation.target.paragraphId)}
                      </span>
                      <span className="vote-link-text">
                        “{excerpt(annotation.target.quote.exact, 100)}”{annotation.note.trim() && ` — ${excerpt(annotation.note, 80)}`}
                      </span>
                      {found.group.documentId !== reader.documentId && <span className="vote-link-doc">{found.group.documentTitle}</span>}
                    </button>
                  ) : (
                    <span className="vote-link-missing">{t('votes.links.annotationGone')}</span>
                  )}
                  <button
                    type="button"
                    className="text-button text-button--small"
                    aria-label={t('votes.links.unlinkAnnotation')}
                    onClick={() => void agenda.unlinkAnnotation(item.id, annotationId)}
                  >
                    {t('votes.links.unlink')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div className="vote-link-actions">
          <button type="button" className="text-button" onClick={() => setPicker('annotation')}>
            {t('votes.links.pickAnnotation')}
          </button>
        </div>
      </section>

      {item.kind === 'ballot' && item.ballot && item.evaluation && <BallotEditor item={item} agenda={agenda} notify={context.notify} />}

      {picker === 'paragraph' && (
        <ParagraphPickerDialog
          item={item}
          itemTitle={title}
          documents={documents}
          openDocumentId={reader.documentId}
          loadError={library.loadError}
          onToggle={(documentId, paragraphId, link) =>
            void (link ? agenda.linkParagraph(item.id, documentId, paragraphId) : agenda.unlinkParagraph(item.id, documentId, paragraphId))
          }
          onClose={() => setPicker(null)}
        />
      )}
      {picker === 'annotation' && (
        <AnnotationPickerDialog
          itemTitle={title}
          groups={annotationGroups}
          linked={item.annotationIds}
          loadError={library.loadError}
          onToggle={(annotationId, link) =>
            void (link ? agenda.linkAnnotation(item.id, annotationId) : agenda.unlinkAnnotation(item.id, annotationId))
          }
          onClose={() => setPicker(null)}
        />
      )}
    </article>
  );
}

export const INTENTION_SYMBOLS = { for: '✓', against: '✗', abstain: '○', undecided: '?' } as const;

function TitleField({ title, onRename }: { title: string; onRename: (title: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(title);
  const commit = () => {
    const next = value.replace(/\s+/g, ' ').trim();
    if (next === '') {
      setValue(title);
      return;
    }
    if (next !== title) void onRename(next);
  };
  return (
    <div className="field vote-title-field">
      <label htmlFor={`${id}-title`} className="field-label">
        {t('votes.titleLabel')}
      </label>
      <input
        id={`${id}-title`}
        type="text"
        className="draft-input"
        maxLength={ITEM_TITLE_MAX}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape' && value !== title) {
            event.preventDefault();
            event.stopPropagation();
            setValue(title);
          }
        }}
      />
    </div>
  );
}
