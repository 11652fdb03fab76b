import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '../../../shared/domain/settings';
import { applyTextSizeCommand, textSizeCommandForKey } from './text-size';

interface TextSizeControlProps {
  size: number;
  onChange: (size: number) => void;
  /** "Ctrl+" or "⌘". */
  mod: string;
}

/** A−/A+ buttons with the report's current text size, and the Ctrl/Cmd + ] / [ shortcuts. */
export function TextSizeControl({ size, onChange, mod }: TextSizeControlProps) {
  const { t } = useTranslation();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = textSizeCommandForKey(event);
      if (!command) return;
      event.preventDefault();
      const next = applyTextSizeCommand(size, command);
      if (next !== size) onChange(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [size, onChange]);

  return (
    <div className="control-group" role="group" aria-label={t('textSize.label')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('textSize.decrease')}
        title={t('textSize.title', { action: t('textSize.decrease'), shortcut: `${mod}[` })}
        aria-keyshortcuts="Control+[ Meta+["
        disabled={size <= TEXT_SIZE_MIN}
        onClick={() => onChange(applyTextSizeCommand(size, 'text-size.decrease'))}
      >
        <span aria-hidden="true">A−</span>
      </button>
      <output className="text-size-value" aria-live="polite" data-testid="text-size-value">
        {t('textSize.value', { size })}
      </output>
      <button
        type="button"
        className="icon-button"
        aria-label={t('textSize.increase')}
        title={t('textSize.title', { action: t('textSize.increase'), shortcut: `${mod}]` })}
        aria-keyshortcuts="Control+] Meta+]"
        disabled={size >= TEXT_SIZE_MAX}
        onClick={() => onChange(applyTextSizeCommand(size, 'text-size.increase'))}
      >
        <span aria-hidden="true">A+</span>
      </button>
    </div>
  );
}
