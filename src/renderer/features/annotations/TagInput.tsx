import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeTags } from '../../../shared/domain/annotation';
import { TAG_MAX_LENGTH } from '../../../shared/domain/limits';
import { parseTags, splitTagInput, TAG_SEPARATOR_KEYS } from './note-form';

interface TagInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  suggestions: readonly string[];
  /** The text typed but not yet added (added on save). */
  pending: string;
  onPending: (text: string) => void;
}

/**
 * Tags as removable chips; type and press Enter, a comma or a semicolon (also 、，；, typed through an
 * input method or pasted) to add one; suggestions come from the tags already used.
 */
export function TagInput({ tags, onChange, suggestions, pending, onPending }: TagInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);

  /** Adds the tags in order; stops at the first one refused (too long) and keeps it typed. */
  const add = (raws: readonly string[], rest = ''): void => {
    let next = tags;
    let problem: string | null = null;
    for (const raw of raws) {
      const tag = raw.replace(/\s+/g, ' ').trim();
      if (tag === '') continue;
      if (tag.length > TAG_MAX_LENGTH) {
        setMessage(t('annotation.tagTooLong', { max: TAG_MAX_LENGTH, count: tag.length }));
        onChange(next);
        onPending(tag);
        return;
      }
      if (next.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase()))
        problem = t('annotation.tagDuplicate', { tag });
      else next = [...next, tag];
    }
    setMessage(problem);
    onChange(next);
    onPending(rest);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || TAG_SEPARATOR_KEYS.has(event.key)) {
      event.preventDefault();
      add([pending]);
    } else if (event.key === 'Backspace' && pending === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  const unused = suggestions.filter((s) => !tags.some((tag) => tag.toLocaleLowerCase() === s.toLocaleLowerCase()));
  return (
    <div className="field">
      <label htmlFor={`${id}-input`} className="field-label">
        {t('annotation.tags')}
      </label>
      <div className="tag-box">
        <ul className="tag-list" aria-label={t('annotation.tagsAdded')}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('annotation.removeTag', { tag })}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <input
          id={`${id}-input`}
          className="tag-input"
          list={`${id}-suggestions`}
          value={pending}
          maxLength={200}
          aria-describedby={`${id}-hint ${id}-message`}
          aria-invalid={message !== null}
          onChange={(event) => {
            setMessage(null);
            const value = event.target.value;
            // A suggestion picked from the list arrives whole: add it at once. Separators typed through
            // an input method or pasted arrive here, not as key presses: split at them.
            const { complete, rest } = splitTagInput(value);
            if (unused.includes(value)) add([value]);
            else if (complete.length > 0) add(complete, rest);
            else onPending(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => pending.trim() !== '' && add([pending])}
        />
        <datalist id={`${id}-suggestions`}>
          {unused.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('annotation.tagsHint', { max: TAG_MAX_LENGTH })}
      </p>
      <p id={`${id}-message`} className="field-error" role="status">
        {message}
      </p>
    </div>
  );
}

/** Tags plus whatever is still typed in the field. */
export function withPending(tags: readonly string[], pending: string): string[] {
  return normalizeTags([...tags, ...parseTags(pending)]);
}
