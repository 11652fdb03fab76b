import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, HeadingOverridesInput } from '../../../shared/domain/document';
import type { Section } from '../../../shared/domain/outline';
import { ModalDialog } from '../../components/ModalDialog';
import { DOCUMENT_KINDS } from './document-kind';
import { demoteHeading, listCorrections, promoteParagraph, revertCorrection, type HeadingCorrection } from './heading-corrections';
import type { ImportDraft } from './useLibraryImport';
import { SubmitFooter } from './SubmitFooter';

/** Paragraphs shown in the preview at most (a huge file stays responsive; the rest is saved all the same). */
const MAX_SHOWN_PARAGRAPHS = 1500;
const EXCERPT = 180;

interface ImportPreviewDialogProps {
  draft: ImportDraft;
  onCorrect: (overrides: HeadingOverridesInput) => Promise<string | null>;
  onSave: (title: string, kind: DocumentKind) => Promise<string | null>;
  onCancel: () => void;
}

/** The detected outline before saving: title and kind editable, headings corrected ("Make heading" / "Make paragraph"). */
export function ImportPreviewDialog({ draft, onCorrect, onSave, onCancel }: ImportPreviewDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(draft.title);
  const [kind, setKind] = useState<DocumentKind>(draft.kind);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const focusAfter = useRef<string | null>(null);
  const rootRef = useRef<HTMLFormElement>(null);
  const counts = useMemo(() => countOutline(draft.outline.sections), [draft.outline]);
  const corrections = useMemo(() => listCorrections(draft.overrides), [draft.overrides]);
  const shownCounts = useMemo(() => paragraphsShown(draft.outline.sections, MAX_SHOWN_PARAGRAPHS), [draft.outline]);

  // After a correction the clicked button is gone: focus the corrected heading's button, else the summary.
  useEffect(() => {
    const key = focusAfter.current;
    if (key === null) return;
    focusAfter.current = null;
    const root = rootRef.current;
    const target =
      [...(root?.querySelectorAll<HTMLElement>('[data-heading-text]') ?? [])]
        .find((el) => el.dataset.headingText === key)
        ?.querySelector('button') ?? root?.querySelector<HTMLElement>('[data-preview-summary]');
    target?.focus();
  }, [draft.outline]);

  const run = async (next: HeadingOverridesInput, focusKey: string) => {
    setWorking(true);
    focusAfter.current = focusKey;
    const problem = await onCorrect(next);
    setWorking(false);
    setError(problem);
  };
  const promote = (text: string, level: 1 | 2) => void run(promoteParagraph(draft.overrides, text, level), text);
  const demote = (heading: string) => void run(demoteHeading(draft.overrides, heading), '');
  const revert = (correction: HeadingCorrection) => void run(revertCorrection(draft.overrides, correction), '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    const problem = await onSave(title, kind);
    setWorking(false);
    setError(problem);
  };

  const renderSection = (section: Section, key: string) => {
    const isHeading = section.heading !== '' || section.label !== null;
    const paragraphs = section.paragraphs.slice(0, shownCounts.get(section) ?? 0);
    return (
      <li key={key} className={`preview-section preview-section--level-${Math.min(section.level, 3)}`}>
        {isHeading ? (
          <div className="preview-heading" data-heading-text={section.heading}>
            <span className="preview-level">{t(section.level <= 1 ? 'library.preview.part' : 'library.preview.item')}</span>
            <span className="preview-heading-text">
              {section.label && <span className="section-label">{section.label}</span>} {section.heading}
            </span>
            {section.heading !== '' && (
              <button
                type="button"
                className="text-button text-button--small"
                disabled={working}
                onClick={() => demote(section.heading)}
                aria-label={t('library.preview.makeParagraphLabel', { text: excerpt(section.heading, 80) })}
              >
                {t('library.preview.makeParagraph')}
              </button>
            )}
          </div>
        ) : (
          <div className="preview-heading preview-heading--none">
            <span className="preview-level">{t(section.level <= 1 ? 'library.preview.opening' : 'library.preview.closing')}</span>
          </div>
        )}
        {(paragraphs.length > 0 || section.children.length > 0) && (
          <ol className="preview-list">
            {paragraphs.map((paragraph) => (
              <li key={paragraph.id} className="preview-para">
                <span className="preview-citation">{paragraph.citation}</span>
                <span className="preview-text">{excerpt(paragraph.text, EXCERPT)}</span>
                <span className="preview-actions">
                  <button
                    type="button"
                    className="text-button text-button--small"
                    disabled={working}
                    onClick={() => promote(paragraph.text, 1)}
                    aria-label={t('library.preview.makePartLabel', { citation: paragraph.citation })}
                  >
                    {t('library.preview.makePart')}
                  </button>
                  <button
                    type="button"
                    className="text-button text-button--small"
                    disabled={working}
                    onClick={() => promote(paragraph.text, 2)}
                    aria-label={t('library.preview.makeItemLabel', { citation: paragraph.citation })}
                  >
                    {t('library.preview.makeItem')}
                  </button>
                </span>
              </li>
            ))}
            {section.children.map((child, index) => renderSection(child, `${key}.${index}`))}
          </ol>
        )}
      </li>
    );
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onCancel} className="import-preview">
      <form ref={rootRef} className="editor-form import-preview-form" onSubmit={(event) => void submit(event)} data-testid="import-preview">
        <h2 id={`${id}-title`} className="dialog-title">
          {t('library.preview.title', { source: draft.source })}
        </h2>
        <div className="import-preview-fields">
          <div className="field">
            <label htmlFor={`${id}-doc-title`} className="field-label">
              {t('library.preview.docTitle')}
            </label>
            <input
              id={`${id}-doc-title`}
              className="filter-input"
              value={title}
              maxLength={300}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`} className="field-label">
              {t('library.preview.kind')}
            </label>
            <select
              id={`${id}-kind`}
              className="filter-input"
              value={kind}
              onChange={(event) => setKind(event.target.value as DocumentKind)}
            >
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`library.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="field-hint" data-preview-summary="" tabIndex={-1} role="status">
          {t('library.preview.summary', { parts: counts.parts, items: counts.items, paragraphs: counts.paragraphs })}
        </p>
        <p className="field-hint">{t('library.preview.hint')}</p>
        {corrections.length > 0 && (
          <div className="preview-corrections">
            <h3 className="side-panel-title">{t('library.preview.corrections')}</h3>
            <ul>
              {corrections.map((c) => (
                <li key={`${c.type}:${c.text}`}>
                  <span>
                    {c.type === 'promote'
                      ? t(c.level === 1 ? 'library.preview.madePart' : 'library.preview.madeItem', { text: excerpt(c.text, 70) })
                      : t('library.preview.madeParagraph', { text: excerpt(c.text, 70) })}
                  </span>
                  <button type="button" className="link-button" disabled={working} onClick={() => revert(c)}>
                    {t('library.preview.revert')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="preview-outline" role="region" aria-label={t('library.preview.outline')} data-testid="preview-outline">
          <ol className="preview-list preview-list--root">
            {draft.outline.sections.map((section, index) => renderSection(section, String(index)))}
          </ol>
          {counts.paragraphs > MAX_SHOWN_PARAGRAPHS && (
            <p className="field-hint">{t('library.preview.more', { count: counts.paragraphs - MAX_SHOWN_PARAGRAPHS })}</p>
          )}
        </div>
        <SubmitFooter
          error={error}
          working={working}
          cancelLabel={t('library.preview.cancel')}
          submitLabel={t('library.preview.save')}
          onCancel={onCancel}
        />
      </form>
    </ModalDialog>
  );
}

function countOutline(sections: readonly Section[]): { parts: number; items: number; paragraphs: number } {
  const out = { parts: 0, items: 0, paragraphs: 0 };
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      if (s.heading !== '' || s.label !== null) {
        if (s.level <= 1) out.parts += 1;
        else out.items += 1;
      }
      out.paragraphs += s.paragraphs.length;
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}

/** How many paragraphs of each section the preview shows, in reading order, `max` in all. */
function paragraphsShown(sections: readonly Section[], max: number): Map<Section, number> {
  const out = new Map<Section, number>();
  let left = max;
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      const n = Math.min(left, s.paragraphs.length);
      out.set(s, n);
      left -= n;
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
