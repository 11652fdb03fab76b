import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { NOTE_MAX_LENGTH, type AnnotationKind } from '../../../shared/domain/annotation';
import { TAG_MAX_LENGTH, TAGS_MAX_COUNT } from '../../../shared/domain/limits';
import type { DraftKind } from '../../../shared/domain/draft';
import { apiErrorMessage } from '../../app/error-message';
import { ModalDialog } from '../../components/ModalDialog';
import { KindPicker } from './KindPicker';
import { formProblems, type FormProblem } from './note-form';
import { TagInput, withPending } from './TagInput';
import type { AnnotationDraft } from './useAnnotations';

export interface EditorSubject {
  /** 'create': a new annotation on the quoted passage; 'edit': an existing one. */
  mode: 'create' | 'edit';
  quote: string;
  citation: string;
  initial: AnnotationDraft;
}

interface AnnotationEditorProps {
  subject: EditorSubject;
  tagSuggestions: readonly string[];
  onSave: (draft: AnnotationDraft) => Promise<void>;
  onDelete?: () => void;
  onClose: () => void;
  /** Starts a suggestion or proposal from this (saved) annotation. */
  onDraft?: (kind: DraftKind) => void;
}

/** The annotation box: kind, note and tags for a passage; nothing typed is lost when saving fails. */
export function AnnotationEditor({ subject, tagSuggestions, onSave, onDelete, onClose, onDraft }: AnnotationEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<AnnotationKind>(subject.initial.kind);
  const [note, setNote] = useState(subject.initial.note);
  const [tags, setTags] = useState<string[]>(subject.initial.tags);
  const [pending, setPending] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const allTags = withPending(tags, pending);
  const problems = formProblems(note, allTags);
  const blocked = problems.length > 0 || saving;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    setSaving(true);
    setError(null);
    try {
      await onSave({ kind, note, tags: allTags });
    } catch (failure) {
      setError(apiErrorMessage(failure) ?? t('status.unexpected', { message: String(failure) }));
      setSaving(false);
    }
  };

  const titleId = `${id}-title`;
  const problemId = `${id}-problems`;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="annotation-editor">
      <form className="editor-form" onSubmit={(event) => void submit(event)} data-testid="annotation-editor">
        <h2 id={titleId} className="dialog-title">
          {t(subject.mode === 'create' ? 'annotation.newTitle' : 'annotation.editTitle')}
        </h2>
        <figure className="editor-quote">
          <blockquote>{subject.quote}</blockquote>
          <figcaption>{t('reader.citation', { citation: subject.citation })}</figcaption>
        </figure>
        <KindPicker value={kind} onChange={setKind} name={`${id}-kind`} />
        <div className="field">
          <label htmlFor={`${id}-note`} className="field-label">
            {t('annotation.note')}
          </label>
          <textarea
            id={`${id}-note`}
            className="note-input"
            rows={5}
            value={note}
            aria-invalid={note.length > NOTE_MAX_LENGTH}
            aria-describedby={`${id}-count`}
            onChange={(event) => setNote(event.target.value)}
          />
          <p id={`${id}-count`} className={`field-hint${note.length > NOTE_MAX_LENGTH ? ' field-hint--error' : ''}`}>
            {t('annotation.noteCount', { count: note.length, max: NOTE_MAX_LENGTH.toLocaleString() })}
          </p>
        </div>
        <TagInput tags={tags} onChange={setTags} suggestions={tagSuggestions} pending={pending} onPending={setPending} />
        <div id={problemId} className="form-problems" role="status">
          {problems.map((problem) => (
            <p key={problemKey(problem)} className="field-error">
              {problemText(problem, t)}
            </p>
          ))}
        </div>
        <div className="form-error" role="alert">
          {error && <p className="field-error">{t('annotation.saveFailed', { message: error })}</p>}
        </div>
        {onDraft && (
          <div className="dialog-actions dialog-actions--draft" role="group" aria-label={t('drafts.startFromAnnotation')}>
            <button type="button" className="text-button" onClick={() => onDraft('suggestion')}>
              {t('drafts.draftSuggestion')}
            </button>
            <button type="button" className="text-button" onClick={() => onDraft('proposal')}>
              {t('drafts.draftProposal')}
            </button>
          </div>
        )}
        <div className="dialog-actions">
          {onDelete && (
            <button type="button" className="text-button text-button--danger" onClick={onDelete}>
              {t('annotation.delete')}
            </button>
          )}
          <span className="dialog-spacer" />
          <button type="button" className="text-button" onClick={onClose}>
            {t('annotation.cancel')}
          </button>
          <button
            type="submit"
            className="primary-button"
            aria-disabled={blocked}
            aria-describedby={problems.length > 0 ? problemId : undefined}
            title={problems.length > 0 ? t('annotation.cannotSave') : undefined}
          >
            {t(saving ? 'annotation.saving' : 'annotation.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function problemKey(problem: FormProblem): string {
  return problem.key === 'tagTooLong' ? `${problem.key}:${problem.tag}` : problem.key;
}

function problemText(problem: FormProblem, t: TFunction): string {
  switch (problem.key) {
    case 'noteTooLong':
      return t('annotation.noteTooLong', { length: problem.count.toLocaleString(), max: NOTE_MAX_LENGTH.toLocaleString() });
    case 'tagTooLong':
      return t('annotation.tagTooLong', { count: problem.tag.length, max: TAG_MAX_LENGTH });
    case 'tooManyTags':
      return t('annotation.tooManyTags', { max: TAGS_MAX_COUNT });
  }
}
